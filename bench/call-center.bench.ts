// The routing runtime over the simulator (issue #12, "Measure"): a 100-agent day in virtual time
// — the demo world at 20× its traffic, 100 simulated colleagues in two queues, the real ACD,
// wrap-up and records (kept in memory: this measures routing, not the database). Ceiling: the
// same simulated day behind a bare first-in-first-out router, in the same run.
import type { CallEvent } from '../server/src/modules/telephony/domain/call-events.ts';
import type { QueueRule } from '../server/src/modules/telephony/domain/routing-types.ts';
import { SimulatorTelephony } from '../server/src/modules/telephony/adapters/simulator/simulator.adapter.ts';
import { demoDnis, demoWorld } from '../server/src/modules/telephony/adapters/simulator/world.ts';
import type { CallCenterStore } from '../server/src/modules/telephony/runtime/call-center-state.ts';
import { CallCenter } from '../server/src/modules/telephony/runtime/call-center.ts';
import { printFigure } from './harness.ts';
import { simulatedDay } from './simulator-world.bench.ts';

const start = new Date('2026-12-06T21:00:00Z');
const day = 24 * 3_600_000;

const queue = (code: string): QueueRule => ({
  code,
  skill: code,
  strategy: 'longest_idle',
  priority: 0,
  wrapUpSeconds: 15,
  slSeconds: 20,
  overflowSeconds: null,
  overflowQueue: null,
  callbackAfterSeconds: null,
  hours: '00:00-24:00',
  closedAction: 'message',
});

async function routedDay() {
  const sim = new SimulatorTelephony({ seed: 1, speed: 'max', start, world: demoWorld({ scale: 20 }) });
  const agents = Array.from({ length: 100 }, (_, i) => `agent-${String(i).padStart(3, '0')}`);
  sim.setSimulatedAgents(agents);
  let records = 0;
  let answered = 0;
  let abandoned = 0;
  let talkMs = 0;
  const answeredAt = new Map<string, number>();
  const store: CallCenterStore = {
    async recordCallEvents(id: string, events: CallEvent[]) {
      for (const e of events) {
        records++;
        if (e.type === 'answered') {
          answered++;
          answeredAt.set(id, e.at.getTime());
        } else if (e.type === 'ended') {
          if (e.cause === 'abandoned') abandoned++;
          const began = answeredAt.get(id);
          if (began !== undefined) talkMs += e.at.getTime() - began;
        }
      }
    },
    async recordAgentState() {},
    async findCustomerByPhone() {
      return null;
    },
    async findCustomerByNo() {
      return null;
    },
  };
  const center = new CallCenter(sim, sim.timers, store, {
    queues: [queue('service'), queue('collections')],
    routes: new Map([
      [demoDnis.general, { kind: 'queue', target: 'service' }],
      [demoDnis.collections, { kind: 'queue', target: 'collections' }],
    ]),
    menus: new Map(),
    defaultQueue: 'service',
    agents: agents.map((agent, i) => ({
      agent,
      skills: i % 4 === 0 ? { collections: 2, service: 1 } : { service: 2, collections: 1 },
      queues: ['service', 'collections'],
      simulated: true,
    })),
    calendar: { timeZone: 'Asia/Riyadh', weekend: [], holidays: [] },
    ringSeconds: 15,
  });
  center.start();
  for (const agent of agents) center.setState(agent, 'available');
  const t0 = performance.now();
  await sim.runForAsync(day, { turns: 2 });
  await center.flush();
  const seconds = (performance.now() - t0) / 1000;
  await center.stop();
  return { seconds, records, answered, abandoned, callHours: talkMs / 3_600_000 };
}

export async function runCallCenterBenchmark(): Promise<void> {
  await routedDay(); // warm-up
  const r = await routedDay();
  const bare = simulatedDay();
  const rate = r.callHours / r.seconds;
  const ceiling = bare.callHours / bare.seconds;
  printFigure('call center: simulator + routing runtime, 100 agents, 1 day', {
    answered: r.answered,
    abandoned: r.abandoned,
    'record events': r.records,
    'wall s': r.seconds,
    'simulated call-hours/s': rate,
    'bare FIFO router call-hours/s': ceiling,
    ratio: rate / ceiling,
  });
}

// The simulator's own speed (issue #12): a demo-world day at 20× its traffic, 100 simulated
// colleagues behind a bare first-in-first-out router in this file (the real routing runtime has
// its own benchmark). Ceiling: the bare virtual clock firing as many empty timers in the same run.
import type { LegId } from '../server/src/modules/telephony/port.ts';
import { SimulatorTelephony } from '../server/src/modules/telephony/adapters/simulator/simulator.adapter.ts';
import { VirtualClock } from '../server/src/modules/telephony/adapters/simulator/virtual-clock.ts';
import { demoWorld } from '../server/src/modules/telephony/adapters/simulator/world.ts';
import { printFigure } from './harness.ts';

const start = new Date('2026-12-06T21:00:00Z');
const day = 24 * 3_600_000;

export function simulatedDay() {
  const sim = new SimulatorTelephony({ seed: 1, speed: 'max', start, world: demoWorld({ scale: 20 }) });
  const agents = Array.from({ length: 100 }, (_, i) => `agent-${i}`);
  sim.setSimulatedAgents(agents);
  const free = [...agents];
  const waiting: LegId[] = [];
  const gone = new Set<LegId>();
  const seat = new Map<LegId, { agent: string; caller: LegId }>();
  const connectedAt = new Map<LegId, number>();
  let events = 0;
  let calls = 0;
  let talkMs = 0;
  const assign = () => {
    while (free.length > 0 && waiting.length > 0) {
      const caller = waiting.shift()!;
      if (!gone.has(caller)) void sim.originate({ destination: { kind: 'agent', agent: free.shift()! }, tag: caller });
    }
  };
  sim.onEvent((e) => {
    events++;
    switch (e.type) {
      case 'offered':
        calls++;
        void sim.answer(e.legId);
        waiting.push(e.legId);
        assign();
        break;
      case 'ringing':
        if (e.destination.kind === 'agent') seat.set(e.legId, { agent: e.destination.agent, caller: e.tag! });
        break;
      case 'answered': {
        const s = seat.get(e.legId);
        if (s) void (gone.has(s.caller) ? sim.hangup(e.legId) : sim.connect(e.legId, s.caller));
        break;
      }
      case 'connected':
        if (!seat.has(e.legId)) connectedAt.set(e.legId, e.at.getTime());
        break;
      case 'ended': {
        gone.add(e.legId);
        const began = connectedAt.get(e.legId);
        if (began !== undefined) talkMs += e.at.getTime() - began;
        const s = seat.get(e.legId);
        if (s) {
          seat.delete(e.legId);
          free.push(s.agent);
          assign();
        }
        break;
      }
    }
  });
  const t0 = performance.now();
  const timers = sim.runFor(day);
  return { seconds: (performance.now() - t0) / 1000, timers, events, calls, callHours: talkMs / 3_600_000 };
}

function bareClock(timers: number) {
  const clock = new VirtualClock({ start, speed: 'max' });
  const noop = () => undefined;
  const t0 = performance.now();
  for (let i = 0; i < timers; i++) clock.after((i * 7919) % day, noop);
  clock.runFor(day);
  return (performance.now() - t0) / 1000;
}

export async function runSimulatorWorldBenchmark(): Promise<void> {
  simulatedDay(); // warm-up
  const r = simulatedDay();
  const ceiling = bareClock(r.timers);
  printFigure('simulator: demo world ×20, 100 colleagues, 1 day', {
    calls: r.calls,
    events: r.events,
    'wall s': r.seconds,
    'events/s': r.events / r.seconds,
    'call-hours/s': r.callHours / r.seconds,
    'timers/s': r.timers / r.seconds,
    'bare clock timers/s': r.timers / ceiling,
    ratio: ceiling / r.seconds,
  });
}

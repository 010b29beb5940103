// One telephony runtime per process: the adapter chosen by configuration (TAWASUL_TELEPHONY),
// the routing runtime on top of it, and what both read from the database.

import type { Config } from '../../config.ts';
import type { Database } from '../../db/client.ts';
import { systemClock, type Timers } from '../../shared/clock.ts';
import type { SettingsService } from '../settings/index.ts';
import { parseAriUrl } from './adapters/ari/ari-config.ts';
import { AriTelephonyAdapter } from './adapters/ari/ari-telephony.adapter.ts';
import { SimulatorTelephony } from './adapters/simulator/simulator.adapter.ts';
import type { Speed } from './adapters/simulator/virtual-clock.ts';
import { demoWorld } from './adapters/simulator/world.ts';
import type { TelephonyPort } from './port.ts';
import { ivrNodeSchema, type IvrNode } from './domain/ivr.ts';
import { findOpenCallbacks } from './callbacks.repository.ts';
import { findCallTakers, findDialRoutes, findIvrMenus, findQueues, queueRuleOf } from './routing.repository.ts';
import type { AgentProfile, CallCenterSetup, CallCenterStore, DialRoute } from './runtime/call-center-state.ts';
import { CallCenter, type CallCenterLog } from './runtime/call-center.ts';

export type TelephonyRuntime = {
  port: TelephonyPort;
  center: CallCenter;
  /** The simulator, when it is the adapter (the demo's "call me", benchmarks). */
  simulator: SimulatorTelephony | null;
  /** Queues, routes or agents changed: read them again. */
  reload(): Promise<void>;
  close(): Promise<void>;
};

export type TelephonyDeps = {
  database: Database;
  config: Config;
  settings: Pick<SettingsService, 'get'>;
  store: CallCenterStore;
  log?: CallCenterLog;
  /** Simulated callers and colleagues (a living demo center). */
  traffic: boolean;
  /** Numbers simulated callers call from (the demo's customers, for the screen pop). */
  knownNumbers?: readonly string[];
  simulatorSpeed?: Speed;
  /** A port given by the caller (tests script one: testing/scripted-port.ts), with its timers. */
  port?: { port: TelephonyPort; timers: Timers };
};

/** How long an agent's phone rings before the call tries another agent. */
const RING_SECONDS = 15;

export async function loadCallCenterSetup(
  database: Database,
  settings: Pick<SettingsService, 'get'>,
): Promise<CallCenterSetup & { simulatedAgents: string[]; endpoints: Map<string, string> }> {
  const db = database.db;
  const [queueRows, routes, menuRows, people, timeZone, weekend, holidays] = await Promise.all([
    findQueues(db, { activeOnly: true }),
    findDialRoutes(db),
    findIvrMenus(db),
    findCallTakers(db),
    settings.get('timezone'),
    settings.get('weekend'),
    settings.get('holidays'),
  ]);
  const queues = queueRows.map(queueRuleOf);
  const agents: AgentProfile[] = people.map((p) => {
    const skills = Object.fromEntries(p.skills.map((s) => [s, p.levels[s] ?? 1]));
    // Without an explicit queue log-in, an agent takes every queue he has the skill for.
    const queuesOf = p.queues.length > 0 ? p.queues : queues.filter((q) => skills[q.skill]).map((q) => q.code);
    return { agent: p.username, skills, queues: queuesOf, simulated: p.seat?.simulated ?? false };
  });
  const dialRoutes = new Map<string, DialRoute>(
    routes.flatMap((r) =>
      r.targetKind === 'queue' || r.targetKind === 'ivr' ? [[r.dnis, { kind: r.targetKind, target: r.target }]] : [],
    ),
  );
  const fallback = dialRoutes.get('default');
  const defaultQueue =
    (fallback?.kind === 'queue' ? fallback.target : undefined) ??
    queues.find((q) => q.code === 'service')?.code ??
    queues[0]?.code ??
    '';
  const menus = new Map<string, IvrNode>();
  for (const m of menuRows) {
    const parsed = ivrNodeSchema.safeParse(m.tree);
    if (parsed.success) menus.set(m.code, parsed.data);
  }
  return {
    queues,
    routes: dialRoutes,
    menus,
    defaultQueue,
    agents,
    calendar: { timeZone, weekend, holidays: holidays.map((h) => h.date) },
    ringSeconds: RING_SECONDS,
    simulatedAgents: agents.filter((a) => a.simulated).map((a) => a.agent),
    endpoints: new Map(people.flatMap((p) => (p.seat?.endpoint ? [[p.username, p.seat.endpoint]] : []))),
  };
}

export async function createTelephonyRuntime(deps: TelephonyDeps): Promise<TelephonyRuntime> {
  const { config } = deps;
  const setup = await loadCallCenterSetup(deps.database, deps.settings);
  let endpoints = setup.endpoints;
  let port: TelephonyPort;
  let timers: Timers;
  let simulator: SimulatorTelephony | null = null;
  if (deps.port) {
    port = deps.port.port;
    timers = deps.port.timers;
  } else if (config.telephony.adapter === 'ari') {
    const ari = config.telephony.ari;
    const adapter = new AriTelephonyAdapter({
      ...parseAriUrl(config.telephony.ariUrl ?? ''),
      trunkTemplate: ari.trunkTemplate,
      mohClass: ari.mohClass,
      recordingFormat: 'wav',
      // The seat's own endpoint (telephony_agents.endpoint), else the template.
      agentEndpoint: (agent) => endpoints.get(agent) ?? ari.agentEndpoint.replaceAll('{agent}', agent),
    });
    await adapter.start();
    port = adapter;
    timers = systemClock;
  } else {
    simulator = new SimulatorTelephony({
      seed: config.telephony.simulator.seed,
      speed: deps.simulatorSpeed ?? config.telephony.simulator.speed,
      // Without traffic the world keeps the demo's numbers (a caller can be let in) at zero arrivals.
      world: demoWorld({ knownNumbers: deps.knownNumbers ?? [], scale: deps.traffic ? 0.4 : 0 }),
      idPrefix: `S${Date.now().toString(36)}-`,
      onListenerError: (error) => deps.log?.('error', 'telephony listener failed', { error: String(error) }),
    });
    simulator.setSimulatedAgents(setup.simulatedAgents);
    port = simulator;
    timers = simulator.timers;
  }
  const center = new CallCenter(port, timers, deps.store, setup, deps.log);
  center.start();
  // Call-backs still owed from before a restart (issue #13).
  center.loadCallbacks(await findOpenCallbacks(deps.database.db));
  // Simulated colleagues come to work with the process.
  for (const agent of setup.simulatedAgents) {
    try {
      center.setState(agent, 'available');
    } catch {
      // A simulated colleague without a queue stays offline.
    }
  }
  return {
    port,
    center,
    simulator,
    async reload() {
      const next = await loadCallCenterSetup(deps.database, deps.settings);
      simulator?.setSimulatedAgents(next.simulatedAgents);
      endpoints = next.endpoints;
      center.configure(next);
    },
    async close() {
      await center.stop();
      await port.close();
    },
  };
}

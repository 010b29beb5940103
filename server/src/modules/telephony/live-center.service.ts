import type { Config } from '../../config.ts';
import type { Database } from '../../db/client.ts';
import type { SettingsService } from '../settings/index.ts';
import type { AgentState } from './domain/routing-types.ts';
import { findCallTakers, findQueues } from './routing.repository.ts';
import { telephonyOf } from './telephony.instance.ts';

// The center as it is now, for the wallboard and the supervisor's dashboard: the active queues
// with their service level rules, each agent's state, and the calls waiting per queue. Read from
// this process's routing runtime (nothing here is stored).

export type LiveCenter = {
  /** The runtime's clock (the simulator's, when it runs). */
  now: Date;
  queues: { code: string; nameAr: string; nameEn: string; slSeconds: number; slTargetPercent: number }[];
  agents: {
    agent: string;
    name: string;
    teams: string[];
    state: AgentState;
    reason: string | null;
    since: Date;
    queues: string[];
    callsToday: number;
  }[];
  /** Per queue: how many calls wait and since when the longest has waited. */
  waiting: Map<string, { count: number; oldest: Date | null }>;
};

const waitingStatuses = new Set(['queued', 'ringing', 'routing']);

export async function liveCenter(ctx: {
  database: Database;
  config: Config;
  settings: SettingsService;
}): Promise<LiveCenter> {
  const runtime = await telephonyOf(ctx);
  const now = runtime.port.name === 'simulator' && runtime.simulator ? runtime.simulator.now() : new Date();
  const [queueRows, people] = await Promise.all([
    findQueues(ctx.database.db, { activeOnly: true }),
    findCallTakers(ctx.database.db),
  ]);
  const personOf = new Map(people.map((p) => [p.username, p]));
  const waiting = new Map<string, { count: number; oldest: Date | null }>();
  for (const call of runtime.center.liveCalls()) {
    if (!call.queue || !waitingStatuses.has(call.status)) continue;
    const w = waiting.get(call.queue) ?? { count: 0, oldest: null };
    w.count += 1;
    if (call.enteredAt && (w.oldest === null || call.enteredAt < w.oldest)) w.oldest = call.enteredAt;
    waiting.set(call.queue, w);
  }
  return {
    now,
    queues: queueRows.map((q) => ({
      code: q.code,
      nameAr: q.nameAr,
      nameEn: q.nameEn,
      slSeconds: q.slSeconds,
      slTargetPercent: q.slTarget,
    })),
    agents: runtime.center.agents().map((a) => ({
      agent: a.agent,
      name: personOf.get(a.agent)?.displayName ?? a.agent,
      teams: personOf.get(a.agent)?.teams ?? [],
      state: a.state,
      reason: a.reason,
      since: a.since,
      queues: a.queues,
      callsToday: a.callsToday,
    })),
    waiting,
  };
}

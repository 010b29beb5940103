import type { Config } from '../../config.ts';
import type { Database } from '../../db/client.ts';
import type { AuthUser } from '../../http/access.ts';
import { countSmsOfDay } from '../messaging/index.ts';
import { CallAccumulator, dayAfter, dayStart, defaultQueueRules, type QueueRules } from '../kpi/index.ts';
import type { SettingsService } from '../settings/index.ts';
import { countTicketsOfDay } from '../tickets/index.ts';
import { forEachQueuedCallEndedBetween, liveCenter, queueMeasureRules } from '../telephony/index.ts';
import { findAgentDayWork } from '../worklists/index.ts';
import { agentsByState, inTeam } from './domain/agents-by-state.ts';
import { todayOf, wallboardDay } from './wallboard.service.ts';

// لوحات الأدوار — the home page of each role: the agent's own day against his targets, the
// supervisor's team now, the manager's center today and its week. Call figures with the K1
// formulas of the KPI module, over the queued calls that ended today.

type Ctx = { database: Database; config: Config; settings: SettingsService };

async function rulesOf(database: Database): Promise<(queue: string | null) => QueueRules> {
  const rows = await queueMeasureRules(database);
  const rules = new Map(
    rows.map((r) => [
      r.code,
      {
        slSeconds: r.slSeconds,
        shortAbandonSeconds: r.shortAbandonSeconds,
        slAbandoned: (['negative', 'ignored', 'positive'] as const).find((c) => c === r.slAbandoned) ?? 'negative',
      } satisfies QueueRules,
    ]),
  );
  return (queue) => (queue === null ? defaultQueueRules : (rules.get(queue) ?? defaultQueueRules));
}

/** The queued calls that ended in [from, to), summed per agent and in total. */
async function callsBetween(database: Database, from: Date, to: Date) {
  const rules = await rulesOf(database);
  const all = new CallAccumulator();
  const byAgent = new Map<string, CallAccumulator>();
  await forEachQueuedCallEndedBetween(database, { from, to }, (call) => {
    const r = rules(call.queue);
    all.add(call, r);
    if (call.agent && call.answeredAt) {
      let acc = byAgent.get(call.agent);
      if (!acc) byAgent.set(call.agent, (acc = new CallAccumulator()));
      acc.add(call, r);
    }
  });
  return { all, byAgent };
}

/** يومي — the agent's day: calls he answered and their AHT, his attempts' outcomes, promises, tickets. */
export async function agentDashboard(ctx: Ctx, user: AuthUser, now: Date = new Date()) {
  const [timeZone, targetCalls, targetAht] = await Promise.all([
    ctx.settings.get('timezone'),
    ctx.settings.get('agent_target_calls'),
    ctx.settings.get('agent_target_aht_seconds'),
  ]);
  const { key, from, to } = todayOf(now, timeZone);
  const [{ byAgent }, work, tickets, center] = await Promise.all([
    callsBetween(ctx.database, from, to),
    findAgentDayWork(ctx.database.db, { agentId: user.id, from, to }),
    countTicketsOfDay(ctx.database.db, { from, to, now, assigneeId: user.id }),
    liveCenter(ctx).catch(() => null),
  ]);
  const mine = (byAgent.get(user.username) ?? new CallAccumulator()).figures();
  return {
    day: key,
    targets: { calls: targetCalls, aht_seconds: targetAht },
    state: center?.agents.find((a) => a.agent === user.username)?.state ?? null,
    calls: {
      handled: mine.answered,
      aht_seconds: mine.aht_seconds,
      avg_talk_seconds: mine.avg_talk_seconds,
      avg_hold_seconds: mine.avg_hold_seconds,
    },
    work: {
      attempts: work.attempts,
      outcomes: work.outcomes,
      promises: work.promises,
      promised_amount: work.promised_amount_minor / 100,
    },
    tickets,
  };
}

/** فريقي الآن — the supervisor's team now: each agent's state and his calls today. */
export async function teamDashboard(ctx: Ctx, user: AuthUser) {
  const teams = user.teams;
  const center = await liveCenter(ctx);
  const timeZone = await ctx.settings.get('timezone');
  const { key, from, to } = todayOf(center.now, timeZone);
  const { byAgent } = await callsBetween(ctx.database, from, to);
  const members = center.agents.filter((a) => a.agent !== user.username && inTeam(teams, a.teams));
  const team = new CallAccumulator();
  const agents = members.map((a) => {
    const acc = byAgent.get(a.agent);
    if (acc) mergeInto(team, acc);
    const f = (acc ?? new CallAccumulator()).figures();
    return {
      agent: a.agent,
      name: a.name,
      state: a.state,
      reason: a.reason,
      since: a.since.toISOString(),
      handled: f.answered,
      aht_seconds: f.aht_seconds,
    };
  });
  const f = team.figures();
  return {
    now: center.now.toISOString(),
    day: key,
    teams: [...teams],
    agents_by_state: agentsByState(members),
    agents,
    answered: f.answered,
    asa_seconds: f.asa_seconds,
    aht_seconds: f.aht_seconds,
    avg_talk_seconds: f.avg_talk_seconds,
  };
}

/** The sums of `from` added to `into` (a team of agents from each agent's calls). */
function mergeInto(into: CallAccumulator, from: CallAccumulator) {
  for (const k of [
    'offered',
    'answered',
    'abandoned',
    'shortAbandoned',
    'answerWait',
    'abandonWait',
    'talk',
    'hold',
    'wrapUp',
    'slMet',
    'slCounted',
  ] as const) {
    into[k] += from[k];
  }
}

/** مركز الاتصال اليوم — the manager's center today and its last seven days. */
export async function centerDashboard(ctx: Ctx, now: Date = new Date()) {
  const timeZone = await ctx.settings.get('timezone');
  const { key, from, to } = todayOf(now, timeZone);
  let first = key;
  for (let i = 0; i < 6; i++) first = dayBefore(first);
  const weekFrom = dayStart(first, timeZone);
  const rules = await rulesOf(ctx.database);
  const days = new Map<string, CallAccumulator>();
  const keys: string[] = [];
  for (let d = first; keys.length < 7; d = dayAfter(d)) {
    keys.push(d);
    days.set(d, new CallAccumulator());
  }
  const starts = keys.map((d) => dayStart(d, timeZone).getTime());
  await forEachQueuedCallEndedBetween(ctx.database, { from: weekFrom, to }, (call) => {
    const ended = call.endedAt!.getTime();
    let i = starts.length - 1;
    while (i > 0 && ended < starts[i]!) i--;
    days.get(keys[i]!)!.add(call, rules(call.queue));
  });
  const [sms, day] = await Promise.all([countSmsOfDay(ctx.database.db, { from, to }), wallboardDay(ctx, now)]);
  const today = days.get(key)!.figures();
  return {
    day: key,
    calls: {
      offered: today.offered,
      answered: today.answered,
      abandoned: today.abandoned,
      short_abandoned: today.short_abandoned,
      service_level: today.service_level,
      asa_seconds: today.asa_seconds,
      aht_seconds: today.aht_seconds,
      avg_talk_seconds: today.avg_talk_seconds,
      avg_time_in_queue_seconds: today.avg_time_in_queue_seconds,
      abandon_rate: today.abandon_rate,
    },
    sms,
    tickets: day.tickets,
    collections: day.collections,
    week: keys.map((d) => {
      const f = days.get(d)!.figures();
      return {
        day: d,
        offered: f.offered,
        answered: f.answered,
        service_level: f.service_level,
        abandon_rate: f.abandon_rate,
        aht_seconds: f.aht_seconds,
      };
    }),
  };
}

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

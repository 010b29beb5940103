import type { Database } from '../../db/client.ts';
import {
  findKpiCallById,
  findQueuedCallsEndedBetweenPage,
  findQueueMeasureRules,
  findQueuedCallsEndedBetween,
  findStateChangesBetween,
  type KpiCallRow,
  type QueueRulesRow,
} from './kpi-reads.repository.ts';

// The call records and agent states as the KPI module reads them (SPEC K1).

export type { KpiCallRow, QueueRulesRow };

/** Calls that entered a queue and ended in [from, to) (optionally of one queue). */
export async function queuedCallsEndedBetween(
  database: Database,
  range: { from: Date; to: Date; queue?: string },
): Promise<KpiCallRow[]> {
  return findQueuedCallsEndedBetween(database.db, range.from, range.to, range.queue);
}

/**
 * The same calls a page at a time (in the order they were offered): `each` sees every call once,
 * and no more than one page is held at a time, however long the range.
 */
export async function forEachQueuedCallEndedBetween(
  database: Database,
  range: { from: Date; to: Date; queue?: string },
  each: (call: KpiCallRow, id: string) => void,
  pageSize = 20_000,
): Promise<number> {
  let after: { offeredAt: Date; id: string } | null = null;
  let seen = 0;
  for (;;) {
    const page = await findQueuedCallsEndedBetweenPage(database.db, range.from, range.to, range.queue, after, pageSize);
    for (const { id, offeredAt: _offered, ...call } of page) each(call, id);
    seen += page.length;
    if (page.length < pageSize) return seen;
    const last = page.at(-1)!;
    after = { offeredAt: last.offeredAt, id: last.id };
  }
}

/** Each queue's service level time, abandoned-call convention and short-abandon threshold. */
export async function queueMeasureRules(database: Database): Promise<QueueRulesRow[]> {
  return findQueueMeasureRules(database.db);
}

/** Each agent's state changes over [from, to), starting with the state he was in at `from`. */
export async function agentStatesBetween(
  database: Database,
  range: { from: Date; to: Date },
): Promise<Map<string, { state: string; at: Date }[]>> {
  const rows = await findStateChangesBetween(database.db, range.from, range.to);
  const byAgent = new Map<string, { state: string; at: Date }[]>();
  for (const r of rows) {
    const list = byAgent.get(r.agent) ?? [];
    list.push({ state: r.state, at: r.at });
    byAgent.set(r.agent, list);
  }
  return byAgent;
}

/** One call's KPI fields, or undefined when there is no such call (or the id is not a uuid). */
export async function kpiCallById(database: Database, id: string): Promise<KpiCallRow | undefined> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return undefined;
  return findKpiCallById(database.db, id);
}

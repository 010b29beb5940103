import type { Database } from '../../db/client.ts';
import {
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

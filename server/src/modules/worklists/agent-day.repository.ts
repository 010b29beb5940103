import { sql } from 'drizzle-orm';
import { rowsOf as rows, type DbOrTx } from '../../db/client.ts';

// An agent's work of the day for his dashboard: his call attempts by outcome and the promises to
// pay he took, over [from, to).

export type AgentDayWork = {
  attempts: number;
  outcomes: { outcome: string; count: number }[];
  promises: number;
  promised_amount_minor: number;
};

export async function findAgentDayWork(
  db: DbOrTx,
  p: { agentId: string; from: Date; to: Date },
): Promise<AgentDayWork> {
  const from = p.from.toISOString();
  const to = p.to.toISOString();
  const outcomes = rows<{ outcome: string; count: number }>(
    await db.execute(sql`
      select a.outcome, count(*)::int as count
        from work_attempts a
       where a.agent_id = ${p.agentId}::uuid and a.at >= ${from}::timestamptz and a.at < ${to}::timestamptz
       group by a.outcome
       order by count(*) desc, a.outcome`),
  ).map((r) => ({ outcome: r.outcome, count: Number(r.count) }));
  const [promises] = rows<{ count: number; amount: number | string | null }>(
    await db.execute(sql`
      select count(*)::int as count, coalesce(sum(p.amount_minor), 0) as amount
        from payment_promises p
       where p.created_by = ${p.agentId}::uuid and p.created_at >= ${from}::timestamptz and p.created_at < ${to}::timestamptz`),
  );
  return {
    attempts: outcomes.reduce((n, o) => n + o.count, 0),
    outcomes,
    promises: Number(promises?.count ?? 0),
    promised_amount_minor: Number(promises?.amount ?? 0),
  };
}

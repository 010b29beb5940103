import { sql } from 'drizzle-orm';
import { rowsOf as rows, type DbOrTx } from '../../db/client.ts';

export type SmsDayCounts = { queued: number; sent: number; delivered: number; failed: number };

/**
 * The SMS the outbox took in [from, to) by where they are now: still waiting, sent (delivered
 * ones included), delivered, failed (failed, expired or rejected). The manager's dashboard.
 */
export async function countSmsOfDay(db: DbOrTx, p: { from: Date; to: Date }): Promise<SmsDayCounts> {
  const [row] = rows<Record<keyof SmsDayCounts, number>>(
    await db.execute(sql`
      select count(*) filter (where m.status in ('queued','sending'))::int as queued,
             count(*) filter (where m.status in ('sent','delivered'))::int as sent,
             count(*) filter (where m.status = 'delivered')::int as delivered,
             count(*) filter (where m.status in ('failed','expired','rejected'))::int as failed
        from outbound_messages m
       where m.channel = 'sms' and m.created_at >= ${p.from.toISOString()}::timestamptz
         and m.created_at < ${p.to.toISOString()}::timestamptz`),
  );
  return {
    queued: Number(row?.queued ?? 0),
    sent: Number(row?.sent ?? 0),
    delivered: Number(row?.delivered ?? 0),
    failed: Number(row?.failed ?? 0),
  };
}

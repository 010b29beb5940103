import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { arrayParam, rowsOf as rows } from '../../db/client.ts';

/** A target list's item as a marketing campaign sees it: who, which agent, the last call's outcome and sale. */
export type MarketingItemRow = {
  id: string;
  customer_id: string;
  phones: string[];
  status: string;
  agent_id: string | null;
  agent: string | null;
  agent_name: string | null;
  attempts: number;
  last_outcome: string | null;
  sale_amount_minor: string | number | null;
};

export async function findMarketingItems(db: DbOrTx, listId: string): Promise<MarketingItemRow[]> {
  return rows<MarketingItemRow>(
    await db.execute(sql`
      select w.id, w.customer_id, w.phones, w.status, w.assigned_to as agent_id, u.username as agent,
             u.display_name as agent_name, w.attempts, a.outcome as last_outcome, a.sale_amount_minor
        from work_items w
        left join users u on u.id = w.assigned_to
        left join lateral (select outcome, sale_amount_minor from work_attempts
                            where item_id = w.id order by at desc, id desc limit 1) a on true
       where w.list_id = ${listId}::uuid
       order by w.priority, w.id`),
  );
}

/** The active agents with the marketing skill (the phone channel's default team). */
export async function findActiveMarketingAgents(db: DbOrTx): Promise<Array<{ id: string; username: string }>> {
  return rows<{ id: string; username: string }>(
    await db.execute(
      sql`select id, username from users where active and role = 'agent' and 'marketing' = any(skills) order by username`,
    ),
  );
}

/** The work list an agent's item belongs to, when the item is the agent's own (the offer panel). */
export async function findListOfAgentItem(db: DbOrTx, itemId: string, agentId: string): Promise<string | undefined> {
  const [row] = rows<{ list_id: string }>(
    await db.execute(sql`select list_id from work_items where id = ${itemId}::uuid and assigned_to = ${agentId}::uuid`),
  );
  return row?.list_id;
}

export type TargetListRow = {
  id: string;
  /** The name given on قوائم العمل (null for a list the daily run made). */
  name: string | null;
  source: string;
  channel: string;
  business_date: string;
  status: string;
  approved_by: string | null;
  /** The approver's display name (the username when none; `system:…` as it is). */
  approved_by_name: string | null;
  approved_at: Date | string | null;
  items: number;
};

/** The `marketing` work lists (target lists), newest first, or the ones named. */
export async function findMarketingLists(db: DbOrTx, ids?: string[]): Promise<TargetListRow[]> {
  if (ids && ids.length === 0) return [];
  return rows<TargetListRow>(
    await db.execute(sql`
      select l.id, l.name, l.source, l.channel, l.business_date::text as business_date, l.status, l.approved_by,
             coalesce(a.display_name, l.approved_by) as approved_by_name, l.approved_at,
             (select count(*)::int from work_items w where w.list_id = l.id) as items
        from work_lists l left join users a on a.username = l.approved_by
       where l.purpose = 'marketing' ${ids ? sql`and l.id = any(${arrayParam(ids)}::uuid[])` : sql``}
       order by l.created_at desc
       limit 500`),
  );
}

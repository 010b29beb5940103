import { sql } from 'drizzle-orm';
import { rowsOf as rows, type DbOrTx } from '../../db/client.ts';

// The supervisor's and IT's side of the work lists: progress, reassignment, sign-off, the data
// correction queue and the promises to pay.

/** An item (`w`, its message `m`) that keeps its list from being signed off: neither closed nor explained. */
const openForSignOff = sql`w.status <> 'moved'
         and not (w.status in ('done','unreachable') or (w.status = 'waiting_correction' and w.reason is not null)
                  or coalesce(m.status in ('sent','delivered','failed','expired','rejected'), false))`;

export type ListProgressRow = {
  list_id: string;
  agent: string | null;
  agent_name: string | null;
  status: string;
  n: number;
  open: number;
};

/** Items of a date's lists per list, agent and status (the message's status for SMS items), and how many are open. */
export async function findListProgress(db: DbOrTx, date: string): Promise<ListProgressRow[]> {
  return rows<ListProgressRow>(
    await db.execute(sql`
      select w.list_id, u.username as agent, u.display_name as agent_name, coalesce(m.status, w.status) as status, count(*)::int as n,
             count(*) filter (where ${openForSignOff})::int as open
        from work_items w join work_lists l on l.id = w.list_id
        left join users u on u.id = w.assigned_to left join outbound_messages m on m.id = w.message_id
       where l.business_date = ${date}::date and w.status <> 'moved'
       group by 1, 2, 3, 4`),
  );
}

/** How many items of a list keep it from being signed off. */
export async function countOpenForSignOff(db: DbOrTx, listId: string): Promise<number> {
  const [open] = rows<{ n: number }>(
    await db.execute(sql`
      select count(*)::int as n from work_items w left join outbound_messages m on m.id = w.message_id
       where w.list_id = ${listId}::uuid and ${openForSignOff}`),
  );
  return open!.n;
}

export async function markListSignedOff(tx: DbOrTx, listId: string, by: string) {
  await tx.execute(sql`update work_lists set status = 'signed_off', signed_off_at = now(), signed_off_by = ${by},
                                completed_at = coalesce(completed_at, now()) where id = ${listId}::uuid`);
}

/** The active agents among `usernames`. */
export async function findActiveAgents(
  db: DbOrTx,
  usernames: string[],
): Promise<Array<{ id: string; username: string }>> {
  return rows<{ id: string; username: string }>(
    await db.execute(sql`select id, username from users where active and role = 'agent'
                          and username in (${sql.join(
                            usernames.map((u) => sql`${u}`),
                            sql`, `,
                          )})`),
  );
}

/** The active agents with a skill (collections, marketing, service …), by username. */
export async function findActiveAgentsWithSkill(
  db: DbOrTx,
  skill: string,
): Promise<Array<{ id: string; username: string }>> {
  return rows<{ id: string; username: string }>(
    await db.execute(
      sql`select id, username from users where active and role = 'agent' and ${skill} = any(skills) order by username`,
    ),
  );
}

/**
 * Assigns a list's open items to `toId`: the items named, or (with `fromId`) those of that agent.
 * Returns each moved item with the agent it had.
 */
export async function reassignOpenItems(
  tx: DbOrTx,
  listId: string,
  toId: string,
  which: { itemIds?: string[] | undefined; fromId?: string | undefined },
): Promise<Array<{ id: string; previous: string | null }>> {
  return rows<{ id: string; previous: string | null }>(
    await tx.execute(sql`
    update work_items w set assigned_to = ${toId}::uuid, updated_at = now()
      from work_items old
     where old.id = w.id and w.list_id = ${listId}::uuid and w.status not in ('done','unreachable','moved')
       ${
         which.itemIds
           ? sql`and w.id in (${sql.join(
               which.itemIds.map((id) => sql`${id}::uuid`),
               sql`, `,
             )})`
           : sql``
       }
       ${which.fromId ? sql`and w.assigned_to = ${which.fromId}::uuid` : sql``}
    returning w.id, old.assigned_to as previous`),
  );
}

export type DataCorrectionRow = {
  id: string;
  reason: string;
  status: string;
  created_at: Date | string;
  created_by: string;
  created_by_name: string | null;
  customer_no: string;
  name: string;
  country: string;
  kind: string | null;
  raw: string | null;
  contract_nos: string | null;
};

/** IT's queue: tasks of a status, oldest first (500 at most), with the customer and the number. */
export async function findDataCorrectionTasks(db: DbOrTx, status: 'open' | 'done'): Promise<DataCorrectionRow[]> {
  return rows<DataCorrectionRow>(
    await db.execute(sql`
      select t.id, t.reason, t.status, t.created_at, t.created_by, u.display_name as created_by_name, c.customer_no, c.name, c.country, cp.kind, cp.raw,
             (select string_agg(distinct k.contract_no, ', ') from contracts k where k.customer_id = c.id) as contract_nos
        from data_correction_tasks t join customers c on c.id = t.customer_id left join contact_points cp on cp.id = t.contact_point_id
        left join users u on u.username = t.created_by
       where t.status = ${status} order by t.created_at limit 500`),
  );
}

export type DataCorrectionTask = {
  id: string;
  status: string;
  customer_id: string;
  contact_point_id: string | null;
  customer_no: string;
};

export async function findDataCorrectionTask(db: DbOrTx, taskId: string): Promise<DataCorrectionTask | undefined> {
  const [task] = rows<DataCorrectionTask>(
    await db.execute(
      sql`select t.*, c.customer_no from data_correction_tasks t join customers c on c.id = t.customer_id where t.id = ${taskId}::uuid`,
    ),
  );
  return task;
}

/** The number of a contact point as it stands (after a correction). */
export async function findContactPointNumber(
  db: DbOrTx,
  contactPointId: string,
): Promise<{ e164: string | null; valid: boolean } | undefined> {
  const [cp] = rows<{ e164: string | null; valid: boolean }>(
    await db.execute(sql`select e164, valid from contact_points where id = ${contactPointId}::uuid`),
  );
  return cp;
}

export async function markDataCorrectionDone(tx: DbOrTx, taskId: string, by: string | null) {
  await tx.execute(
    sql`update data_correction_tasks set status = 'done', done_by = ${by}::uuid, done_at = now() where id = ${taskId}::uuid`,
  );
}

/**
 * The customer's items waiting for a correction reopen on the number `e164` (added to their
 * phones when new, and dialled next); the lists they reopen are in progress again. The items.
 */
export async function reopenItemsOnNumber(
  tx: DbOrTx,
  customerId: string,
  e164: string,
): Promise<Array<{ id: string; assigned_to: string | null }>> {
  const reopened = rows<{ id: string; assigned_to: string | null }>(
    await tx.execute(sql`
    update work_items set status = 'pending', reason = null, updated_at = now(),
           phones = case when ${e164} = any(phones) then phones else array_append(phones, ${e164}) end,
           next_phone = coalesce(array_position(case when ${e164} = any(phones) then phones else array_append(phones, ${e164}) end, ${e164}) - 1, 0)
     where customer_id = ${customerId}::uuid and status = 'waiting_correction'
    returning id, assigned_to`),
  );
  return reopened;
}

/** Completed lists with a pending item of the customer are in progress again. */
export async function reopenListsOfCustomer(tx: DbOrTx, customerId: string) {
  await tx.execute(sql`
    update work_lists l set status = 'in_progress', completed_at = null
     where l.status = 'completed' and exists (select 1 from work_items w where w.list_id = l.id and w.customer_id = ${customerId}::uuid and w.status = 'pending')`);
}

export type PromiseRow = {
  id: string;
  promised_date: string;
  amount_minor: string | number;
  created_at: Date | string;
  agent: string | null;
  paid_minor: string | number;
};

/** A customer's promises to pay, newest first, with what was paid from each promise to the end of its day in `timeZone`. */
export async function findPromisesOfCustomer(db: DbOrTx, customerNo: string, timeZone: string): Promise<PromiseRow[]> {
  return rows<PromiseRow>(
    await db.execute(sql`
      select p.id, p.promised_date::text as promised_date, p.amount_minor, p.created_at, u.display_name as agent,
             (select coalesce(sum(pay.amount_minor), 0) from payments pay
               where pay.customer_id = p.customer_id and pay.paid_at >= p.created_at
                 and pay.paid_at < ((p.promised_date + 1)::timestamp at time zone ${timeZone})) as paid_minor
        from payment_promises p join customers c on c.id = p.customer_id left join users u on u.id = p.created_by
       where c.customer_no = ${customerNo} order by p.created_at desc`),
  );
}

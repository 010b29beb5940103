import { sql, type SQL } from 'drizzle-orm';
import { rowsOf as rows, type DbOrTx } from '../../db/client.ts';
import { workLists } from './worklists.schema.ts';

// Lists made by people (SPEC L1): drafts built from a filter or a target file, their approval,
// and the lists page. Reads of the customers' and messaging's tables are reads only (009).

const usablePhone = sql`cp.kind in ('mobile','landline','work','home') and cp.valid and not cp.wrong and cp.e164 is not null`;
const validMobile = sql`cp.kind = 'mobile' and cp.valid and not cp.wrong and cp.e164 is not null and cp.number_type in ('mobile','fixed_line_or_mobile')`;

/** The numbers of the customer `c` for the channel (the same rules as domain/reach.ts). */
function phonesOf(channel: string): SQL {
  if (channel === 'phone') {
    return sql`coalesce((select array_agg(x.e164 order by x.pos) from (
        select distinct on (cp.e164) cp.e164, array_position(array['mobile','landline','work','home'], cp.kind) as pos
          from contact_points cp where cp.customer_id = c.id and ${usablePhone} order by cp.e164, 2) x), '{}'::text[])`;
  }
  if (channel === 'sms') {
    return sql`coalesce((select array[cp.e164] from contact_points cp where cp.customer_id = c.id and ${validMobile}
                          order by cp.created_at limit 1), '{}'::text[])`;
  }
  return sql`'{}'::text[]`;
}

/** Why the customer `c` (with its `phones`) is left out of a list on the channel, or null. */
function exclusionOf(channel: string, purpose: string): SQL {
  if (channel === 'phone')
    return sql`case when c.do_not_call then 'do_not_call' when cardinality(phones) = 0 then 'no_usable_number' end`;
  if (channel === 'sms')
    return sql`case when c.sms_opt_out then 'sms_opt_out' when cardinality(phones) = 0 then 'no_valid_mobile' end`;
  const email = sql`cp.kind = 'email' and position('@' in cp.raw) > 0`;
  // Marketing email honours the unsubscribe list (messaging's email_unsubscribes).
  const subscribed =
    purpose === 'marketing'
      ? sql`and not exists (select 1 from email_unsubscribes u where u.address = lower(btrim(cp.raw)))`
      : sql``;
  return sql`case when not exists (select 1 from contact_points cp where cp.customer_id = c.id and ${email}) then 'no_email'
                  when not exists (select 1 from contact_points cp where cp.customer_id = c.id and ${email} ${subscribed}) then 'unsubscribed' end`;
}

/** The targets of a filter: each customer matching `where`, its numbers and why it is left out. */
function targets(where: SQL, channel: string, purpose: string): SQL {
  return sql`(select c.id, c.phones, ${exclusionOf(channel, purpose)} as excluded
                from (select c.id, c.do_not_call, c.sms_opt_out, ${phonesOf(channel)} as phones
                        from customers c where ${where}) c)`;
}

export type PreviewCounts = { matching: number; reachable: number; excluded: Record<string, number> };

/** How many customers a filter matches, how many the channel reaches, and why the others are left out. */
export async function countFilterTargets(
  db: DbOrTx,
  where: SQL,
  channel: string,
  purpose: string,
): Promise<PreviewCounts> {
  const found = rows<{ excluded: string | null; n: number }>(
    await db.execute(
      sql`select excluded, count(*)::int as n from ${targets(where, channel, purpose)} x group by excluded`,
    ),
  );
  const excluded: Record<string, number> = {};
  let reachable = 0;
  let matching = 0;
  for (const r of found) {
    matching += r.n;
    if (r.excluded === null) reachable = r.n;
    else excluded[r.excluded] = r.n;
  }
  return { matching, reachable, excluded };
}

export type DraftList = {
  purpose: string;
  channel: string;
  businessDate: string;
  source: 'filter' | 'import';
  name: string;
  filter: unknown;
  createdBy: string;
};

export async function insertDraftList(tx: DbOrTx, list: DraftList): Promise<{ id: string }> {
  const [row] = await tx
    .insert(workLists)
    .values({ ...list, filter: list.filter ?? null, status: 'draft' })
    .returning({ id: workLists.id });
  return row!;
}

export async function setListImport(tx: DbOrTx, listId: string, importId: string) {
  await tx.execute(sql`update work_lists set import_id = ${importId}::uuid where id = ${listId}::uuid`);
}

/** Adds an item for every reachable customer of the filter; the number added. */
export async function insertFilterItems(
  tx: DbOrTx,
  p: { listId: string; where: SQL; channel: string; purpose: string; currency: string },
): Promise<number> {
  const added = rows<{ n: number }>(
    await tx.execute(sql`
      with added as (
        insert into work_items (list_id, customer_id, amount_minor, currency, phones, priority)
        select ${p.listId}::uuid, x.id, 0, ${p.currency}, x.phones, 0
          from ${targets(p.where, p.channel, p.purpose)} x where x.excluded is null
        on conflict (list_id, customer_id) do nothing
        returning 1)
      select count(*)::int as n from added`),
  );
  return added[0]?.n ?? 0;
}

/** Customers already in a list, of those given. */
export async function findCustomersInList(tx: DbOrTx, listId: string, customerIds: string[]): Promise<Set<string>> {
  if (customerIds.length === 0) return new Set();
  const found = rows<{ customer_id: string }>(
    await tx.execute(sql`select customer_id from work_items where list_id = ${listId}::uuid
                          and customer_id in (${sql.join(
                            customerIds.map((id) => sql`${id}::uuid`),
                            sql`, `,
                          )})`),
  );
  return new Set(found.map((r) => r.customer_id));
}

/** Of these addresses (lower-cased), those unsubscribed from marketing email. */
export async function findUnsubscribed(tx: DbOrTx, addresses: string[]): Promise<Set<string>> {
  if (addresses.length === 0) return new Set();
  const found = rows<{ address: string }>(
    await tx.execute(
      sql`select address from email_unsubscribes where address in (${sql.join(
        addresses.map((a) => sql`${a}`),
        sql`, `,
      )})`,
    ),
  );
  return new Set(found.map((r) => r.address));
}

/** Approves a draft: who and when. False when the list is no longer a draft (approved meanwhile). */
export async function markListApproved(tx: DbOrTx, listId: string, by: string): Promise<boolean> {
  const done = rows<{ id: string }>(
    await tx.execute(sql`update work_lists set status = 'approved', approved_by = ${by}, approved_at = now()
                          where id = ${listId}::uuid and status = 'draft' returning id`),
  );
  return done.length > 0;
}

/** Deletes a draft and its items (a draft was never dealt, sent or called). False when not a draft. */
export async function deleteDraftList(tx: DbOrTx, listId: string): Promise<boolean> {
  const [list] = rows<{ id: string }>(
    await tx.execute(sql`select id from work_lists where id = ${listId}::uuid and status = 'draft' for update`),
  );
  if (!list) return false;
  await tx.execute(sql`delete from work_items where list_id = ${listId}::uuid`);
  await tx.execute(sql`delete from work_lists where id = ${listId}::uuid`);
  return true;
}

export type ListRow = {
  id: string;
  name: string | null;
  purpose: string;
  channel: string;
  business_date: string;
  source: string;
  status: string;
  filter: unknown;
  import_id: string | null;
  created_at: Date | string;
  created_by: string;
  created_by_name: string | null;
  approved_at: Date | string | null;
  approved_by: string | null;
  approved_by_name: string | null;
  distributed_at: Date | string | null;
  distributed_by: string | null;
  distributed_by_name: string | null;
  started_at: Date | string | null;
  completed_at: Date | string | null;
  signed_off_at: Date | string | null;
  signed_off_by: string | null;
  signed_off_by_name: string | null;
  items: number;
  assigned: number;
  closed: number;
  import_status: string | null;
  import_file_name: string | null;
  import_total_bytes: number | string | null;
  import_processed_bytes: number | string | null;
  import_rows: number | null;
  import_inserted: number | null;
  import_unchanged: number | null;
  import_rejected: number | null;
  import_error: unknown;
};

const listColumns = sql`
  l.id, l.name, l.purpose, l.channel, l.business_date::text as business_date, l.source, l.status, l.filter, l.import_id,
  l.created_at, l.created_by, (select u.display_name from users u where u.username = l.created_by) as created_by_name,
  l.approved_at, l.approved_by, (select u.display_name from users u where u.username = l.approved_by) as approved_by_name,
  l.distributed_at, l.distributed_by, (select u.display_name from users u where u.username = l.distributed_by) as distributed_by_name,
  l.started_at, l.completed_at,
  l.signed_off_at, l.signed_off_by, (select u.display_name from users u where u.username = l.signed_off_by) as signed_off_by_name,
  (select count(*)::int from work_items w where w.list_id = l.id and w.status <> 'moved') as items,
  (select count(*)::int from work_items w where w.list_id = l.id and w.status <> 'moved' and w.assigned_to is not null) as assigned,
  (select count(*)::int from work_items w where w.list_id = l.id and w.closed_at is not null and w.status <> 'moved') as closed,
  i.status as import_status, i.file_name as import_file_name, i.total_bytes as import_total_bytes,
  i.processed_bytes as import_processed_bytes, i.rows as import_rows, i.inserted as import_inserted,
  i.unchanged as import_unchanged, i.rejected as import_rejected, i.error as import_error`;

/** One list with who and when at each step, its item counts and its target file's import. */
export async function findListRow(db: DbOrTx, listId: string): Promise<ListRow | undefined> {
  const [row] = rows<ListRow>(
    await db.execute(sql`select ${listColumns} from work_lists l left join imports i on i.id = l.import_id
                          where l.id = ${listId}::uuid`),
  );
  return row;
}

/** The newest lists (of the purposes, in a status), at most `limit`. */
export async function findListRows(
  db: DbOrTx,
  p: { purposes: readonly string[]; status?: string | undefined; limit: number },
): Promise<ListRow[]> {
  return rows<ListRow>(
    await db.execute(sql`select ${listColumns} from work_lists l left join imports i on i.id = l.import_id
                          where l.purpose in (${sql.join(
                            p.purposes.map((x) => sql`${x}`),
                            sql`, `,
                          )}) ${p.status ? sql`and l.status = ${p.status}` : sql``}
                          order by l.created_at desc, l.id limit ${p.limit}`),
  );
}

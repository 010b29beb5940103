import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { arrayParam as arr, rowsOf as rows } from '../../db/client.ts';

// The selection queries of the daily run (SPEC P, exact rules). An installment already in an
// item of the same purpose is never selected again, so running a date twice adds nothing.

export type SelectedInstallment = {
  installmentId: string;
  customerId: string;
  currency: string;
  amountMinor: number;
};

type SelectedRow = { installment_id: string; customer_id: string; currency: string; amount_minor: string | number };

function toSelected(r: SelectedRow): SelectedInstallment {
  return {
    installmentId: r.installment_id,
    customerId: r.customer_id,
    currency: r.currency,
    amountMinor: Number(r.amount_minor),
  };
}

/** Unpaid at the cut-off (outstanding = amount − payments before the cut-off), due in (after, through]. */
export async function selectUnpaidDue(
  db: DbOrTx,
  purpose: 'reminder' | 'followup',
  window: { after: string; through: string },
  cutoff: Date,
  categoryA: boolean,
): Promise<SelectedInstallment[]> {
  const result = await db.execute(sql`
    select i.id as installment_id, i.customer_id, i.currency,
           i.amount_minor - coalesce((select sum(p.amount_minor) from payments p
                                       where p.installment_id = i.id and p.paid_at < ${cutoff.toISOString()}::timestamptz), 0) as amount_minor
      from installments i
      join customers c on c.id = i.customer_id
     where i.due_date > ${window.after}::date and i.due_date <= ${window.through}::date
       and (i.paid_in_full_at is null or i.paid_in_full_at >= ${cutoff.toISOString()}::timestamptz)
       and c.archived_at is null
       ${categoryA ? sql`and c.category = 'A'` : sql``}
       and not exists (select 1 from work_item_installments w where w.installment_id = i.id and w.purpose = ${purpose})
     order by i.customer_id, i.due_date`);
  return rows<SelectedRow>(result).map(toSelected);
}

/** Installments that became fully paid in [from, to): the moment the payments reached the amount. */
export async function selectPaidInFull(db: DbOrTx, from: Date, to: Date): Promise<SelectedInstallment[]> {
  const result = await db.execute(sql`
    select i.id as installment_id, i.customer_id, i.currency, i.amount_minor
      from installments i
      join customers c on c.id = i.customer_id
     where i.paid_in_full_at >= ${from.toISOString()}::timestamptz and i.paid_in_full_at < ${to.toISOString()}::timestamptz
       and c.archived_at is null
       and not exists (select 1 from work_item_installments w where w.installment_id = i.id and w.purpose = 'thanks')
     order by i.customer_id`);
  return rows<SelectedRow>(result).map(toSelected);
}

export async function findLastCompletedRunBefore(db: DbOrTx, date: string): Promise<string | null> {
  const result = rows<{ business_date: string }>(
    await db.execute(sql`select business_date::text as business_date from daily_runs
                          where status = 'completed' and business_date < ${date}::date order by business_date desc limit 1`),
  );
  return result[0]?.business_date ?? null;
}

export async function findRun(db: DbOrTx, date: string) {
  const result = rows<{
    status: string;
    previous_date: string | null;
    summary: unknown;
    started_at: Date | string;
    started_by: string | null;
    started_by_name: string | null;
  }>(
    await db.execute(
      sql`select r.status, r.previous_date::text as previous_date, r.summary, r.started_at, r.started_by, u.display_name as started_by_name
            from daily_runs r left join users u on u.username = r.started_by
           where r.business_date = ${date}::date`,
    ),
  );
  return result[0];
}

export async function startRun(db: DbOrTx, date: string, previous: string | null, startedBy: string) {
  await db.execute(sql`
    insert into daily_runs (business_date, status, previous_date, started_by)
    values (${date}::date, 'running', ${previous}::date, ${startedBy})
    on conflict (business_date) do update set
      status = case when daily_runs.status = 'completed' then 'completed' else 'running' end,
      started_at = case when daily_runs.status = 'completed' then daily_runs.started_at else now() end,
      started_by = case when daily_runs.status = 'completed' then daily_runs.started_by else excluded.started_by end,
      previous_date = case when daily_runs.status = 'completed' then daily_runs.previous_date else excluded.previous_date end`);
}

/**
 * A run of a date already done keeps the first run's summary (it is the one with the work) and
 * adds the rerun to the summary's `reruns` (who, when, how many new items), so it is not lost.
 */
export async function finishRun(
  db: DbOrTx,
  date: string,
  status: 'completed' | 'failed',
  summary: unknown,
  rerun: { by: string; items: number } | null = null,
) {
  const entry = rerun ? JSON.stringify([{ at: new Date().toISOString(), by: rerun.by, items: rerun.items }]) : null;
  await db.execute(sql`update daily_runs set status = ${status}, finished_at = case when ${rerun !== null} then finished_at else now() end,
                          summary = case when ${rerun !== null} and summary is not null
                                         then jsonb_set(summary, '{reruns}', coalesce(summary->'reruns', '[]'::jsonb) || ${entry}::jsonb)
                                         else ${JSON.stringify(summary)}::jsonb end
                        where business_date = ${date}::date`);
}

export type RunRecord = {
  date: string;
  status: string;
  previous_date: string | null;
  started_at: string;
  finished_at: string | null;
  started_by: string | null;
  /** The display name of who started the run (null for the system or an API token). */
  started_by_name: string | null;
  summary: unknown;
};

const isoOf = (value: Date | string) => new Date(value).toISOString();

/** The latest `limit` runs of the collections day, newest first. */
export async function findRecentRuns(db: DbOrTx, limit: number): Promise<RunRecord[]> {
  const runs = rows<
    Omit<RunRecord, 'started_at' | 'finished_at'> & { started_at: Date | string; finished_at: Date | string | null }
  >(
    await db.execute(sql`select r.business_date::text as date, r.status, r.previous_date::text as previous_date, r.started_at, r.finished_at,
                                r.started_by, u.display_name as started_by_name, r.summary
                           from daily_runs r left join users u on u.username = r.started_by
                          order by r.business_date desc limit ${limit}`),
  ).map((r) => ({
    ...r,
    started_at: isoOf(r.started_at),
    finished_at: r.finished_at === null ? null : isoOf(r.finished_at),
  }));
  return withRerunNames(db, runs);
}

type Rerun = { at: string; by: string; items: number; by_name?: string | null };
const rerunsOf = (summary: unknown): Rerun[] | null => {
  const reruns = (summary as { reruns?: unknown } | null)?.reruns;
  return Array.isArray(reruns) ? (reruns as Rerun[]) : null;
};

/** Adds `by_name` (the display name, null for the system or a token) to each rerun kept in a summary. */
async function withRerunNames(db: DbOrTx, runs: RunRecord[]): Promise<RunRecord[]> {
  const usernames = [...new Set(runs.flatMap((r) => (rerunsOf(r.summary) ?? []).map((x) => x.by)))];
  if (usernames.length === 0) return runs;
  const names = new Map(
    rows<{ username: string; display_name: string }>(
      await db.execute(sql`select username, display_name from users where username = any(${arr(usernames)}::text[])`),
    ).map((u) => [u.username, u.display_name]),
  );
  return runs.map((r) => {
    const reruns = rerunsOf(r.summary);
    if (!reruns) return r;
    return {
      ...r,
      summary: { ...(r.summary as object), reruns: reruns.map((x) => ({ ...x, by_name: names.get(x.by) ?? null })) },
    };
  });
}

export async function findCollectionAgents(
  db: DbOrTx,
  usernames?: string[],
): Promise<Array<{ id: string; username: string; display_name: string }>> {
  const result = rows<{ id: string; username: string; display_name: string }>(
    await db.execute(sql`select id, username, display_name from users
                          where active and role = 'agent' and 'collections' = any(skills)
                          ${
                            usernames && usernames.length > 0
                              ? sql`and username in (${sql.join(
                                  usernames.map((u) => sql`${u}`),
                                  sql`, `,
                                )})`
                              : sql``
                          }
                          order by username`),
  );
  return result;
}

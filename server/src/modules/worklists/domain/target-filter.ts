import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { calendarDate } from '../../../shared/calendar-date.ts';

// The filter a target list is built from (SPEC M1, L1): which customers, by their data. Each
// field becomes one SQL predicate over the customer `c`; the fields are and-ed, the values of
// one field or-ed. Timeline and installment conditions read the customers module's tables
// (reads only, see decision 009).

const text = z.string().trim().min(1).max(100);

export const targetFilterSchema = z
  .object({
    /** Customer category A/B/C. */
    categories: z
      .array(z.enum(['A', 'B', 'C']))
      .max(3)
      .optional(),
    /** current customers or prospects. */
    types: z
      .array(z.enum(['current', 'prospect']))
      .max(2)
      .optional(),
    cities: z.array(text).max(50).optional(),
    /** ISO-2 country codes. */
    countries: z
      .array(z.string().regex(/^[A-Za-z]{2}$/))
      .max(50)
      .optional(),
    /** Products held: a contract of one of these credit types. */
    products: z.array(text).max(50).optional(),
    key_account: z.boolean().optional(),
    /** Not contacted since this date (no timeline entry on or after it), or never contacted. */
    not_contacted_since: calendarDate().optional(),
    /** Contacted on or after this date. */
    contacted_since: calendarDate().optional(),
    /** true: paid up (no installment past due and unpaid); false: at least one such installment. */
    paid_up: z.boolean().optional(),
  })
  .strict();
export type TargetFilter = z.infer<typeof targetFilterSchema>;

/** What the predicates need besides the filter: today's date and the installation time zone. */
export type FilterContext = { today: string; timeZone: string };

/** Timeline entries that are a contact with the customer (a note is not). */
const contactKinds = sql`('call','message','sms','email','inquiry','ticket','survey','escalation')`;

const startOf = (date: string, ctx: FilterContext) => sql`(${date}::date::timestamp at time zone ${ctx.timeZone})`;

/** The SQL predicates of a filter over the customer aliased `c`; an empty filter keeps every active customer. */
export function filterPredicates(filter: TargetFilter, ctx: FilterContext): SQL[] {
  const out: SQL[] = [sql`c.archived_at is null`];
  const list = (values: string[]) =>
    sql.join(
      values.map((v) => sql`${v}`),
      sql`, `,
    );
  if (filter.categories?.length) out.push(sql`c.category in (${list(filter.categories)})`);
  if (filter.types?.length) out.push(sql`c.type in (${list(filter.types)})`);
  if (filter.cities?.length) out.push(sql`lower(btrim(c.city)) in (${list(filter.cities.map(cityKey))})`);
  if (filter.countries?.length) out.push(sql`c.country in (${list(filter.countries.map((c) => c.toUpperCase()))})`);
  if (filter.products?.length) {
    out.push(
      sql`exists (select 1 from contracts k where k.customer_id = c.id and lower(btrim(k.credit_type)) in (${list(filter.products.map(cityKey))}))`,
    );
  }
  if (filter.key_account !== undefined) out.push(sql`c.key_account = ${filter.key_account}`);
  if (filter.not_contacted_since) {
    out.push(
      sql`not exists (select 1 from customer_timeline t where t.customer_id = c.id and t.kind in ${contactKinds} and t.at >= ${startOf(filter.not_contacted_since, ctx)})`,
    );
  }
  if (filter.contacted_since) {
    out.push(
      sql`exists (select 1 from customer_timeline t where t.customer_id = c.id and t.kind in ${contactKinds} and t.at >= ${startOf(filter.contacted_since, ctx)})`,
    );
  }
  if (filter.paid_up !== undefined) {
    const overdue = sql`exists (select 1 from installments i where i.customer_id = c.id and i.due_date < ${ctx.today}::date and i.paid_minor < i.amount_minor)`;
    out.push(filter.paid_up ? sql`not ${overdue}` : overdue);
  }
  return out;
}

/** Cities and products are compared trimmed and case-folded (Latin names), as typed. */
export function cityKey(value: string): string {
  return value.trim().toLowerCase();
}

/** The one predicate: every field's predicate and-ed. */
export function filterWhere(filter: TargetFilter, ctx: FilterContext): SQL {
  return sql.join(filterPredicates(filter, ctx), sql` and `);
}

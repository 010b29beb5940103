import { sql, type SQL } from 'drizzle-orm';
import { cityKey, type TargetFilter } from './domain/target-filter.ts';

// A target filter (domain/target-filter.ts) as SQL: one predicate per field over the customer
// aliased `c`. Timeline and installment conditions read the customers module's tables (reads
// only, see decision 009).

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

/** The one predicate: every field's predicate and-ed. */
export function filterWhere(filter: TargetFilter, ctx: FilterContext): SQL {
  return sql.join(filterPredicates(filter, ctx), sql` and `);
}

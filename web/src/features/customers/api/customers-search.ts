import type { Category, CustomerFilter, CustomerType, SortColumn, SortOrder, YesNo } from './customers';

// The list's search, filters, sort and page live in the address (`/customers?q=…&page=2`):
// back from a customer's page, the list is as it was left, and a filtered list can be shared.

export type CustomersSearch = CustomerFilter & { page?: number };

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): T | undefined =>
    typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : undefined;

const category = oneOf<Category>(['A', 'B', 'C']);
const type = oneOf<CustomerType>(['current', 'prospect']);
const yesNo = oneOf<YesNo>(['true', 'false']);
const sort = oneOf<SortColumn>(['relevance', 'customer_no', 'name', 'created_at']);
const order = oneOf<SortOrder>(['asc', 'desc']);

/** Unknown or malformed values are dropped rather than sent to the API (which would answer 422). */
export function validateCustomersSearch(search: Record<string, unknown>): CustomersSearch {
  const out: CustomersSearch = {};
  // The router reads values as JSON where it can (`true`, `0551234567` as a number), so read them as text.
  const text = (value: unknown) =>
    typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number' ? String(value) : undefined;
  const q = text(search.q)?.trim();
  if (q) out.q = q.slice(0, 100);
  out.category = category(search.category);
  out.type = type(search.type);
  if (typeof search.country === 'string' && /^[A-Za-z]{2}$/.test(search.country))
    out.country = search.country.toUpperCase();
  out.key_account = yesNo(text(search.key_account));
  out.has_overdue = yesNo(text(search.has_overdue));
  out.sort = sort(search.sort);
  out.order = order(search.order);
  const page = Number(search.page);
  if (Number.isInteger(page) && page > 1) out.page = page;
  for (const key of Object.keys(out) as (keyof CustomersSearch)[]) if (out[key] === undefined) delete out[key];
  return out;
}

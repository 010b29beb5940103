import { z } from 'zod';
import { calendarDate } from '../../../shared/calendar-date.ts';

// The filter a target list is built from (SPEC M1, L1): which customers, by their data. Each
// field becomes one SQL predicate over the customer (target-filter.repository.ts); the fields
// are and-ed, the values of one field or-ed.

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

/** Cities and products are compared trimmed and case-folded (Latin names), as typed. */
export function cityKey(value: string): string {
  return value.trim().toLowerCase();
}

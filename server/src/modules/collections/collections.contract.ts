import { z } from 'zod';
import { outcomes } from '../worklists/index.ts';

// The answers of the collections API (see http/contract.ts).

const purpose = z.enum(['reminder', 'followup', 'thanks']);
const channel = z.enum(['sms', 'phone']);
const count = z.number().int();
/** The display name of the user behind a `*_by` username; null for the system and API tokens. */
const displayName = z
  .string()
  .nullable()
  .meta({ description: 'Display name of the user (null for system or token actors)' });

export const runSummarySchema = z
  .object({
    date: z.iso.date(),
    previous_date: z.iso.date().nullable(),
    business_day: z.boolean(),
    notes: z.array(z.string()),
    first_run: z
      .object({
        started_at: z.string(),
        started_by: z.string().nullable(),
        started_by_name: displayName,
      })
      .nullable()
      .optional()
      .meta({ description: 'Set when the date was already run: then `lists` holds only what this run added' }),
    lists: z.array(z.object({ purpose, channel, items: count, installments: count, amount: z.number() })),
    skipped: z.object({ do_not_call: count, sms_opt_out_to_phone: count, no_usable_number: count }),
    agents: z.array(z.string()),
    agent_names: z.array(z.string()).optional().meta({
      description: 'Display names of `agents`, in the same order (absent in runs recorded before it existed)',
    }),
    undistributed_phone_items: count,
    sms: z
      .object({
        queued: count,
        duplicates: count,
        refused: count,
        refused_reasons: z.record(z.string(), count),
        moved_to_phone: count,
      })
      .nullable(),
  })
  .meta({ id: 'CollectionsRunSummary' });

export const runsSchema = z.object({
  items: z.array(
    z.object({
      date: z.iso.date(),
      status: z.string(),
      previous_date: z.iso.date().nullable(),
      started_at: z.unknown(),
      finished_at: z.unknown(),
      started_by: z.string().nullable(),
      started_by_name: displayName,
      summary: z.unknown().meta({ description: 'The run summary (see CollectionsRunSummary)' }),
    }),
  ),
});

const rate = z.number().nullable().meta({ description: 'Percent with one decimal, or null when nothing to count' });
export const kpisSchema = z.object({
  date: z.iso.date(),
  installments_due_today: count,
  installments_paid_today_by_due_date: count,
  collection_rate_30d: rate,
  collection_rate_30d_category_a: rate,
  reminders_queued: count,
  reminders_sent: count,
  reminders_delivered: count,
  thanks_sent: count,
  phone_reminders: count,
  phone_reminders_reached: count,
  followups: count,
  followups_reached: count,
  promises_made_today: count,
  promises_due: count,
  promises_kept: count,
  promise_kept_rate: rate,
  customers_with_two_or_more_overdue: count,
});

export const listsOverviewSchema = z
  .object({
    date: z.iso.date(),
    lists: z.array(
      z.object({
        id: z.uuid(),
        purpose: z.string(),
        channel: z.string(),
        source: z.string(),
        status: z.string(),
        total: count,
        open_items: count.meta({ description: 'Neither closed nor explained: no sign-off while above zero' }),
        by_agent: z.array(
          z.object({
            agent: z.string().nullable(),
            agent_name: z.string().nullable(),
            by_status: z.record(z.string(), count),
            total: count,
          }),
        ),
        created_at: z.iso.datetime(),
        distributed_at: z.iso.datetime().nullable(),
        distributed_by: z.string().nullable(),
        distributed_by_name: displayName,
        completed_at: z.iso.datetime().nullable(),
        signed_off_at: z.iso.datetime().nullable(),
        signed_off_by: z.string().nullable(),
        signed_off_by_name: displayName,
      }),
    ),
    sending_window: z
      .object({
        open: z.boolean(),
        reason: z.enum(['hours', 'weekend', 'holiday']).nullable(),
        next_open_at: z.string().nullable(),
      })
      .optional()
      .meta({ description: 'Whether bulk SMS may go now, and if not why and when (the lists of a day)' }),
  })
  .meta({ id: 'WorkListsOverview' });

export const listItemsSchema = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      customer_no: z.string(),
      name: z.string(),
      amount: z.number(),
      currency: z.string(),
      tier: count.nullable(),
      phone_masked: z.string().nullable(),
      agent: z.string().nullable(),
      agent_name: displayName,
      status: z.string(),
      outcome: z.string().nullable(),
      last_outcome: z.string().nullable().meta({ description: "The last call's outcome, also while the item is open" }),
      next_attempt_at: z.iso.datetime().nullable(),
      reason: z.string().nullable(),
      attempts: count,
      installments: z.array(
        z.object({
          contract_no: z.string(),
          installment_no: count,
          outstanding_minor: z.number(),
          outstanding: z.number(),
        }),
      ),
    }),
  ),
});

export const myItemsSchema = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      purpose: z.string(),
      customer_no: z.string(),
      name: z.string(),
      amount: z.number(),
      currency: z.string(),
      tier: count.nullable(),
      credit_type: z.string().nullable(),
      phone_masked: z.string().nullable(),
      phone_position: count.meta({ description: '1-based position of the number to call, 0 when none' }),
      phones_count: count,
      status: z.string(),
      due_now: z.boolean(),
      outcome: z
        .string()
        .nullable()
        .meta({ description: outcomes.join(' | ') }),
      attempts: count,
      next_attempt_at: z.iso.datetime().nullable(),
      top: z.boolean(),
      reason: z.string().nullable(),
      installments: z.array(
        z.object({ contract_no: z.string(), installment_no: count, due_date: z.iso.date(), outstanding: z.number() }),
      ),
    }),
  ),
});

export const attemptResultSchema = z.object({
  id: z.uuid(),
  status: z.string(),
  next_attempt_at: z.iso.datetime().nullable(),
  attempts: count,
});

export const dataCorrectionsSchema = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      reason: z.string(),
      status: z.enum(['open', 'done']),
      created_at: z.iso.datetime(),
      created_by: z.string().nullable(),
      created_by_name: displayName,
      customer_no: z.string(),
      name: z.string(),
      kind: z.string().nullable(),
      masked: z.string().nullable(),
      contract_nos: z.string().nullable(),
    }),
  ),
});

export const promisesSchema = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      promised_date: z.iso.date(),
      amount: z.number(),
      paid: z.number(),
      agent: z.string().nullable(),
      created_at: z.iso.datetime(),
      status: z.enum(['kept', 'broken', 'open']),
    }),
  ),
});

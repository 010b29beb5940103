import { z } from 'zod';
import { listChannels, listPurposes } from './domain/purposes.ts';
import { listStatuses } from './domain/lifecycle.ts';
import { targetFilterSchema } from './domain/target-filter.ts';

// The answers of the work lists' own routes (the lists page, SPEC L1).

const step = z
  .object({
    at: z.iso.datetime(),
    /** The username, `system:…` for the system, null for a step without a person. */
    by: z.string().nullable(),
    by_name: z.string().nullable(),
  })
  .meta({ description: 'Who took the step and when' });

export const workListSchema = z.object({
  id: z.uuid(),
  name: z.string().nullable(),
  purpose: z.enum(listPurposes),
  channel: z.enum(listChannels),
  business_date: z.string(),
  source: z.string().meta({ description: 'daily | filter | import' }),
  status: z.enum(listStatuses),
  items: z.number().int(),
  assigned: z.number().int(),
  closed: z.number().int(),
  filter: targetFilterSchema.nullable(),
  steps: z.object({
    created: step,
    approved: step.nullable(),
    distributed: step.nullable(),
    started: step.nullable(),
    completed: step.nullable(),
    signed_off: step.nullable(),
  }),
  import: z
    .object({
      id: z.uuid(),
      status: z.string().meta({ description: 'queued | running | done | done_with_rejections | failed' }),
      file_name: z.string(),
      progress: z.number().min(0).max(1),
      rows: z.number().int(),
      added: z.number().int(),
      already_in_list: z.number().int(),
      rejected: z.number().int(),
      error: z.object({ code: z.string(), message: z.string(), message_ar: z.string() }).nullable(),
    })
    .nullable(),
});

export const workListsSchema = z.object({ items: z.array(workListSchema) });

export const previewCountSchema = z.object({
  /** Customers the filter matches. */
  matching: z.number().int(),
  /** Of those, the ones the channel reaches (the items a list would have). */
  reachable: z.number().int(),
  /** The others, by reason: do_not_call, sms_opt_out, no_usable_number, no_valid_mobile, no_email, unsubscribed. */
  excluded: z.record(z.string(), z.number().int()),
});

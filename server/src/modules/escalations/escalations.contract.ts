// The API shapes of escalations (SPEC A5; issue #13).
import { z } from 'zod';

export const escalationSchema = z
  .object({
    id: z.uuid(),
    customer: z.object({ customer_no: z.string(), name: z.string() }).nullable(),
    agent: z.string(),
    agent_name: z.string(),
    due_at: z.iso.datetime().meta({ description: 'The follow-up time promised to the customer' }),
    note: z.string(),
    status: z.enum(['open', 'taken', 'done']),
    state: z
      .enum(['open', 'taken', 'overdue', 'done'])
      .meta({ description: 'overdue: not done and past its due time' }),
    taken_by: z.string().nullable(),
    taken_at: z.iso.datetime().nullable(),
    done_by: z.string().nullable(),
    done_at: z.iso.datetime().nullable(),
    done_note: z.string().nullable(),
    created_at: z.iso.datetime(),
    has_call: z.boolean(),
  })
  .meta({ id: 'Escalation' });

export const escalationListSchema = z
  .object({ now: z.iso.datetime(), items: z.array(escalationSchema) })
  .meta({ id: 'EscalationList' });

export const escalationSummarySchema = z
  .object({
    now: z.iso.datetime(),
    open: z.number().int(),
    overdue: z.number().int(),
    next_due_at: z.iso
      .datetime()
      .nullable()
      .meta({ description: 'When the next open escalation falls due (the badge turns red then)' }),
  })
  .meta({ id: 'EscalationSummary', description: 'Open escalations and those past their due time (the shell’s badge)' });

export const escalationChangeSchema = z
  .object({ id: z.uuid(), status: z.enum(['open', 'taken', 'done']) })
  .meta({ id: 'EscalationChange' });

export const escalationQuery = z
  .object({
    scope: z.enum(['mine', 'all']).default('mine'),
    status: z.enum(['open', 'done', 'any']).default('open'),
  })
  .strict();

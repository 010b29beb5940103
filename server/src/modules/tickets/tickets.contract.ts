import { z } from 'zod';

// The answers of the tickets, inquiries and ticket reports API (see http/contract.ts).

const count = z.number().int();
const at = z.iso.datetime();
const slaState = z.enum(['ok', 'warning', 'breached', 'paused', 'met', 'missed']);

export const queueSchema = z.object({
  queue: z.enum(['mine', 'group', 'all']),
  groups: z.array(z.string()).meta({ description: "The signed-in user's groups" }),
  items: z.array(
    z.object({
      id: z.uuid(),
      number: z.string(),
      customer_no: z.string(),
      customer_name: z.string(),
      key_account: z.boolean(),
      country: z.string(),
      category: z.string(),
      subject: z.string(),
      group: z.string(),
      assignee: z.object({ id: z.uuid(), name: z.string().nullable() }).nullable(),
      status: z.string(),
      priority: z.string(),
      claim_approval: z.string().nullable(),
      sla_due_at: at.nullable(),
      sla_state: slaState,
      breached: z.boolean(),
      created_at: at.nullable(),
      updated_at: at.nullable(),
      version: count,
      can_take: z.boolean(),
      can_assign: z.boolean(),
    }),
  ),
  has_more: z.boolean(),
});

export const createdTicketSchema = z.object({
  id: z.uuid(),
  number: z.string(),
  group: z.string(),
  status: z.string(),
  sla_due_at: at,
  created_at: at,
});

export const ticketSummarySchema = z
  .object({
    id: z.uuid(),
    number: z.string(),
    group: z.string(),
    status: z.string(),
    assignee_id: z.uuid().nullable(),
    sla_due_at: at,
    version: count,
    updated_at: at,
  })
  .meta({ id: 'TicketSummary' });

export const ticketMessageResultSchema = z.object({ id: z.uuid(), ticket: ticketSummarySchema });

export const ticketSchema = z
  .object({
    id: z.uuid(),
    number: z.string(),
    customer: z
      .object({ customer_no: z.string(), name: z.string(), key_account: z.boolean(), country: z.string() })
      .nullable()
      .optional(),
    category: z.string(),
    subject: z.string(),
    description: z.string(),
    fields: z.unknown().meta({ description: 'The fields of the category, by name' }),
    group: z.string(),
    assignee: z.object({ id: z.uuid(), name: z.string().nullable() }).nullable(),
    status: z.string(),
    priority: z.string(),
    source: z.string(),
    requester_email: z.string().nullable(),
    resolution: z.string().nullable(),
    claim: z.object({ amount: z.unknown(), approval: z.string().nullable(), decided_at: at.nullable() }).nullable(),
    sla: z.object({
      clock: z.string(),
      resolution_minutes: z.number(),
      response_due_at: at.nullable(),
      first_response_at: at.nullable(),
      due_at: at,
      warn_at: at,
      paused_at: at.nullable(),
      remaining_minutes_when_paused: z.number().nullable(),
      warned_at: at.nullable(),
      breached_at: at.nullable(),
      escalated_at: at.nullable(),
      state: slaState,
    }),
    created_by: z.string().nullable(),
    created_at: at,
    updated_at: at,
    resolved_at: at.nullable(),
    closed_at: at.nullable(),
    version: count,
    messages: z.array(
      z.object({
        id: z.uuid(),
        kind: z.string(),
        body: z.string(),
        author: z.string().nullable(),
        created_at: at.nullable(),
        delivery_status: z.string().nullable(),
      }),
    ),
    attachments: z.array(
      z.object({
        id: z.uuid(),
        filename: z.string(),
        content_type: z.string(),
        size: count,
        uploaded_by: z.string().nullable(),
        created_at: at,
      }),
    ),
    history: z.array(z.object({ at, kind: z.string(), actor: z.string().nullable(), data: z.unknown() })),
    permissions: z.object({
      can_work: z.boolean(),
      can_resolve: z.boolean(),
      can_transfer: z.boolean(),
      can_reply: z.boolean(),
      can_approve_claim: z.boolean(),
      can_take: z.boolean(),
      can_assign: z.boolean(),
      can_hand_back: z.boolean(),
    }),
    assignees: z
      .array(z.object({ id: z.uuid(), name: z.string().nullable() }))
      .meta({ description: "The group's active members, when the user may assign" }),
    transfer_targets: z.array(z.string()),
  })
  .meta({ id: 'Ticket' });

export const attachmentCreatedSchema = z.object({
  id: z.uuid(),
  filename: z.string(),
  content_type: z.string(),
  size: count,
});

const groupSchema = z.object({
  code: z.string(),
  name_ar: z.string(),
  name_en: z.string(),
  countries: z.array(z.string()),
  active: z.boolean(),
  updated_at: at,
});
export { groupSchema as ticketGroupSchema };

export const groupsSchema = z
  .object({
    items: z.array(
      groupSchema.extend({
        members: z.array(
          z.object({
            id: z.uuid(),
            username: z.string(),
            display_name: z.string(),
            role: z.string(),
            active: z.boolean(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'TicketGroups' });

const emails = z.array(z.string());
export const ticketSettingsSchema = z
  .object({
    business_hours: z.object({ shifts: z.array(z.object({ start: z.string(), end: z.string() })) }),
    claim_approval_above: z.number(),
    report_recipients: z.object({ monthly: emails, weekly: emails }),
    calendar: z.object({
      timezone: z.string(),
      weekend: z.array(z.string()),
      holidays: z.array(z.object({ date: z.iso.date(), name: z.string() })),
    }),
    policies: z.array(
      z.object({
        group: z.string(),
        category: z.string().nullable(),
        clock: z.string(),
        response_hours: z.number().nullable(),
        resolution_hours: z.number(),
        warn_before_hours: z.number(),
      }),
    ),
  })
  .meta({ id: 'TicketSettings' });

export const inquirySchema = z
  .object({
    id: z.uuid(),
    number: z.string(),
    channel: z.string(),
    customer_no: z.string().nullable(),
    customer_name: z.string().nullable(),
    category: z.string(),
    subject: z.string(),
    question: z.string(),
    answer: z.string().nullable(),
    first_contact_resolved: z.boolean(),
    status: z.string(),
    requester_email: z.string().nullable(),
    ticket_id: z.uuid().nullable(),
    created_by: z.string().nullable(),
    created_at: at,
    answered_at: at.nullable(),
    version: count,
  })
  .meta({ id: 'Inquiry' });

export const inquiryDetailSchema = inquirySchema
  .extend({
    messages: z.array(
      z.object({ id: z.uuid(), kind: z.string(), body: z.string(), author: z.string().nullable(), created_at: at }),
    ),
    attachments: z.array(
      z.object({ id: z.uuid(), filename: z.string(), content_type: z.string(), size: count, created_at: at }),
    ),
  })
  .meta({ id: 'InquiryDetail' });

const ratio = z.number().nullable().meta({ description: '0..1, or null when nothing was resolved' });
const counts = {
  opened: count,
  resolved: count,
  resolved_within_sla: count,
  sla_compliance: ratio,
  median_resolution_hours: z.number().nullable(),
  backlog: count,
};
const period = z.object({ from: at, to: at });

export const keyAccountsReportSchema = z.object({
  kind: z.string().meta({ description: 'key_accounts_monthly' }),
  title: z.string(),
  month: z.string(),
  period,
  time_zone: z.string(),
  rows: z.array(
    z.object({
      customer_no: z.string(),
      customer_name: z.string(),
      category: z.string(),
      category_name: z.string(),
      ...counts,
    }),
  ),
  totals: z.object(counts),
});

const weeklyCounts = { ...counts, median_first_response_hours: z.number().nullable(), breached_open: count };
export const weeklyReportSchema = z.object({
  kind: z.string().meta({ description: 'weekly_performance' }),
  title: z.string(),
  week_start: z.iso.date(),
  period,
  time_zone: z.string(),
  groups: z.array(z.object({ group: z.string(), ...weeklyCounts })),
  totals: z.object(weeklyCounts),
  people: z.array(z.object({ name: z.string(), resolved: count, sla_compliance: ratio })),
});

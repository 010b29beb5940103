// The API shapes of the agent's seat and the supervisor's live view (SPEC A1, T2; issue #12).
import { z } from 'zod';
import { agentStates } from './domain/routing-types.ts';

const callStatus = z.enum(['routing', 'ivr', 'queued', 'ringing', 'connected', 'ended']);

export const seatCustomerSchema = z
  .object({
    id: z.uuid(),
    customer_no: z.string(),
    name: z.string(),
    key_account: z.boolean(),
  })
  .meta({ id: 'SeatCustomer', description: 'The caller, found by ANI (screen pop)' });

export const seatCallSchema = z
  .object({
    id: z.string(),
    status: callStatus,
    direction: z.enum(['inbound', 'outbound']),
    number: z.string().nullable().meta({ description: 'The caller’s number, masked for roles that may not reveal it' }),
    dnis: z.string().nullable(),
    queue: z.string().nullable(),
    entered_at: z.iso.datetime().nullable(),
    answered_at: z.iso.datetime().nullable(),
    held: z.boolean(),
    customer: seatCustomerSchema.nullable(),
  })
  .meta({ id: 'SeatCall' });

export const breakReasonSchema = z
  .object({ code: z.string(), name_ar: z.string(), name_en: z.string(), limit_minutes: z.number().int().nullable() })
  .meta({ id: 'BreakReason' });

export const seatSchema = z
  .object({
    agent: z.string(),
    state: z.enum(agentStates),
    reason: z.string().nullable(),
    since: z.iso.datetime(),
    queues: z.array(z.string()),
    calls_today: z.number().int(),
    call: seatCallSchema.nullable(),
    break_reasons: z.array(breakReasonSchema),
    adapter: z.enum(['simulator', 'ari']),
  })
  .meta({ id: 'Seat', description: 'The signed-in agent’s telephone: state, current call, screen pop' });

export const seatStateBody = z
  .object({
    state: z.enum(['available', 'break', 'offline']),
    reason: z.string().max(50).optional().meta({ description: 'A break reason code (break only)' }),
  })
  .strict();

export const holdBody = z.object({ on: z.boolean() }).strict();
export const transferBody = z.object({ queue: z.string().min(1).max(50) }).strict();

export const liveAgentSchema = z
  .object({
    agent: z.string(),
    name: z.string(),
    state: z.enum(agentStates),
    reason: z.string().nullable(),
    since: z.iso.datetime(),
    queues: z.array(z.string()),
    simulated: z.boolean(),
    call_id: z.string().nullable(),
    calls_today: z.number().int(),
  })
  .meta({ id: 'LiveAgent' });

export const liveCallSchema = z
  .object({
    id: z.string(),
    status: callStatus,
    queue: z.string().nullable(),
    number: z.string().nullable(),
    key_account: z.boolean(),
    entered_at: z.iso.datetime().nullable(),
    answered_at: z.iso.datetime().nullable(),
    agent: z.string().nullable(),
    held: z.boolean(),
  })
  .meta({ id: 'LiveCall' });

export const liveQueueSchema = z
  .object({
    code: z.string(),
    name_ar: z.string(),
    name_en: z.string(),
    waiting: z.number().int(),
    longest_wait_seconds: z.number().int(),
    agents_available: z.number().int(),
    agents_busy: z.number().int(),
    offered_today: z.number().int(),
    answered_today: z.number().int(),
    abandoned_today: z.number().int(),
    service_level_today: z.number().nullable().meta({
      description: 'Answered within the queue’s target ÷ offered (short abandons left out); null with no calls',
    }),
    sl_seconds: z.number().int(),
    sl_target_percent: z.number().int(),
  })
  .meta({ id: 'LiveQueue' });

export const liveViewSchema = z
  .object({
    now: z.iso.datetime(),
    agents: z.array(liveAgentSchema),
    calls: z.array(liveCallSchema),
    queues: z.array(liveQueueSchema),
    break_reasons: z.array(breakReasonSchema),
    supports_snoop: z.boolean(),
  })
  .meta({ id: 'LiveView', description: 'The supervisor’s live view of agents, calls and queues' });

export const forceStateBody = z
  .object({ state: z.enum(['available', 'break', 'offline']) })
  .strict()
  .meta({ description: 'The state a supervisor forces (not during a call)' });

export const moveCallBody = z.object({ queue: z.string().min(1).max(50) }).strict();
export const snoopBody = z.object({ mode: z.enum(['listen', 'whisper', 'barge']) }).strict();

export const callerContextSchema = z
  .object({
    call_id: z.string(),
    direction: z.enum(['inbound', 'outbound']),
    reason: z.object({
      kind: z.enum(['work_item', 'queue', 'none']).meta({
        description: 'work_item: a call placed for a work list item; queue: a call that came in through a queue',
      }),
      purpose: z
        .string()
        .nullable()
        .meta({ description: 'The work list’s purpose: reminder, followup, thanks, marketing, survey' }),
      queue: z.string().nullable(),
      queue_name_ar: z.string().nullable(),
      queue_name_en: z.string().nullable(),
      ivr_path: z.string().nullable().meta({ description: 'The IVR keys the caller pressed, e.g. `1,3`' }),
      dnis: z.string().nullable(),
    }),
    customer_no: z.string().nullable(),
    open_tickets: z.array(
      z.object({ number: z.string(), subject: z.string(), status: z.string(), sla_due_at: z.iso.datetime() }),
    ),
    work_items: z.array(
      z.object({
        id: z.uuid(),
        purpose: z.string(),
        channel: z.string(),
        business_date: z.iso.date(),
        status: z.string(),
        amount: z.number(),
        currency: z.string(),
        attempts: z.number().int(),
      }),
    ),
    promises: z.array(
      z.object({
        promised_date: z.iso.date(),
        amount: z.number(),
        paid: z.number(),
        currency: z.string(),
        status: z.enum(['open', 'broken']).meta({ description: 'kept promises stay on the customer page' }),
      }),
    ),
    last_interactions: z.array(
      z.object({ at: z.iso.datetime(), kind: z.string(), summary: z.string(), actor_name: z.string().nullable() }),
    ),
  })
  .meta({ id: 'CallerContext', description: 'The screen pop’s context of the call on the seat' });

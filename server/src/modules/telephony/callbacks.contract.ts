// The API shapes of the agent's outbound calls and call-backs (SPEC A5, A6; issue #13).
import { z } from 'zod';
import { endCauses } from './port.ts';

const customerRef = z
  .object({ customer_no: z.string(), name: z.string() })
  .meta({ id: 'DialCustomer', description: 'The customer called, when known' });

export const dialSchema = z
  .object({
    call_id: z.string().meta({ description: 'The call’s id at the telephone (as on the seat)' }),
    status: z.enum(['dialing', 'ringing', 'answered', 'connected', 'ended']),
    number: z.string().meta({ description: 'The number dialled, masked for roles that may not reveal it' }),
    customer: customerRef.nullable(),
    work_item_id: z.uuid().nullable(),
    callback_id: z.uuid().nullable(),
    started_at: z.iso.datetime(),
    connected_at: z.iso.datetime().nullable(),
    ended_at: z.iso.datetime().nullable(),
    cause: z.enum(endCauses).nullable(),
    outcome: z
      .enum(['reached', 'no_answer', 'busy', 'call_dropped'])
      .nullable()
      .meta({ description: 'The outcome the end suggests for the outcome form (L3)' }),
  })
  .meta({ id: 'Dial', description: 'An outbound call the agent placed, as his screen follows it' });

export const lastDialSchema = z.object({ dial: dialSchema.nullable() }).meta({ id: 'LastDial' });

export const dialBody = z
  .union([
    z.object({ work_item_id: z.uuid() }).strict(),
    z.object({ customer_no: z.string().min(1).max(50), contact_point_id: z.uuid() }).strict(),
  ])
  .meta({
    id: 'DialRequest',
    description: 'What to call: one of my work items (its current number), or a customer’s phone — never a number',
  });

export const callbackSchema = z
  .object({
    id: z.uuid(),
    reason: z.enum(['dropped', 'requested', 'closed']),
    queue: z.string(),
    mine: z.boolean().meta({ description: 'Mine (a dropped call of mine) or my queue’s' }),
    number: z.string(),
    customer: customerRef.nullable(),
    requested_at: z.iso.datetime(),
    place_at: z.iso.datetime(),
    status: z.enum(['waiting', 'calling', 'done', 'failed']),
    attempts: z.number().int(),
    last_cause: z.enum(endCauses).nullable(),
    not_before: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Callback' });

export const callbackListSchema = z.object({ items: z.array(callbackSchema) }).meta({ id: 'CallbackList' });

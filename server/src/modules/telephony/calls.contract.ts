import { z } from 'zod';
import { agentStates } from './domain/routing-types.ts';

// The answers of the call records and agent timeline API (see http/contract.ts).

const at = z.iso.datetime();
const seconds = z.number().int();

export const callSchema = z
  .object({
    id: z.uuid(),
    source: z.string().meta({ description: 'Where the record came from: the runtime (live) or queue_log' }),
    direction: z.enum(['inbound', 'outbound']),
    ani: z.string().nullable().meta({ description: "The caller's number (masked for agents)" }),
    dnis: z.string().nullable().meta({ description: 'The number dialled into the center' }),
    queue: z.string().nullable(),
    agent: z.string().nullable().meta({ description: 'The username of the agent who answered' }),
    customer_id: z.uuid().nullable(),
    offered_at: at,
    queued_at: at.nullable(),
    answered_at: at.nullable(),
    ended_at: at.nullable(),
    wrap_up_ended_at: at.nullable(),
    cause: z.string().nullable().meta({ description: 'normal, busy, no_answer, failed, abandoned, dropped, machine' }),
    outcome: z.string().nullable(),
    wait_seconds: seconds.nullable().meta({ description: 'From the queue entry to the answer (or the end)' }),
    talk_seconds: seconds.nullable().meta({ description: 'From the answer to the end, less the hold' }),
    hold_seconds: seconds,
    hold_count: seconds,
    ivr_path: z.string().nullable(),
    recording: z.string().nullable(),
  })
  .meta({ id: 'CallRecord' });

export const callListSchema = z.object({ items: z.array(callSchema), total: z.number().int() });

export const callDetailSchema = z.object({
  call: callSchema,
  events: z.array(
    z.object({
      seq: z.number().int(),
      type: z.string().meta({
        description:
          'offered, ivr, queued, overflowed, agent_ringing, agent_missed, answered, held, unheld, transferred, recording, customer, callback_requested, ended, wrap_up_ended, outcome (with the agent’s note), protocol (a call-protocol step: data.step, data.late, data.hold)',
      }),
      at,
      agent: z.string().nullable(),
      data: z.record(z.string(), z.unknown()).nullable(),
    }),
  ),
});

const state = z.enum(agentStates);
const perState = z.object(
  Object.fromEntries(agentStates.map((s) => [s, seconds])) as Record<(typeof agentStates)[number], typeof seconds>,
);

export const agentTimelineSchema = z.object({
  agent: z.string(),
  date: z.string(),
  day_start: at,
  day_end: at,
  segments: z.array(z.object({ state, reason: z.string().nullable(), from: at, to: at, seconds })),
  totals: perState.meta({ description: 'Seconds in each state over the day (up to now for today)' }),
  break_reasons: z
    .array(
      z.object({
        reason: z.string().nullable(),
        name_ar: z.string().nullable(),
        name_en: z.string().nullable(),
        seconds,
      }),
    )
    .meta({ description: "Seconds of break per reason, with the reason's names when it is a kept break reason" }),
  changes: z.array(z.object({ state, reason: z.string().nullable(), at, source: z.string() })),
});

// The API shapes of the call-protocol assistant (issue #13; seed 003): the phrase library and
// the seat's call with its protocol steps, outcome and rating invitation.
import { z } from 'zod';
import { callPurposes, phraseKinds } from './domain/phrases.ts';
import { protocolSteps } from './domain/protocol-steps.ts';
import { callOutcomes } from './domain/wrap-up.ts';

const at = z.iso.datetime();

export const phraseSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(phraseKinds),
    purpose: z.enum(callPurposes).nullable(),
    title_ar: z.string().nullable(),
    title_en: z.string().nullable(),
    text_ar: z.string().meta({ description: 'May hold {agent}, {company}, {department}, {reason}, {seconds}' }),
    text_en: z.string(),
    sort: z.number().int(),
    active: z.boolean(),
    origin: z.enum(['seed_003', 'house', 'custom']),
    updated_at: at,
    updated_by: z.string().nullable(),
  })
  .meta({ id: 'ProtocolPhrase' });

export const phraseListSchema = z.object({ items: z.array(phraseSchema) });

const text = (max: number) => z.string().trim().min(1).max(max);

export const phraseBody = z
  .object({
    kind: z.enum(phraseKinds),
    purpose: z.enum(callPurposes).nullable().default(null),
    title_ar: z.string().trim().max(100).nullable().default(null),
    title_en: z.string().trim().max(100).nullable().default(null),
    text_ar: text(2000),
    text_en: text(2000),
    sort: z.number().int().min(0).max(999).default(0),
    active: z.boolean().default(true),
  })
  .strict();

export const phrasePatchBody = z
  .object({
    purpose: z.enum(callPurposes).nullable().optional(),
    title_ar: z.string().trim().max(100).nullable().optional(),
    title_en: z.string().trim().max(100).nullable().optional(),
    text_ar: text(2000).optional(),
    text_en: text(2000).optional(),
    sort: z.number().int().min(0).max(999).optional(),
    active: z.boolean().optional(),
  })
  .strict();

export const stepSchema = z
  .object({
    step: z.enum(protocolSteps),
    at,
    late: z.boolean().optional().meta({ description: 'hold_returned: later than the hold time asked for' }),
    hold: z.number().int().optional().meta({ description: 'hold_started / hold_returned: which hold of the call' }),
  })
  .meta({ id: 'ProtocolStepRecord' });

export const callProtocolSchema = z
  .object({
    call_id: z.uuid().nullable().meta({ description: 'The call record (GET /calls/:id shows the steps as events)' }),
    phase: z.enum(['connected', 'wrap_up']),
    held: z.boolean(),
    direction: z.enum(['inbound', 'outbound']),
    queue: z.string().nullable(),
    answered_at: at.nullable(),
    ended_at: at.nullable(),
    now: at.meta({ description: 'The telephone’s clock (the countdowns run from it)' }),
    purpose: z.enum(callPurposes).meta({ description: 'The purpose the call is for by default' }),
    greeting_values: z.object({
      agent: z.string(),
      company: z.string(),
      department: z.string().nullable(),
      department_en: z.string().nullable(),
      reason: z.string().nullable(),
    }),
    hold_seconds: z.number().int(),
    greeting_target_seconds: z.number().int(),
    steps: z.array(stepSchema),
    greeting: z.object({ seconds: z.number(), on_time: z.boolean() }).nullable(),
    hold: z.object({ holds: z.number().int(), held_since: at.nullable(), consent: z.boolean() }),
    missing_closing: z.array(z.enum(['resolved_confirmed', 'more_help_offered', 'rating_invited'])),
    outcome: z.object({ code: z.string(), note: z.string().nullable(), at }).nullable(),
    rating: z
      .object({ sent: z.boolean(), reason: z.string().nullable() })
      .nullable()
      .meta({ description: 'The rating invitation after the outcome: sent, or why not' }),
  })
  .meta({ id: 'CallProtocol', description: 'The protocol of the call on my seat' });

export const stepBody = z.object({ step: z.enum(protocolSteps) }).strict();

export const outcomeBody = z
  .object({ outcome: z.enum(callOutcomes), note: z.string().trim().max(2000).optional() })
  .strict();

// The API shapes of routing administration (issue #12 items 5, 6, 8): queues, break reasons,
// IVR menus and DNIS routes, as managers edit them.
import { z } from 'zod';
import { isSafeText } from '../../shared/text.ts';
import { agentSkills } from '../users/index.ts';
import { ivrNodeSchema } from './domain/ivr.ts';
import { strategies } from './domain/routing-types.ts';

// The tree is recursive: registered under its own name, it is one $ref in the OpenAPI document.
ivrNodeSchema.register(z.globalRegistry, { id: 'IvrNode', description: 'A node of an IVR tree (menu, queue …)' });

const text = (max: number) =>
  z.string().trim().min(1).max(max).refine(isSafeText, { message: 'Contains a character that is not allowed.' });

export const queueCodeParam = z.object({
  code: z
    .string()
    .regex(/^[a-z][a-z0-9_]{1,49}$/)
    .meta({ description: 'Lower-case letters, digits and _ (service, key_accounts)' }),
});
export const menuCodeParam = queueCodeParam;
export const breakCodeParam = queueCodeParam;
export const dnisParam = z.object({
  dnis: z
    .string()
    .regex(/^(\d{2,20}|default)$/)
    .meta({ description: 'The number dialled, digits only, or `default` for numbers without a route' }),
});

const greetingSchema = z
  .object({ text: z.string().max(1000).optional(), media: z.string().max(200).optional() })
  .strict()
  .nullable();

const queueFields = {
  name_ar: text(100),
  name_en: text(100),
  skill: z.enum(agentSkills).meta({ description: 'The skill an agent needs to take these calls' }),
  strategy: z.enum(strategies),
  priority: z.number().int().min(0).max(100),
  wrap_up_seconds: z.number().int().min(0).max(3600),
  sl_seconds: z.number().int().min(1).max(3600),
  sl_target_percent: z.number().int().min(1).max(100),
  sl_abandoned: z.enum(['negative', 'ignored', 'positive']),
  short_abandon_seconds: z.number().int().min(0).max(120),
  overflow_seconds: z.number().int().min(1).max(3600).nullable(),
  overflow_queue: z.string().max(50).nullable(),
  callback_after_seconds: z.number().int().min(1).max(3600).nullable(),
  hours: z.string().max(200).meta({ description: 'Opening hours, `08:00-20:00` or `08:00-12:00,16:00-22:00`' }),
  closed_action: z.enum(['message', 'callback', 'voicemail']),
  greeting: greetingSchema,
  active: z.boolean(),
};

export const queueBody = z.object(queueFields).strict();
export const queueSchema = z
  .object({ code: z.string(), ...queueFields, name_ar: z.string(), name_en: z.string(), updated_at: z.iso.datetime() })
  .meta({ id: 'CallQueue', description: 'An inbound queue: its skill, routing, service level, hours' });

const breakFields = {
  name_ar: text(100),
  name_en: text(100),
  limit_minutes: z.number().int().min(1).max(600).nullable(),
  sort: z.number().int().min(0).max(99),
  active: z.boolean(),
};
export const breakReasonBody = z.object(breakFields).strict();
export const breakReasonAdminSchema = z
  .object({
    code: z.string(),
    ...breakFields,
    name_ar: z.string(),
    name_en: z.string(),
    system: z.boolean().meta({ description: 'Set by the telephone itself (missed call …): cannot be switched off' }),
  })
  .meta({ id: 'BreakReasonAdmin' });

export const ivrMenuSummarySchema = z
  .object({
    code: z.string(),
    name: z.string(),
    version: z.number().int(),
    updated_at: z.iso.datetime(),
    updated_by: z.string().nullable(),
    dnis: z.array(z.string()).meta({ description: 'The numbers routed to this menu' }),
  })
  .meta({ id: 'IvrMenuSummary' });
export const ivrMenuSchema = ivrMenuSummarySchema.extend({ tree: ivrNodeSchema }).meta({ id: 'IvrMenu' });
export const ivrMenuBody = z.object({ name: text(100), tree: ivrNodeSchema }).strict();

const tryInput = z.union([z.enum(['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '*', '#']), z.literal('timeout')]);
export const ivrTryBody = z
  .object({
    tree: ivrNodeSchema,
    inputs: z.array(tryInput).max(50).meta({ description: 'Keys pressed, or `timeout` for silence, in order' }),
  })
  .strict();
export const ivrTryStepSchema = z
  .object({
    input: z.string().nullable().meta({ description: 'The key or timeout that led here (null: the call came in)' }),
    menu: z.string(),
    path: z.string().meta({ description: 'Where in the tree (`options.1.next`); empty for the root' }),
    action: z.enum(['play', 'collect', 'queue', 'callback', 'lookup', 'hangup']),
    prompt_ar: z.string().nullable(),
    prompt_en: z.string().nullable(),
    queue: z.string().nullable(),
    reason: z.string().nullable().meta({ description: 'hangup: finished, no_choice, unknown_menu, loop' }),
  })
  .meta({ id: 'IvrTryStep' });
export const ivrTryResultSchema = z
  .object({
    steps: z.array(ivrTryStepSchema),
    finished: z.boolean().meta({ description: 'The call left the IVR (false: it still waits for a key)' }),
  })
  .meta({ id: 'IvrTryResult' });

export const dialRouteSchema = z
  .object({
    dnis: z.string(),
    target_kind: z.enum(['ivr', 'queue', 'campaign']),
    target: z.string(),
    note: z.string().nullable(),
    updated_at: z.iso.datetime(),
  })
  .meta({ id: 'DialRoute' });
export const dialRouteBody = z
  .object({
    target_kind: z.enum(['ivr', 'queue']),
    target: z.string().min(1).max(50),
    note: z.string().max(200).nullable().optional(),
  })
  .strict();

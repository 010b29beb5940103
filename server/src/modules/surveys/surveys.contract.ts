import { z } from 'zod';
import { questionnaireSchema, TEXT_ANSWER_MAX } from './domain/questionnaire.ts';

// The surveys API's shapes, in and out (the OpenAPI document and the web's types come from these).

export const surveyStatuses = ['draft', 'active', 'archived'] as const;

const settingsFields = {
  name: z.string().trim().min(1).max(200),
  status: z.enum(surveyStatuses).optional(),
  after_ticket: z.boolean().optional(),
  after_call: z.boolean().optional(),
  sampling_percent: z.number().int().min(0).max(100).optional(),
  cooldown_days: z.number().int().min(0).max(365).optional(),
  link_days: z.number().int().min(1).max(90).optional(),
  briefing: z.string().max(5000).optional(),
};

export const createSurveySchema = z.object({ ...settingsFields, definition: questionnaireSchema }).strict();
export const updateSurveySchema = z
  .object({ ...settingsFields, name: settingsFields.name.optional(), definition: questionnaireSchema.optional() })
  .strict();
export const previewSchema = z
  .object({ definition: questionnaireSchema, language: z.enum(['ar', 'en']).default('ar') })
  .strict();

const answerValue = z.union([
  z.number().int().min(-1000).max(1000),
  z.boolean(),
  z.string().max(TEXT_ANSWER_MAX),
  z.array(z.string().max(40)).max(20),
]);
export const answersSchema = z.record(z.string().max(40), answerValue.nullable());

export const publicAnswersSchema = z
  .object({ answers: answersSchema.refine((a) => Object.keys(a).length <= 100), complete: z.boolean().default(false) })
  .strict();

export const manualResponseSchema = z
  .object({
    customer_no: z.string().trim().min(1).max(40).optional(),
    channel: z.enum(['phone', 'paper']),
    version_id: z.uuid().optional(),
    answers: answersSchema,
  })
  .strict();

export const invitationRequestSchema = z
  .object({
    customer_no: z.string().trim().min(1).max(40),
    channel: z.enum(['sms', 'email', 'link']),
    language: z.enum(['ar', 'en']).default('ar'),
  })
  .strict();

export const analysisQuerySchema = z
  .object({
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    channel: z.enum(['sms', 'email', 'link', 'phone', 'paper']).optional(),
    q: z.string().max(200).optional(),
  })
  .strict();

// ---- out ----

const wordingOut = z.object({ ar: z.string(), en: z.string() });
export const questionnaireOut = z.object({
  title: wordingOut,
  intro: wordingOut,
  thanks: wordingOut,
  sections: z.array(
    z.object({
      title: wordingOut,
      questions: z.array(
        z.object({
          key: z.string(),
          type: z.enum(['rating', 'nps', 'ces', 'yes_no', 'single', 'multiple', 'text']),
          text: wordingOut,
          required: z.boolean(),
          options: z.array(z.object({ key: z.string(), label: wordingOut })).optional(),
          show_if: z
            .object({ question: z.string(), values: z.array(z.union([z.number(), z.boolean(), z.string()])) })
            .optional(),
        }),
      ),
    }),
  ),
});

export const surveySummarySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    status: z.enum(surveyStatuses),
    after_ticket: z.boolean(),
    after_call: z.boolean(),
    sampling_percent: z.number().int(),
    cooldown_days: z.number().int(),
    link_days: z.number().int(),
    version: z.number().int(),
    updated_at: z.string(),
  })
  .meta({ id: 'SurveySummary' });

export const surveySchema = surveySummarySchema
  .extend({
    briefing: z.string(),
    version_id: z.uuid(),
    definition: questionnaireOut,
    versions: z.array(z.object({ id: z.uuid(), number: z.number().int(), created_at: z.string() })),
    acknowledgements: z.array(z.object({ user_id: z.uuid(), name: z.string(), acknowledged_at: z.string() })),
    acknowledged_by_me: z.boolean(),
  })
  .meta({ id: 'Survey' });

export const invitationResultSchema = z.object({
  id: z.uuid(),
  channel: z.enum(['sms', 'email', 'link']),
  expires_at: z.string(),
  /** Only for `link`: the address to give the customer by hand. */
  url: z.string().nullable(),
});

export const savedResponseSchema = z.object({ id: z.uuid(), completed: z.boolean() });

const countRow = z.object({ value: z.string(), count: z.number().int() });
export const analysisSchema = z
  .object({
    invited: z.number().int(),
    completed: z.number().int(),
    response_rate: z.number().nullable(),
    csat: z.object({ count: z.number().int(), positive: z.number().int(), percent: z.number().nullable() }),
    nps: z.object({
      count: z.number().int(),
      promoters: z.number().int(),
      passives: z.number().int(),
      detractors: z.number().int(),
      score: z.number().nullable(),
    }),
    ces: z.object({ count: z.number().int(), average: z.number().nullable() }),
    questions: z.array(
      z.object({
        key: z.string(),
        type: z.string(),
        text: z.string(),
        answered: z.number().int(),
        distribution: z.array(countRow),
      }),
    ),
    by_channel: z.array(
      z.object({
        channel: z.string(),
        completed: z.number().int(),
        csat: z.number().nullable(),
        nps: z.number().nullable(),
      }),
    ),
    by_agent: z.array(
      z.object({
        agent: z.string(),
        completed: z.number().int(),
        csat: z.number().nullable(),
        nps: z.number().nullable(),
      }),
    ),
    by_category: z.array(
      z.object({
        category: z.string(),
        completed: z.number().int(),
        csat: z.number().nullable(),
        nps: z.number().nullable(),
      }),
    ),
    by_week: z.array(
      z.object({
        week: z.string(),
        completed: z.number().int(),
        csat: z.number().nullable(),
        nps: z.number().nullable(),
      }),
    ),
    texts: z.array(z.object({ question: z.string(), text: z.string(), channel: z.string(), completed_at: z.string() })),
  })
  .meta({ id: 'SurveyAnalysis' });

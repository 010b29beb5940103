import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../http/access.ts';
import type { AppContext } from '../../http/context.ts';
import { binary, errors, xlsxType } from '../../http/contract.ts';
import type { Role } from '../users/index.ts';
import { analyseSurvey, exportSurvey } from './analysis.service.ts';
import { inviteCustomer, surveysDepsOf } from './invitations.service.ts';

export { surveysDepsOf };
import { surveyPageScript } from './public-page-script.ts';
import { SURVEY_SCRIPT_PATH } from './public-page.ts';
import { enterResponse, openLink, saveLinkAnswers } from './responses.service.ts';
import {
  analysisQuerySchema,
  analysisSchema,
  createSurveySchema,
  invitationRequestSchema,
  invitationResultSchema,
  manualResponseSchema,
  previewSchema,
  publicAnswersSchema,
  savedResponseSchema,
  surveySchema,
  surveySummarySchema,
  updateSurveySchema,
} from './surveys.contract.ts';
import {
  acknowledgeBriefing,
  createSurvey,
  getSurvey,
  listSurveys,
  previewSurvey,
  updateSurvey,
} from './surveys.service.ts';

const builders: readonly Role[] = ['manager', 'supervisor'];
const readers: readonly Role[] = ['admin', 'manager', 'supervisor'];
/** Who runs surveys by phone and types in paper forms (Q3, Q4); agents after the briefing. */
const enterers: readonly Role[] = ['manager', 'supervisor', 'agent'];
const briefed: readonly Role[] = ['manager', 'supervisor', 'agent'];

const idParams = z.object({ id: z.uuid() }).strict();
const tokenParams = z.object({ token: z.string().max(64) }).strict();
const base = '/api/v1/surveys';

export async function surveysRoutes(instance: FastifyInstance, ctx: AppContext) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const tags = ['surveys'];
  const deps = surveysDepsOf(ctx);

  app.get(
    base,
    {
      schema: {
        operationId: 'listSurveys',
        tags,
        summary: 'Surveys with their current version',
        response: { 200: z.object({ items: z.array(surveySummarySchema) }) },
      },
      config: { access: [...new Set([...readers, ...enterers])] },
    },
    async () => listSurveys(ctx.database),
  );
  app.post(
    base,
    {
      schema: {
        operationId: 'createSurvey',
        tags,
        summary: 'Build a survey (its first version)',
        body: createSurveySchema,
        response: { 201: surveySchema },
      },
      config: { access: builders },
    },
    async (request, reply) => reply.code(201).send(await createSurvey(ctx.database, actorOf(request), request.body)),
  );
  app.post(
    `${base}/preview`,
    {
      schema: {
        operationId: 'previewSurvey',
        tags,
        summary: 'The public page as the customer will see it (HTML, nothing saved)',
        body: previewSchema,
        response: { 200: z.object({ html: z.string() }) },
      },
      config: { access: builders },
    },
    async (request) => previewSurvey(request.body),
  );
  app.get(
    `${base}/:id`,
    {
      schema: {
        operationId: 'getSurvey',
        tags,
        summary: 'A survey: its current questionnaire, versions, briefing and who acknowledged it',
        params: idParams,
        response: { 200: surveySchema, ...errors(404) },
      },
      config: { access: [...new Set([...readers, ...enterers])] },
    },
    async (request) => getSurvey(ctx.database, request.params.id, actorOf(request).id ?? undefined),
  );
  app.put(
    `${base}/:id`,
    {
      schema: {
        operationId: 'updateSurvey',
        tags,
        summary: 'Change a survey; a questionnaire already answered or sent becomes a new version',
        params: idParams,
        body: updateSurveySchema,
        response: { 200: surveySchema, ...errors(404) },
      },
      config: { access: builders },
    },
    async (request) => updateSurvey(ctx.database, actorOf(request), request.params.id, request.body),
  );
  app.post(
    `${base}/:id/briefing/acknowledge`,
    {
      schema: {
        operationId: 'acknowledgeSurveyBriefing',
        tags,
        summary: 'I read the survey’s briefing (recorded and shown to supervisors)',
        params: idParams,
        response: { 200: surveySchema, ...errors(404) },
      },
      config: { access: briefed },
    },
    async (request) => acknowledgeBriefing(ctx.database, actorOf(request), request.params.id),
  );
  app.post(
    `${base}/:id/invitations`,
    {
      schema: {
        operationId: 'inviteToSurvey',
        tags,
        summary: 'Invite a customer by SMS or email, or make a link to hand over (single use, expires)',
        params: idParams,
        body: invitationRequestSchema,
        response: { 201: invitationResultSchema, ...errors(404, 409) },
      },
      config: { access: builders },
    },
    async (request, reply) =>
      reply.code(201).send(await inviteCustomer(deps, actorOf(request), request.params.id, request.body)),
  );
  app.post(
    `${base}/:id/responses`,
    {
      schema: {
        operationId: 'enterSurveyResponse',
        tags,
        summary: 'Enter answers given on paper or by phone (marked with their channel and who entered them)',
        params: idParams,
        body: manualResponseSchema,
        response: { 201: savedResponseSchema, ...errors(404, 409) },
      },
      config: { access: enterers },
    },
    async (request, reply) =>
      reply.code(201).send(await enterResponse(ctx.database, actorOf(request), request.params.id, request.body)),
  );
  app.get(
    `${base}/:id/analysis`,
    {
      schema: {
        operationId: 'getSurveyAnalysis',
        tags,
        summary: 'Response rate, CSAT, NPS, CES, distributions, by channel/agent/category/week, free texts',
        params: idParams,
        querystring: analysisQuerySchema,
        response: { 200: analysisSchema, ...errors(404) },
      },
      config: { access: readers },
    },
    async (request) =>
      analyseSurvey(ctx.database, request.params.id, request.query, await ctx.settings.get('timezone')),
  );
  app.get(
    `${base}/:id/export.xlsx`,
    {
      schema: {
        operationId: 'exportSurveyResponses',
        tags,
        summary: 'Responses and figures as XLSX (right-to-left, numbers as numbers); audited',
        params: idParams,
        querystring: analysisQuerySchema,
        response: { 200: binary('The responses', xlsxType), ...errors(404) },
      },
      config: { access: readers },
    },
    async (request, reply) => {
      const file = await exportSurvey(
        ctx.database,
        actorOf(request),
        request.params.id,
        request.query,
        await ctx.settings.get('timezone'),
      );
      return reply
        .header('content-type', xlsxType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .send(file.content);
    },
  );

  // ---- the customer's side: no sign-in ----
  app.get(
    '/s/:token',
    { schema: { hide: true, params: tokenParams }, config: { access: 'public' } },
    async (request, reply) => {
      const page = await openLink(ctx.database, request.params.token);
      return reply
        .code(page.status)
        .header('cache-control', 'no-store')
        .header('referrer-policy', 'no-referrer')
        .type('text/html; charset=utf-8')
        .send(page.html);
    },
  );
  app.get(
    SURVEY_SCRIPT_PATH,
    {
      schema: {
        operationId: 'surveyPageScript',
        tags,
        summary: 'The survey page’s script',
        produces: ['text/javascript'],
        response: { 200: z.string() },
      },
      config: { access: 'public' },
    },
    async (_request, reply) =>
      reply
        .header('cache-control', 'public, max-age=300')
        .type('text/javascript; charset=utf-8')
        .send(surveyPageScript),
  );
  app.post(
    '/api/v1/public/surveys/:token/answers',
    {
      schema: {
        operationId: 'answerSurvey',
        tags,
        summary: 'The customer’s answers through the link, saved as given; `complete` finishes',
        params: tokenParams,
        body: publicAnswersSchema,
        response: { 200: savedResponseSchema, ...errors(404, 409, 410) },
      },
      config: { access: 'public', rateLimit: { max: 120, timeWindow: '1 minute' } },
    },
    async (request) => saveLinkAnswers(ctx.database, request.params.token, request.body),
  );
}

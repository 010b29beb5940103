import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireAuth } from '../../http/access.ts';
import type { AppContext } from '../../http/context.ts';
import { binary, errors, xlsxType } from '../../http/contract.ts';
import type { Role } from '../users/index.ts';
import { todayIn } from '../customers/index.ts';
import { findApprovedTemplatesOf, findMarketingListsForCampaigns } from './marketing.lookups.ts';
import {
  createCampaign,
  endCampaign,
  getCampaign,
  launchCampaign,
  listCampaigns,
  marketingDepsOf,
  pauseCampaign,
  recordResponse,
  updateCampaign,
} from './campaigns.service.ts';
import {
  campaignSchema,
  createCampaignSchema,
  createOfferSchema,
  itemOfferSchema,
  launchResultSchema,
  marketingTemplateSchema,
  offerSchema,
  offersQuerySchema,
  responseInputSchema,
  resultsSchema,
  targetListSchema,
  updateCampaignSchema,
  updateOfferSchema,
} from './marketing.contract.ts';
import { createOffer, getOffer, listOffers, offerForItem, updateOffer } from './offers.service.ts';
import { campaignResults, exportCampaignResults } from './results.service.ts';

/** دائرة التسويق owns offers and campaigns; the manager (and the admin) with it. */
const owners: readonly Role[] = ['admin', 'manager', 'marketing'];
/** Who reads the offers: the owners, and the people who call about them (التعرف على العروض). */
const offerReaders: readonly Role[] = ['admin', 'manager', 'marketing', 'supervisor', 'agent'];
/** Campaigns and their results: the owners, and supervisors who run the phone channel. */
const campaignReaders: readonly Role[] = ['admin', 'manager', 'marketing', 'supervisor'];

const idParams = z.object({ id: z.uuid() }).strict();
const base = '/api/v1/marketing';

export async function marketingRoutes(instance: FastifyInstance, ctx: AppContext) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const tags = ['marketing'];
  const deps = marketingDepsOf(ctx);
  const today = async () => todayIn(await ctx.settings.get('timezone'));
  const isOwner = (role: string) => (owners as readonly string[]).includes(role);

  // ---- offers ----
  app.get(
    `${base}/offers`,
    {
      schema: {
        operationId: 'listMarketingOffers',
        tags,
        summary: 'Offers and products (agents: the active ones, with script and FAQ)',
        querystring: offersQuerySchema,
        response: { 200: z.object({ items: z.array(offerSchema) }) },
      },
      config: { access: offerReaders },
    },
    async (request) => {
      const status = isOwner(requireAuth(request).user.role) ? request.query.status : 'active';
      return listOffers(ctx.database, status, await today());
    },
  );
  app.post(
    `${base}/offers`,
    {
      schema: {
        operationId: 'createMarketingOffer',
        tags,
        summary: 'Create an offer (audited)',
        body: createOfferSchema,
        response: { 201: offerSchema },
      },
      config: { access: owners },
    },
    async (request, reply) =>
      reply.code(201).send(await createOffer(ctx.database, actorOf(request), request.body, await today())),
  );
  app.get(
    `${base}/offers/:id`,
    {
      schema: {
        operationId: 'getMarketingOffer',
        tags,
        summary: 'One offer with its script and FAQ',
        params: idParams,
        response: { 200: offerSchema, ...errors(404) },
      },
      config: { access: offerReaders },
    },
    async (request) =>
      getOffer(ctx.database, request.params.id, await today(), !isOwner(requireAuth(request).user.role)),
  );
  app.put(
    `${base}/offers/:id`,
    {
      schema: {
        operationId: 'updateMarketingOffer',
        tags,
        summary: 'Change or archive an offer (audited)',
        params: idParams,
        body: updateOfferSchema,
        response: { 200: offerSchema, ...errors(404) },
      },
      config: { access: owners },
    },
    async (request) => updateOffer(ctx.database, actorOf(request), request.params.id, request.body, await today()),
  );
  app.get(
    `${base}/work-items/:id/offer`,
    {
      schema: {
        operationId: 'getOfferOfMyItem',
        tags,
        summary: 'The offer and campaign behind one of my work items (the panel beside the call)',
        params: idParams,
        response: { 200: itemOfferSchema, ...errors(404) },
      },
      config: { access: ['agent'] },
    },
    async (request) => offerForItem(ctx.database, requireAuth(request).user.id, request.params.id, await today()),
  );

  // ---- what a campaign is built from ----
  app.get(
    `${base}/target-lists`,
    {
      schema: {
        operationId: 'listMarketingTargetLists',
        tags,
        summary: 'The marketing work lists a campaign can target, with their approval',
        response: { 200: z.object({ items: z.array(targetListSchema) }) },
      },
      config: { access: campaignReaders },
    },
    async () => ({ items: await findMarketingListsForCampaigns(ctx.database) }),
  );
  app.get(
    `${base}/templates`,
    {
      schema: {
        operationId: 'listMarketingTemplates',
        tags,
        summary: 'The approved message templates of purpose marketing',
        response: { 200: z.object({ items: z.array(marketingTemplateSchema) }) },
      },
      config: { access: campaignReaders },
    },
    async () => ({ items: await findApprovedTemplatesOf(ctx.database) }),
  );

  // ---- campaigns ----
  app.get(
    `${base}/campaigns`,
    {
      schema: {
        operationId: 'listMarketingCampaigns',
        tags,
        summary: 'Campaigns, newest first',
        response: { 200: z.object({ items: z.array(campaignSchema) }) },
      },
      config: { access: campaignReaders },
    },
    async () => listCampaigns(ctx.database),
  );
  app.post(
    `${base}/campaigns`,
    {
      schema: {
        operationId: 'createMarketingCampaign',
        tags,
        summary: 'Create a campaign (draft) for an offer over a marketing target list',
        body: createCampaignSchema,
        response: { 201: campaignSchema, ...errors(403, 409) },
      },
      config: { access: owners },
    },
    async (request, reply) => reply.code(201).send(await createCampaign(deps, actorOf(request), request.body)),
  );
  app.get(
    `${base}/campaigns/:id`,
    {
      schema: {
        operationId: 'getMarketingCampaign',
        tags,
        summary: 'One campaign',
        params: idParams,
        response: { 200: campaignSchema, ...errors(404) },
      },
      config: { access: campaignReaders },
    },
    async (request) => getCampaign(ctx.database, request.params.id),
  );
  app.put(
    `${base}/campaigns/:id`,
    {
      schema: {
        operationId: 'updateMarketingCampaign',
        tags,
        summary: 'Change a campaign (after launch: only its name, rates, SMS price and agents)',
        params: idParams,
        body: updateCampaignSchema,
        response: { 200: campaignSchema, ...errors(403, 404, 409) },
      },
      config: { access: owners },
    },
    async (request) => updateCampaign(ctx.database, actorOf(request), request.params.id, request.body),
  );
  app.post(
    `${base}/campaigns/:id/launch`,
    {
      schema: {
        operationId: 'launchMarketingCampaign',
        tags,
        summary: 'Launch or resume: needs an approved target list; plans, deals the phone items, sends the first batch',
        params: idParams,
        response: { 200: launchResultSchema, ...errors(404, 409) },
      },
      config: { access: owners },
    },
    async (request) => launchCampaign(deps, actorOf(request), request.params.id),
  );
  app.post(
    `${base}/campaigns/:id/pause`,
    {
      schema: {
        operationId: 'pauseMarketingCampaign',
        tags,
        summary: 'Pause: no more messages go out until it is resumed',
        params: idParams,
        response: { 200: campaignSchema, ...errors(404, 409) },
      },
      config: { access: owners },
    },
    async (request) => pauseCampaign(ctx.database, actorOf(request), request.params.id),
  );
  app.post(
    `${base}/campaigns/:id/end`,
    {
      schema: {
        operationId: 'endMarketingCampaign',
        tags,
        summary: 'End: what was not sent yet is not sent',
        params: idParams,
        response: { 200: campaignSchema, ...errors(404, 409) },
      },
      config: { access: owners },
    },
    async (request) => endCampaign(ctx.database, actorOf(request), request.params.id),
  );
  app.post(
    `${base}/campaigns/:id/responses`,
    {
      schema: {
        operationId: 'recordMarketingResponse',
        tags,
        summary: 'A customer answered a campaign message: interested, not interested, or a sale with its amount',
        params: idParams,
        body: responseInputSchema,
        response: {
          201: z.object({ channel: z.enum(['sms', 'email']), outcome: responseInputSchema.shape.outcome }),
          ...errors(404, 409),
        },
      },
      config: { access: owners },
    },
    async (request, reply) =>
      reply.code(201).send(await recordResponse(deps, actorOf(request), request.params.id, request.body)),
  );
  app.get(
    `${base}/campaigns/:id/results`,
    {
      schema: {
        operationId: 'getMarketingCampaignResults',
        tags,
        summary:
          'Reached, interested, sales, amount, conversion, opt-outs, cost per sale — by channel, agent, A/B variant',
        params: idParams,
        response: { 200: resultsSchema, ...errors(404) },
      },
      config: { access: campaignReaders },
    },
    async (request) => campaignResults(ctx.database, request.params.id),
  );
  app.get(
    `${base}/campaigns/:id/export.xlsx`,
    {
      schema: {
        operationId: 'exportMarketingCampaignResults',
        tags,
        summary: 'The results as XLSX (right-to-left); audited',
        params: idParams,
        response: { 200: binary('The results', xlsxType), ...errors(404) },
      },
      config: { access: campaignReaders },
    },
    async (request, reply) => {
      const file = await exportCampaignResults(ctx.database, actorOf(request), request.params.id);
      return reply
        .header('content-type', xlsxType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .send(file.content);
    },
  );
}

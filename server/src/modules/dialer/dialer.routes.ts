// The supervisor's campaign dialer (SPEC T3, issue #13 parts 5 and 7): start and stop a phone
// work list's dialing with a mode, and watch every running campaign live.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireAuth } from '../../http/access.ts';
import type { AppContext } from '../../http/context.ts';
import { errors } from '../../http/contract.ts';
import { audit } from '../audit/index.ts';
import { campaignSchema, campaignsSchema, startBody } from './dialer.contract.ts';
import type { CampaignFigures } from './runtime/campaign-dialer.ts';
import { dialerOf } from './runtime/dialer.instance.ts';

const runRoles = ['supervisor', 'manager'] as const;
const watchRoles = ['supervisor', 'manager', 'admin'] as const;
const tags = ['dialer'];

const view = (f: CampaignFigures) => ({
  list_id: f.listId,
  mode: f.mode,
  started_at: f.startedAt.toISOString(),
  blocked: f.blocked,
  placed: f.day.placed,
  answered: f.day.answered,
  abandoned: f.day.abandoned,
  unanswered: f.day.unanswered,
  dial_level: Math.round(f.dialLevel * 100) / 100,
  answer_rate: f.answerRate === null ? null : Math.round(f.answerRate * 1000) / 1000,
  abandon_rate: Math.round(f.abandonRate * 1000) / 1000,
  agents: f.agents.map((a) => ({
    agent: a.agent,
    state: a.state,
    since: a.since.toISOString(),
    on_campaign_call: a.onCampaignCall,
  })),
  calls: f.calls.map((c) => ({
    call_id: c.callId,
    agent: c.agent,
    status: c.status,
    started_at: c.startedAt.toISOString(),
    connected_at: c.connectedAt?.toISOString() ?? null,
  })),
});

export async function dialerRoutes(instance: FastifyInstance, ctx: AppContext) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const params = z.object({ id: z.uuid() });

  app.post(
    '/api/v1/dialer/lists/:id/start',
    {
      schema: {
        operationId: 'startListDialing',
        tags,
        summary: 'Dial a phone work list’s open items for its agents, or change the mode; audited',
        params,
        body: startBody,
        response: { 200: campaignSchema, ...errors(404, 409, 503) },
      },
      config: { access: runRoles },
    },
    async (request) => {
      const user = requireAuth(request).user;
      const figures = await dialerOf(ctx).start(request.params.id, request.body.mode, user.username);
      await audit(ctx.database.db, actorOf(request), 'dialer.start', {
        entity: 'work_list',
        id: request.params.id,
        after: { mode: request.body.mode },
      });
      return view(figures);
    },
  );

  app.post(
    '/api/v1/dialer/lists/:id/stop',
    {
      schema: {
        operationId: 'stopListDialing',
        tags,
        summary: 'Stop placing calls for a work list (calls up go on to their end); audited',
        params,
        body: z.object({}).strict(),
        response: { 200: z.object({ stopped: z.boolean() }) },
      },
      config: { access: runRoles },
    },
    async (request) => {
      const stopped = dialerOf(ctx).stop(request.params.id);
      if (stopped)
        await audit(ctx.database.db, actorOf(request), 'dialer.stop', { entity: 'work_list', id: request.params.id });
      return { stopped };
    },
  );

  app.get(
    '/api/v1/dialer/campaigns',
    {
      schema: {
        operationId: 'listDialerCampaigns',
        tags,
        summary: 'Every work list being dialed: dial level, answer and abandon rates today, agents, calls up',
        response: { 200: campaignsSchema },
      },
      config: { access: watchRoles },
    },
    async () => {
      const dialer = dialerOf(ctx);
      const all = await Promise.all(dialer.running().map((id) => dialer.figures(id)));
      return { campaigns: all.filter((f) => f !== null).map(view) };
    },
  );
}

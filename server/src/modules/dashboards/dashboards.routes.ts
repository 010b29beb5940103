import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireAuth } from '../../http/access.ts';
import type { AppContext } from '../../http/context.ts';
import {
  agentDashboardSchema,
  centerDashboardSchema,
  teamDashboardSchema,
  wallboardDaySchema,
  wallboardSchema,
} from './dashboards.contract.ts';
import { agentDashboard, centerDashboard, teamDashboard } from './role-dashboards.service.ts';
import { closeWallboardFeed } from './wallboard-feed.ts';
import { wallboard, wallboardDay, wallboardRoles } from './wallboard.service.ts';

// لوحة العرض المباشر ولوحات الأدوار — the live wallboard (K2) and each role's home dashboard.
// Screens reload them on the live socket's call.updated / agent.state / ticket.changed events.

const tags = ['dashboards'];

export async function dashboardsRoutes(instance: FastifyInstance, ctx: AppContext) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  app.addHook('onClose', async () => closeWallboardFeed(ctx.database));

  app.get(
    '/api/v1/wallboard',
    {
      schema: {
        operationId: 'getWallboard',
        tags,
        summary:
          'The live wallboard: per queue the calls waiting, longest wait, agents by state and today’s service level, ASA, abandonment and AHT (SPEC K1 formulas), with the colour thresholds',
        response: { 200: wallboardSchema },
      },
      config: { access: wallboardRoles },
    },
    async () => wallboard(ctx),
  );

  app.get(
    '/api/v1/wallboard/day',
    {
      schema: {
        operationId: 'getWallboardDay',
        tags,
        summary: 'The day’s tickets (open, past and near their SLA) and collections beside the wallboard',
        response: { 200: wallboardDaySchema },
      },
      config: { access: wallboardRoles },
    },
    async () => wallboardDay(ctx),
  );

  app.get(
    '/api/v1/dashboards/agent',
    {
      schema: {
        operationId: 'getAgentDashboard',
        tags,
        summary:
          'My day: calls I answered and their AHT against my targets, my attempts’ outcomes, promises, my tickets',
        response: { 200: agentDashboardSchema },
      },
      config: { access: ['agent', 'supervisor'] },
    },
    async (request) => agentDashboard(ctx, requireAuth(request).user),
  );

  app.get(
    '/api/v1/dashboards/team',
    {
      schema: {
        operationId: 'getTeamDashboard',
        tags,
        summary: 'The team now: its agents’ states and calls today (the supervisor’s teams; everyone without one)',
        response: { 200: teamDashboardSchema },
      },
      config: { access: ['supervisor', 'manager', 'admin'] },
    },
    async (request) => teamDashboard(ctx, requireAuth(request).user),
  );

  app.get(
    '/api/v1/dashboards/center',
    {
      schema: {
        operationId: 'getCenterDashboard',
        tags,
        summary:
          'The center today — calls and service level, SMS sent and delivered, tickets near their SLA, collections progress — and its last seven days',
        response: { 200: centerDashboardSchema },
      },
      config: { access: ['manager', 'admin'] },
    },
    async () => centerDashboard(ctx),
  );
}

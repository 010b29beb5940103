import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../http/access.ts';
import type { AppContext } from '../../http/context.ts';
import { settingSchemas } from './domain/settings-definitions.ts';

export async function settingsRoutes(instance: FastifyInstance, ctx: AppContext) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const tags = ['settings'];

  // Every signed-in user reads settings (company name, time zone, currency shape every screen).
  app.get(
    '/api/v1/settings',
    {
      schema: { tags, summary: 'All settings, with defaults and environment overrides' },
      config: { access: 'authenticated' },
    },
    async () => ({
      items: await ctx.settings.describe(),
    }),
  );

  app.patch(
    '/api/v1/settings',
    {
      schema: {
        tags,
        summary: 'Change settings (values set by the environment cannot be changed)',
        body: z.object(settingSchemas).partial().strict(),
      },
      config: { access: ['admin', 'manager'] },
    },
    async (request) => ({ items: await ctx.settings.update(actorOf(request), request.body) }),
  );
}

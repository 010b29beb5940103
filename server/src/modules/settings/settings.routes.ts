import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../http/access.ts';
import type { AppContext } from '../../http/context.ts';
import { errors } from '../../http/contract.ts';
import { settingSchemas } from './domain/settings-definitions.ts';

const settingsSchema = z
  .object({
    items: z.array(
      z.object({
        key: z.string(),
        value: z.unknown(),
        default: z.unknown(),
        overridden_by: z.string().nullable().meta({ description: 'The environment variable that sets it, if any' }),
        env: z.string(),
      }),
    ),
  })
  .meta({ id: 'Settings' });

export async function settingsRoutes(instance: FastifyInstance, ctx: AppContext) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const tags = ['settings'];

  // Every signed-in user reads settings (company name, time zone, currency shape every screen).
  app.get(
    '/api/v1/settings',
    {
      schema: {
        operationId: 'getSettings',
        tags,
        summary: 'All settings, with defaults and environment overrides',
        response: { 200: settingsSchema },
      },
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
        operationId: 'updateSettings',
        tags,
        summary: 'Change settings (values set by the environment cannot be changed)',
        body: z.object(settingSchemas).partial().strict(),
        response: { 200: settingsSchema, ...errors(409) },
      },
      config: { access: ['admin', 'manager'] },
    },
    async (request) => ({ items: await ctx.settings.update(actorOf(request), request.body) }),
  );
}

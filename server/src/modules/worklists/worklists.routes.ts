import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../http/access.ts';
import type { AppContext } from '../../http/context.ts';
import { binary, errors, xlsxType } from '../../http/contract.ts';
import { AppError } from '../../http/errors.ts';
import { uploadedFile } from '../../http/upload.ts';
import { rejectionReportCsv, rejectionReportXlsx, sharedImportRunner, todayIn } from '../customers/index.ts';
import {
  approveList,
  catalogQuery,
  createListFromFilter,
  discardList,
  fromFilterSchema,
  getList,
  listCatalog,
  newListSchema,
  previewFilterCount,
  previewSchema,
} from './list-building.service.ts';
import { createListFromTargets } from './target-import.service.ts';
import { previewCountSchema, workListSchema, workListsSchema } from './worklists.contract.ts';

// The lists page (SPEC L1): lists made by people from a filter or a target file, their approval
// and who/when at each step. Distributing and sending stay with their routes (collections'
// /worklists/:id/distribute and /send), which refuse a list not approved.

const builders = ['admin', 'manager', 'supervisor', 'marketing'] as const;
/** Approval is a supervisor's or a manager's (SPEC §1: the supervisor prepares and approves work lists). */
const approvers = ['manager', 'supervisor'] as const;
const idParams = z.object({ id: z.uuid() }).strict();
/** A target file is at most this large (a list of targets, not a customer base). */
const MAX_UPLOAD_BYTES_FOR_TARGETS = 50 * 1024 * 1024;

export async function worklistsRoutes(instance: FastifyInstance, ctx: AppContext) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const tags = ['work lists'];
  const runner = sharedImportRunner(ctx.database, ctx.settings, ctx.config.importConcurrency, instance.log);
  instance.addHook('onClose', async () => runner.close());
  const filterContext = async () => {
    const timeZone = await ctx.settings.get('timezone');
    return { timeZone, today: todayIn(timeZone) };
  };

  app.get(
    '/api/v1/work-lists',
    {
      schema: {
        operationId: 'listAllWorkLists',
        tags,
        summary: 'The newest work lists with their lifecycle step and who/when at each step',
        querystring: catalogQuery,
        response: { 200: workListsSchema },
      },
      config: { access: builders },
    },
    async (request) =>
      (await listCatalog(ctx.database, actorOf(request), request.query)) as z.input<typeof workListsSchema>,
  );

  app.get(
    '/api/v1/work-lists/:id',
    {
      schema: {
        operationId: 'getWorkList',
        tags,
        summary: 'One work list: its step, who/when, counts, filter and target-file import',
        params: idParams,
        response: { 200: workListSchema, ...errors(404) },
      },
      config: { access: builders },
    },
    async (request) =>
      (await getList(ctx.database, actorOf(request), request.params.id)) as z.input<typeof workListSchema>,
  );

  app.post(
    '/api/v1/work-lists/preview',
    {
      schema: {
        operationId: 'previewWorkList',
        tags,
        summary: 'How many customers a filter matches and how many the channel reaches, before a list is made',
        body: previewSchema,
        response: { 200: previewCountSchema, ...errors(403) },
      },
      config: { access: builders },
    },
    async (request) => previewFilterCount(ctx.database, actorOf(request), request.body, await filterContext()),
  );

  app.post(
    '/api/v1/work-lists/from-filter',
    {
      schema: {
        operationId: 'createWorkListFromFilter',
        tags,
        summary: 'Create a draft list of every reachable customer of a filter (audited)',
        body: fromFilterSchema,
        response: { 201: workListSchema, ...errors(403) },
      },
      config: { access: builders },
    },
    async (request, reply) =>
      reply.code(201).send(
        (await createListFromFilter(ctx.database, actorOf(request), request.body, {
          ...(await filterContext()),
          currency: await ctx.settings.get('currency'),
        })) as z.input<typeof workListSchema>,
      ),
  );

  app.post(
    '/api/v1/work-lists/from-file',
    {
      schema: {
        operationId: 'createWorkListFromFile',
        tags,
        summary:
          'Create a draft list from a target file (CSV or XLSX; multipart field "file", header X-CSRF-Token): customer numbers, or new prospects with name and phone. The rows are applied in the background — poll GET /api/v1/work-lists/{id}',
        querystring: newListSchema,
        consumes: ['multipart/form-data'],
        response: {
          202: workListSchema.meta({ description: 'Accepted: the file is read in the background' }),
          ...errors(403, 413, 422),
        },
      },
      config: { access: builders, upload: true },
    },
    async (request, reply) => {
      const part = await uploadedFile(request, MAX_UPLOAD_BYTES_FOR_TARGETS);
      const path = join(tmpdir(), `tawasul-targets-${request.id}`);
      await pipeline(part.file, createWriteStream(path));
      const cleanup = () => rm(path, { force: true });
      if (part.file.truncated) {
        await cleanup();
        throw new AppError('body_too_large', {
          en: `The file is larger than ${MAX_UPLOAD_BYTES_FOR_TARGETS / 1048576} MB.`,
          ar: `حجم الملف أكبر من ${MAX_UPLOAD_BYTES_FOR_TARGETS / 1048576} ميغابايت.`,
        });
      }
      let created;
      try {
        created = await createListFromTargets(
          ctx.database,
          runner,
          actorOf(request),
          request.query,
          { path, fileName: part.filename || 'targets', cleanup },
          { currency: await ctx.settings.get('currency'), defaultCountry: 'SA' },
        );
      } catch (error) {
        await cleanup();
        throw error;
      }
      return reply
        .code(202)
        .send((await getList(ctx.database, actorOf(request), created.id)) as z.input<typeof workListSchema>);
    },
  );

  app.get(
    '/api/v1/work-lists/:id/rejections',
    {
      schema: {
        operationId: 'getWorkListRejections',
        tags,
        summary: "The target file's rejected rows (row, column, value, reason in English and Arabic) as CSV or XLSX",
        params: idParams,
        querystring: z.object({ format: z.enum(['csv', 'xlsx']).default('csv') }).strict(),
        response: { 200: binary('The rejected rows', 'text/csv', xlsxType), ...errors(404) },
      },
      config: { access: builders },
    },
    async (request, reply) => {
      const list = await getList(ctx.database, actorOf(request), request.params.id);
      if (!list.import) throw new AppError('not_found');
      const name = `targets-${list.id.slice(0, 8)}-rejected`;
      if (request.query.format === 'csv') {
        void reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${name}.csv"`);
        let body = '';
        for await (const chunk of rejectionReportCsv(ctx.database.db, list.import.id)) body += chunk;
        return reply.send(body);
      }
      void reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${name}.xlsx"`);
      reply.hijack();
      reply.raw.writeHead(200, reply.getHeaders() as Record<string, string>);
      await rejectionReportXlsx(ctx.database.db, list.import.id, reply.raw);
    },
  );

  app.post(
    '/api/v1/work-lists/:id/approve',
    {
      schema: {
        operationId: 'approveWorkList',
        tags,
        summary: 'Approve a draft list (a supervisor or manager; who and when are kept and audited)',
        params: idParams,
        response: { 200: workListSchema, ...errors(404, 409) },
      },
      config: { access: approvers },
    },
    async (request) =>
      (await approveList(ctx.database, actorOf(request), request.params.id)) as z.input<typeof workListSchema>,
  );

  app.delete(
    '/api/v1/work-lists/:id',
    {
      schema: {
        operationId: 'discardWorkList',
        tags,
        summary: 'Discard a draft list and its items (audited)',
        params: idParams,
        response: { 200: z.object({ id: z.uuid(), deleted: z.boolean() }), ...errors(403, 404, 409) },
      },
      config: { access: builders },
    },
    async (request) => discardList(ctx.database, actorOf(request), request.params.id),
  );
}

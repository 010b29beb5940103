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
import { importRunSchema } from './customers.contract.ts';
import { importKinds } from './domain/import-formats.ts';
import { ImportFormatError } from './import-file-reader.ts';
import { rejectionReportCsv, rejectionReportXlsx } from './import-report.ts';
import { findImport, findImports } from './import.repository.ts';
import { sharedImportRunner, type ImportRunner } from './import-runner.ts';
import { importErrors, type ImportError } from './import.service.ts';
import { XlsxTooLargeError } from './xlsx-limits.ts';

const importRoles = ['admin', 'manager', 'supervisor', 'it'] as const;
export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

/** The stored failure as code and message; a failure stored before codes existed shows no details. */
function safeError(error: unknown): ImportError | null {
  if (error === null || error === undefined) return null;
  const e = error as Partial<ImportError>;
  if (typeof e.code === 'string' && typeof e.message === 'string' && typeof e.message_ar === 'string')
    return { code: e.code, message: e.message, message_ar: e.message_ar };
  return importErrors.import_failed;
}

function runView(r: NonNullable<Awaited<ReturnType<typeof findImport>>>, runner: ImportRunner) {
  return {
    id: r.id,
    kind: r.kind,
    file_name: r.fileName,
    status: r.status,
    total_bytes: r.totalBytes,
    processed_bytes: r.processedBytes,
    progress:
      r.totalBytes > 0
        ? Math.min(1, r.processedBytes / r.totalBytes)
        : r.status === 'done' || r.status === 'done_with_rejections'
          ? 1
          : 0,
    /** 1 for the next to start, while the import waits in the process that received it. */
    queue_position: r.status === 'queued' ? runner.queuePosition(r.id) : null,
    rows: r.rows,
    inserted: r.inserted,
    updated: r.updated,
    unchanged: r.unchanged,
    rejected: r.rejected,
    error: safeError(r.error),
    started_at: r.startedAt.toISOString(),
    finished_at: r.finishedAt?.toISOString() ?? null,
  };
}

/** A customers/installments/payments import; another module's file (a list's targets) is read through that module. */
const isBuiltInKind = (kind: string) => (importKinds as readonly string[]).includes(kind);

export async function importsRoutes(instance: FastifyInstance, ctx: AppContext) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const tags = ['imports'];
  const config = { access: importRoles };
  const idParams = z.object({ id: z.uuid() }).strict();
  const runner = sharedImportRunner(ctx.database, ctx.settings, ctx.config.importConcurrency, instance.log);
  instance.addHook('onClose', async () => runner.close());

  app.post(
    '/api/v1/imports/:kind/uploads',
    {
      schema: {
        operationId: 'uploadImport',
        tags,
        summary:
          'Upload a CSV or XLSX file (multipart field "file", header X-CSRF-Token); the import runs in the background — poll GET /api/v1/imports/{id}',
        params: z.object({ kind: z.enum(importKinds) }).strict(),
        consumes: ['multipart/form-data'],
        response: { 202: importRunSchema.meta({ description: 'Accepted: the import runs in the background' }) },
      },
      config: { ...config, upload: true },
    },
    async (request, reply) => {
      const part = await uploadedFile(request, MAX_UPLOAD_BYTES);
      const path = join(tmpdir(), `tawasul-upload-${request.id}`);
      await pipeline(part.file, createWriteStream(path));
      if (part.file.truncated) {
        await rm(path, { force: true });
        throw new AppError('body_too_large', {
          en: `The file is larger than ${MAX_UPLOAD_BYTES / 1048576} MB.`,
          ar: `حجم الملف أكبر من ${MAX_UPLOAD_BYTES / 1048576} ميغابايت.`,
        });
      }
      let run;
      try {
        // The file is on this process's disk, so this process applies it; progress is in the database.
        run = await runner.submit({
          path,
          kind: request.params.kind,
          fileName: part.filename || 'upload',
          actor: actorOf(request),
          cleanup: () => rm(path, { force: true }),
        });
      } catch (error) {
        await rm(path, { force: true });
        if (error instanceof ImportFormatError || error instanceof XlsxTooLargeError) {
          const errors = [{ field: 'file', code: error.code, message: error.en, message_ar: error.ar }];
          throw new AppError(error instanceof XlsxTooLargeError ? 'import_too_large' : 'import_not_in_format', {
            en: error.en,
            ar: error.ar,
            errors,
          });
        }
        throw error;
      }
      return reply.code(202).send(runView(run, runner));
    },
  );

  app.get(
    '/api/v1/imports',
    {
      schema: {
        operationId: 'listImports',
        tags,
        summary: 'Recent imports with their progress',
        response: { 200: z.object({ items: z.array(importRunSchema) }) },
      },
      config,
    },
    async () => ({
      items: (await findImports(ctx.database.db, 50, importKinds)).map((r) => runView(r, runner)),
    }),
  );

  app.get(
    '/api/v1/imports/:id',
    {
      schema: {
        operationId: 'getImport',
        tags,
        summary: 'One import and its progress',
        params: idParams,
        response: { 200: importRunSchema, ...errors(404) },
      },
      config,
    },
    async (request) => {
      const run = await findImport(ctx.database.db, request.params.id);
      if (!run || !isBuiltInKind(run.kind)) throw new AppError('not_found');
      return runView(run, runner);
    },
  );

  app.get(
    '/api/v1/imports/:id/report',
    {
      schema: {
        operationId: 'getImportRejections',
        tags,
        summary: 'The rejected rows (row, column, value, reason in English and Arabic) as CSV or XLSX',
        response: {
          200: binary('The rejected rows (format=csv or xlsx)', 'text/csv', xlsxType),
          ...errors(404),
        },
        params: idParams,
        querystring: z.object({ format: z.enum(['csv', 'xlsx']).default('csv') }).strict(),
      },
      config,
    },
    async (request, reply) => {
      const run = await findImport(ctx.database.db, request.params.id);
      if (!run || !isBuiltInKind(run.kind)) throw new AppError('not_found');
      const name = `import-${run.kind}-${run.id.slice(0, 8)}-rejected`;
      if (request.query.format === 'csv') {
        void reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${name}.csv"`);
        let body = '';
        for await (const chunk of rejectionReportCsv(ctx.database.db, run.id)) body += chunk;
        return reply.send(body);
      }
      void reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${name}.xlsx"`);
      reply.hijack();
      reply.raw.writeHead(200, reply.getHeaders() as Record<string, string>);
      await rejectionReportXlsx(ctx.database.db, run.id, reply.raw);
    },
  );
}

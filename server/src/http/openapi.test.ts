import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import SwaggerParser from '@apidevtools/swagger-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument, webApiTypes, webApiTypesPath } from './openapi-document.ts';

// The API contract (issue 10): every operation is named, tagged and describes its answers; the
// document is valid OpenAPI, passes Redocly's recommended rules, and the web app's types are current.

type Operation = {
  operationId?: string;
  tags?: string[];
  security?: unknown[];
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
};
const methods = ['get', 'put', 'post', 'patch', 'delete'] as const;

let document: Record<string, unknown>;
let operations: Array<{ name: string; op: Operation }>;

beforeAll(async () => {
  document = await openApiDocument();
  const paths = document.paths as Record<string, Record<string, Operation>>;
  operations = Object.entries(paths).flatMap(([path, item]) =>
    methods.filter((m) => item[m]).map((m) => ({ name: `${m.toUpperCase()} ${path}`, op: item[m]! })),
  );
});

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1 (swagger-parser) with servers', async () => {
    await SwaggerParser.validate(structuredClone(document) as never);
    expect(document.openapi).toBe('3.1.0');
    expect(document.servers).toEqual([expect.objectContaining({ url: expect.any(String) })]);
    expect(operations.length).toBeGreaterThan(80);
  });

  it('names and tags every operation, each name once', () => {
    const unnamed = operations.filter(({ op }) => !op.operationId).map((o) => o.name);
    const untagged = operations.filter(({ op }) => !op.tags?.length).map((o) => o.name);
    expect(unnamed).toEqual([]);
    expect(untagged).toEqual([]);
    const ids = operations.map(({ op }) => op.operationId!);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(ids.filter((id) => !/^[a-z][a-zA-Z0-9]*$/.test(id))).toEqual([]);
  });

  it('describes a success answer with its schema, and the 4xx, of every operation', () => {
    const problems: string[] = [];
    for (const { name, op } of operations) {
      const responses = Object.entries(op.responses ?? {});
      const success = responses.filter(([status]) => status.startsWith('2'));
      if (success.length === 0) problems.push(`${name}: no 2xx`);
      for (const [status, response] of success) {
        if (status === '204') {
          if (response.content) problems.push(`${name}: 204 with a body`);
          continue;
        }
        const media = Object.values(response.content ?? {});
        if (media.length === 0 || media.some((m) => !m.schema)) problems.push(`${name}: ${status} without a schema`);
      }
      const clientErrors = responses.filter(([status]) => status.startsWith('4'));
      if (clientErrors.length === 0) problems.push(`${name}: no 4xx`);
      for (const [status, response] of clientErrors) {
        if (!Object.values(response.content ?? {}).some((m) => m.schema)) problems.push(`${name}: ${status} no schema`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('marks the public operations with security: [] and only those', () => {
    const open = operations.filter(({ op }) => Array.isArray(op.security) && op.security.length === 0);
    expect(open.map((o) => o.name).sort()).toEqual([
      'GET /api/health',
      'GET /api/v1/messaging/unsubscribe/{token}',
      'GET /api/v1/messaging/webhooks/sms/{secret}',
      'GET /api/v1/public/survey-page.js',
      'POST /api/v1/auth/login',
      'POST /api/v1/messaging/unsubscribe/{token}',
      'POST /api/v1/messaging/webhooks/sms',
      'POST /api/v1/messaging/webhooks/sms/{secret}',
      'POST /api/v1/public/surveys/{token}/answers',
    ]);
  });

  it("passes Redocly's recommended rules with no error (redocly.yaml)", async () => {
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const dir = await mkdtemp(join(tmpdir(), 'tawasul-openapi-'));
    try {
      const file = join(dir, 'openapi.json');
      await writeFile(file, JSON.stringify(document));
      const run = await promisify(execFile)(
        join(root, 'node_modules/.bin/redocly'),
        ['lint', file, '--config', join(root, 'redocly.yaml'), '--format', 'json'],
        { maxBuffer: 64 * 1024 * 1024 },
      ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
      const report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{'))) as {
        totals: { errors: number; warnings: number };
        problems: Array<{ ruleId: string; severity: string; message: string }>;
      };
      expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(report.totals.errors).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('matches the web app’s generated types (npm run api:types)', async () => {
    const committed = await readFile(webApiTypesPath, 'utf8');
    // A stale file: run `npm run api:types` and commit web/src/api/schema.d.ts.
    expect(committed === (await webApiTypes(document)), 'web/src/api/schema.d.ts is stale').toBe(true);
  });
});

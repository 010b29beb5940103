// Runs integration tests on the embedded database and, when reachable, on PostgreSQL
// (TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test), with a fresh
// schema per test file. Under CI=true an unreachable PostgreSQL is a failure, not a skip.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { loadConfig, type Config } from '../config.ts';
import { openDatabase, type Database } from '../db/client.ts';
import { buildApp } from '../http/app.ts';
import type { AppContext } from '../http/context.ts';
import { systemActor } from '../modules/audit/index.ts';
import { createUser, type Role } from '../modules/users/index.ts';

export const testDatabaseUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: testDatabaseUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export const hasPostgres = await postgresReachable();
if (!hasPostgres) {
  if (process.env.CI === 'true') {
    throw new Error(`PostgreSQL is not reachable at ${testDatabaseUrl}; under CI=true the PostgreSQL suites must run.`);
  }
  console.warn(`\n*** SKIPPED: PostgreSQL integration tests — ${testDatabaseUrl} is not reachable ***\n`);
}

export type DatabaseKind = 'pglite' | 'postgres';
export const databaseKinds: DatabaseKind[] = ['pglite', 'postgres'];

/** A fresh, migrated database of the given kind; on PostgreSQL a new schema dropped by close(). */
export async function openTestDatabase(kind: DatabaseKind): Promise<Database> {
  if (kind === 'pglite') return openDatabase({ dataDir: 'memory://' });
  const schemaName = `t_${randomBytes(6).toString('hex')}`;
  const database = await openDatabase({ databaseUrl: testDatabaseUrl, schemaName });
  const close = database.close.bind(database);
  return Object.assign(database, {
    async close() {
      await database.executeSql(`drop schema if exists ${schemaName} cascade`).catch(() => undefined);
      await close();
    },
  });
}

export type TestApp = {
  kind: DatabaseKind;
  database: Database;
  app: FastifyInstance;
  ctx: AppContext;
  config: Config;
};

/**
 * Declares the same tests once per database kind, each with its own database and app.
 * `env` is passed to the configuration (e.g. setting overrides).
 */
export function describeEachDatabase(
  title: string,
  body: (get: () => TestApp) => void,
  options: { env?: Record<string, string>; loginRatePerMinute?: number } = {},
) {
  for (const kind of databaseKinds) {
    describe.skipIf(kind === 'postgres' && !hasPostgres)(`${title} [${kind}]`, () => {
      let state: TestApp | undefined;
      beforeAll(async () => {
        const database = await openTestDatabase(kind);
        const config = loadConfig({ TAWASUL_WEB_DIST: '/nonexistent', ...options.env });
        const { app, ctx } = await buildApp({
          database,
          config,
          loginRatePerMinute: options.loginRatePerMinute ?? 10_000,
        });
        await app.ready();
        state = { kind, database, app, ctx, config };
      });
      afterAll(async () => {
        await state?.app.close();
        await state?.database.close();
      });
      body(() => {
        if (!state) throw new Error('test app not ready');
        return state;
      });
    });
  }
}

export async function addUser(
  database: Database,
  username: string,
  role: Role,
  extra: { password?: string; skills?: string[] } = {},
) {
  return createUser(database, systemActor('test'), {
    username,
    display_name: `مستخدم ${username}`,
    role,
    password: extra.password ?? testPassword,
    skills: extra.skills ?? [],
  });
}

export const testPassword = 'Correct-Horse-9!';

/** Signs in through the API and returns the Cookie header value. */
export async function loginCookie(app: FastifyInstance, username: string, password = testPassword): Promise<string> {
  const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  if (response.statusCode !== 200) throw new Error(`login ${username} failed: ${response.statusCode} ${response.body}`);
  return sessionCookieOf(response);
}

export function sessionCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'tawasul_session');
  if (!cookie) throw new Error('no session cookie');
  return `tawasul_session=${cookie.value}`;
}

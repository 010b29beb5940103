// Runs integration tests on the embedded database and, when reachable, on PostgreSQL
// (TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test), with a fresh
// schema per test file. Under CI=true an unreachable PostgreSQL is a failure, not a skip.
import { afterAll, beforeAll, describe } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { loadConfig, type Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import {
  databaseKinds,
  openTestDatabase,
  postgresReachable,
  testDatabaseUrl,
  type DatabaseKind,
} from './test-database.ts';

export { databaseKinds, openTestDatabase, testDatabaseUrl, type DatabaseKind };
import { buildApp } from '../http/app.ts';
import type { AppContext } from '../http/context.ts';
import { systemActor } from '../modules/audit/index.ts';
import { createUser, type Role } from '../modules/users/index.ts';

export const hasPostgres = await postgresReachable();
if (!hasPostgres) {
  if (process.env.CI === 'true') {
    throw new Error(`PostgreSQL is not reachable at ${testDatabaseUrl}; under CI=true the PostgreSQL suites must run.`);
  }
  console.warn(`\n*** SKIPPED: PostgreSQL integration tests — ${testDatabaseUrl} is not reachable ***\n`);
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

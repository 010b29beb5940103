// GET /api/v1/auth/me with a valid session, 100 connections, on the embedded database and on
// PostgreSQL, each as a ratio to a bare Fastify route measured in the same run.
import Fastify from 'fastify';
import { loadConfig } from '../server/src/config.ts';
import { buildApp } from '../server/src/http/app.ts';
import { systemActor } from '../server/src/modules/audit/index.ts';
import { createUser } from '../server/src/modules/users/index.ts';
import { openTestDatabase, postgresReachable, type DatabaseKind } from '../server/src/testing/test-database.ts';
import { load, printFigure } from './harness.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = 100;

async function bareRoute() {
  const app = Fastify();
  app.get('/bare', async () => ({ ok: true }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const result = await load(`http://127.0.0.1:${port}/bare`, { connections, seconds });
  await app.close();
  return result;
}

async function authMe(kind: DatabaseKind, sessionCacheSeconds: number) {
  const database = await openTestDatabase(kind);
  const { app } = await buildApp({
    database,
    config: loadConfig({
      TAWASUL_WEB_DIST: '/nonexistent',
      TAWASUL_SESSION_CACHE_SECONDS: String(sessionCacheSeconds),
    }),
    loginRatePerMinute: 1000,
  });
  await createUser(database, systemActor('bench'), {
    username: 'bench',
    display_name: 'قياس',
    role: 'agent',
    password: 'Measure-Speed-2026',
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'bench', password: 'Measure-Speed-2026' }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const result = await load(`http://127.0.0.1:${port}/api/v1/auth/me`, { connections, seconds, headers: { cookie } });
  await app.close();
  await database.close();
  return result;
}

export async function runAuthMeBenchmark() {
  console.log(`\n# GET /api/v1/auth/me — ${connections} connections, ${seconds} s each`);
  const bare = await bareRoute();
  printFigure('bare Fastify route (ceiling)', { rps: bare.rps, p99_ms: bare.p99 });
  const kinds: DatabaseKind[] = (await postgresReachable()) ? ['pglite', 'postgres'] : ['pglite'];
  if (kinds.length === 1)
    console.log('SKIPPED: PostgreSQL not reachable — auth/me measured on the embedded database only');
  // With the session cache (the default) and without it (every request reads its session row).
  for (const [kind, cache] of kinds.flatMap((k) => [[k, 10] as const, [k, 0] as const])) {
    const r = await authMe(kind, cache);
    printFigure(`auth/me on ${kind}${cache === 0 ? ' (no session cache)' : ''}`, {
      rps: r.rps,
      p99_ms: r.p99,
      ratio_rps_to_bare: r.rps / bare.rps,
      ratio_p99_to_bare: r.p99 / Math.max(bare.p99, 1),
      non2xx: r.non2xx,
      errors: r.errors,
    });
  }
}

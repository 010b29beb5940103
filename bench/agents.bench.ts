// Issue 17: N simulated agents (default 1,000 on PostgreSQL, 50 on the embedded database) sign in
// and then do what agents do — My list, who am I, look a caller up by customer number (audited),
// the ticket queue, and a profile change (a write) — with a think time between requests, for
// BENCH_AGENTS_SECONDS (default 600; BENCH_AGENTS_SHORT=1 for 30 s). It prints p50/p99 per
// endpoint, errors, the server's CPU and peak memory, and a bare Fastify route driven the same way
// in the same run (the ceiling). Targets: p99 < 100 ms reads, < 250 ms writes, 0 errors.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Fastify from 'fastify';
import { loadConfig } from '../server/src/config.ts';
import type { Database } from '../server/src/db/client.ts';
import { buildApp } from '../server/src/http/app.ts';
import { systemActor } from '../server/src/modules/audit/index.ts';
import { createUser } from '../server/src/modules/users/index.ts';
import { openTestDatabase, postgresReachable, type DatabaseKind } from '../server/src/testing/test-database.ts';
import { printFigure } from './harness.ts';

const run = promisify(execFile);
const runTs = fileURLToPath(new URL('../server/bin/run-ts.mjs', import.meta.url));
const driver = fileURLToPath(new URL('./agents-driver.ts', import.meta.url));
const short = process.env.BENCH_AGENTS_SHORT === '1';
const seconds = Number(process.env.BENCH_AGENTS_SECONDS ?? (short ? 30 : 600));
const thinkMs = Number(process.env.BENCH_AGENTS_THINK_MS ?? 2000);
const password = 'Measure-Agents-2026';
const customers = 20_000;

type DriverResult = {
  result: Record<string, { n: number; p50: number; p99: number; errors: number }>;
  failureSamples: string[];
};

/** Runs the driver against `baseUrl` while sampling this process's CPU time and resident memory. */
async function drive(baseUrl: string, agents: number, bare: boolean, customerNos: string[]) {
  const rampSeconds = Math.min(30, Math.max(2, agents / 50));
  const orders = {
    baseUrl,
    agents: Array.from({ length: agents }, (_, i) => ({ username: `bench.agent${i}`, password })),
    customerNos,
    seconds,
    rampSeconds,
    thinkMs,
    bare,
  };
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 250);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const { stdout } = await run(process.execPath, [runTs, driver], {
    env: { ...process.env, AGENTS_DRIVER: JSON.stringify(orders) },
    maxBuffer: 64 * 1024 * 1024,
  });
  const wall = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const used = process.cpuUsage(cpu);
  const parsed = JSON.parse(stdout.trim().split('\n').at(-1)!) as DriverResult;
  return { ...parsed, cpuPercent: ((used.user + used.system) / 1e6 / wall) * 100, peakRssMb: peakRss / 1048576 };
}

async function bare(agents: number) {
  const app = Fastify();
  app.get('/bare', async () => ({ ok: true }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as { port: number }).port;
  try {
    return await drive(`http://127.0.0.1:${port}`, agents, true, []);
  } finally {
    await app.close();
  }
}

/** Customers and `agents` agent accounts (one password hash computed once, copied by SQL). */
async function seed(database: Database, agents: number): Promise<string[]> {
  await database.executeSql(`
    insert into customers (customer_no, name, name_norm, type, country)
    select 'AG' || g, 'عميل ' || g, 'عميل ' || g, 'current', 'SA' from generate_series(1, ${customers}) g`);
  const first = await createUser(database, systemActor('bench'), {
    username: 'bench.agent0',
    display_name: 'موظف 0',
    role: 'agent',
    password,
  });
  await database.executeSql(
    `insert into users (username, display_name, role, password_hash, locale, skills, teams)
     select 'bench.agent' || g, 'موظف ' || g, 'agent', u.password_hash, u.locale, u.skills, u.teams
       from generate_series(1, ${agents - 1}) g, users u where u.id = $1`,
    [first.id],
  );
  return Array.from({ length: 200 }, (_, i) => `AG${1 + ((i * 97) % customers)}`);
}

async function agentsOn(kind: DatabaseKind, agents: number) {
  const database = await openTestDatabase(kind);
  try {
    const customerNos = await seed(database, agents);
    const { app } = await buildApp({
      database,
      config: loadConfig({ TAWASUL_WEB_DIST: '/nonexistent' }),
      loginRatePerMinute: 1_000_000,
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.server.address() as { port: number }).port;
    try {
      return await drive(`http://127.0.0.1:${port}`, agents, false, customerNos);
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}

function report(label: string, r: Awaited<ReturnType<typeof drive>>, ceilingP99: number) {
  for (const [name, f] of Object.entries(r.result).sort()) {
    const write = name.startsWith('POST') || name.startsWith('PATCH') || name.includes('audited');
    const target = name.startsWith('POST /auth/login') ? undefined : write ? 250 : 100;
    printFigure(`${label} ${name}`, {
      n: f.n,
      p50_ms: f.p50,
      p99_ms: f.p99,
      ...(target ? { target_p99_ms: target, meets: f.p99 < target && f.errors === 0 ? 'yes' : 'NO' } : {}),
      ratio_p99_to_bare: f.p99 / Math.max(ceilingP99, 1),
      errors: f.errors,
    });
  }
  printFigure(`${label} server`, { cpu_percent_of_one_core: r.cpuPercent, peak_rss_mb: r.peakRssMb });
  for (const line of r.failureSamples) console.log(`  failure: ${line}`);
}

export async function runAgentsBenchmark() {
  const pgAgents = Number(process.env.BENCH_AGENTS ?? (short ? 100 : 1000));
  const embeddedAgents = Number(process.env.BENCH_AGENTS_EMBEDDED ?? 50);
  console.log(
    `\n# ${pgAgents} agents on PostgreSQL, ${embeddedAgents} on the embedded database — ${seconds} s each after the sign-in ramp, think time ~${thinkMs} ms`,
  );
  const kinds: [DatabaseKind, number][] = [['pglite', embeddedAgents]];
  if (await postgresReachable()) kinds.push(['postgres', pgAgents]);
  else console.log('SKIPPED: PostgreSQL not reachable — the 1,000-agent run needs it; the embedded run only');
  for (const [kind, agents] of kinds) {
    const ceiling = await bare(agents);
    const c = ceiling.result['GET /bare (ceiling)']!;
    printFigure(`${kind} ×${agents} bare route (ceiling)`, { n: c.n, p50_ms: c.p50, p99_ms: c.p99, errors: c.errors });
    report(`${kind} ×${agents}`, await agentsOn(kind, agents), c.p99);
  }
}

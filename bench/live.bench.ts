// Live updates: 1,000 WebSocket clients on one app process, 200 events a second published
// through PostgreSQL (pg_notify → the app's LISTEN → filter → sockets). Figures: event-to-client
// latency p50/p99 and the server's CPU, against a bare pg_notify → LISTEN round trip measured in
// the same run. The clients and the publisher run in a second process.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../server/src/config.ts';
import type { Database } from '../server/src/db/client.ts';
import { buildApp } from '../server/src/http/app.ts';
import { systemActor } from '../server/src/modules/audit/index.ts';
import { createUser, type Role } from '../server/src/modules/users/index.ts';
import { openTestDatabase, postgresReachable, testDatabaseUrl } from '../server/src/testing/test-database.ts';
import { printFigure } from './harness.ts';

const clients = Number(process.env.BENCH_LIVE_CLIENTS ?? 1000);
const rate = Number(process.env.BENCH_LIVE_RATE ?? 200);
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
// Agents hold most sockets (several tabs and desks each); supervisors see every event.
const agentUsers = 50;
const supervisorSockets = 50;
const password = 'Measure-Speed-2026';

async function login(base: string, username: string, role: Role, database: Database) {
  const user = await createUser(database, systemActor('bench'), {
    username,
    display_name: 'قياس',
    role,
    password,
  });
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  return { id: user.id, cookie: response.headers.get('set-cookie')!.split(';')[0]! };
}

export async function runLiveBenchmark() {
  console.log(`\n# Live updates — ${clients} WebSocket clients, ${rate} events/s through PostgreSQL, ${seconds} s`);
  if (!(await postgresReachable())) {
    console.log('SKIPPED: PostgreSQL not reachable — the live benchmark needs LISTEN/NOTIFY across connections');
    return;
  }
  const database = await openTestDatabase('postgres');
  const { app } = await buildApp({
    database,
    config: loadConfig({ TAWASUL_WEB_DIST: '/nonexistent' }),
    loginRatePerMinute: 10_000,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const base = `http://127.0.0.1:${port}`;

  const supervisor = await login(base, 'bench.sup', 'supervisor', database);
  const agents: Array<{ id: string; cookie: string }> = [];
  for (let i = 0; i < agentUsers; i++) agents.push(await login(base, `bench.agent${i}`, 'agent', database));
  const cookies = [
    ...Array.from({ length: supervisorSockets }, () => supervisor.cookie),
    ...Array.from({ length: clients - supervisorSockets }, (_, i) => agents[i % agentUsers]!.cookie),
  ];
  const plan = {
    databaseUrl: testDatabaseUrl,
    channel: `tawasul_events_${database.schemaName}`,
    liveUrl: `ws://127.0.0.1:${port}/api/v1/live`,
    cookies,
    agents: agents.map((a) => a.id),
    rate,
    seconds,
  };

  const child = spawn(
    process.execPath,
    [
      fileURLToPath(new URL('../server/bin/run-ts.mjs', import.meta.url)),
      fileURLToPath(new URL('./live-clients.ts', import.meta.url)),
    ],
    { env: { ...process.env, LIVE_BENCH_PLAN: JSON.stringify(plan) }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let cpuAtStart = process.cpuUsage();
  let wallAtStart = performance.now();
  let cpuShare = NaN;
  let result:
    | {
        bare: { p50: number; p99: number; received: number };
        live: { p50: number; p99: number; delivered: number };
        published: number;
      }
    | undefined;
  for await (const line of createInterface({ input: child.stdout })) {
    if (line === 'PHASE live start') {
      cpuAtStart = process.cpuUsage();
      wallAtStart = performance.now();
    } else if (line === 'PHASE live end') {
      const used = process.cpuUsage(cpuAtStart);
      cpuShare = (used.user + used.system) / 1000 / (performance.now() - wallAtStart);
    } else if (line.startsWith('RESULT ')) result = JSON.parse(line.slice(7));
  }
  await app.close();
  await database.close();
  if (!result) {
    console.log('FAILED: the client process gave no result');
    return;
  }
  // Each event goes to its agent's sockets and every supervisor socket.
  const expected = result.published * (supervisorSockets + (clients - supervisorSockets) / agentUsers);
  printFigure('bare pg_notify → LISTEN (ceiling)', {
    p50_ms: result.bare.p50,
    p99_ms: result.bare.p99,
    received: result.bare.received,
  });
  printFigure('event → WebSocket client', {
    p50_ms: result.live.p50,
    p99_ms: result.live.p99,
    ratio_p50_to_bare: result.live.p50 / result.bare.p50,
    ratio_p99_to_bare: result.live.p99 / result.bare.p99,
    delivered: result.live.delivered,
    expected,
  });
  printFigure('server CPU while publishing', {
    cores: cpuShare,
    messages_per_s: result.live.delivered / seconds,
  });
}

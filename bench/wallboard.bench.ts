// The live wallboard (issue 14): N agents signed in on the routing runtime, call events recorded
// at a steady rate through PostgreSQL; a wallboard "screen" (a WebSocket client that reloads
// GET /api/v1/wallboard on each call.updated, as the browser does) measures event-to-screen
// latency: from the moment a call's events are stored until a wallboard answer counts it. The
// ceiling measured in the same run is the socket alone (stored → call.updated received).
// CPU is this process's (server and the one screen), per 1,000 agents.
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { loadConfig } from '../server/src/config.ts';
import { buildApp } from '../server/src/http/app.ts';
import { recordCallEvents, telephonyOf, type CallEvent } from '../server/src/modules/telephony/index.ts';
import { addUser, loginCookie } from '../server/src/testing/db-harness.ts';
import { openTestDatabase, postgresReachable } from '../server/src/testing/test-database.ts';
import { printFigure } from './harness.ts';

const agents = Number(process.env.BENCH_WALLBOARD_AGENTS ?? 1000);
const rate = Number(process.env.BENCH_WALLBOARD_RATE ?? 50);
const seconds = Number(process.env.BENCH_SECONDS ?? 5);

const p = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};

export async function runWallboardBenchmark() {
  console.log(`\n# Wallboard — ${agents} agents, ${rate} call events/s through PostgreSQL, ${seconds} s`);
  if (!(await postgresReachable())) {
    console.log('SKIPPED: PostgreSQL not reachable');
    return;
  }
  const database = await openTestDatabase('postgres');
  const { app, ctx } = await buildApp({ database, config: loadConfig({ TAWASUL_WEB_DIST: '/nonexistent' }) });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  await addUser(database, 'bench.sup', 'supervisor');
  const cookie = await loginCookie(app, 'bench.sup');
  // The agents as rows (no password to hash): the runtime signs them in to the service queue.
  await database.executeSql(
    `insert into users (username, display_name, role, skills, password_hash)
     select 'wb' || g, 'موظف ' || g, 'agent', '{service}', 'x' from generate_series(1, ${agents}) g`,
  );
  const runtime = await telephonyOf(ctx);
  await runtime.reload();
  for (let i = 1; i <= agents; i++) runtime.center.setState(`wb${i}`, 'available');
  await runtime.center.flush();

  const storedAt = new Map<string, number>();
  const socketLatency: number[] = [];
  const screenLatency: number[] = [];
  const order: string[] = [];
  let shown = 0;
  let loading = false;
  let again = false;
  const refresh = async () => {
    if (loading) return void (again = true);
    loading = true;
    do {
      again = false;
      const response = await fetch(`http://${base}/api/v1/wallboard`, { headers: { cookie } });
      const board = (await response.json()) as { totals: { answered: number } };
      const now = performance.now();
      for (; shown < board.totals.answered && shown < order.length; shown++) {
        screenLatency.push(now - storedAt.get(order[shown]!)!);
      }
    } while (again);
    loading = false;
  };
  const ws = new WebSocket(`ws://${base}/api/v1/live`, { headers: { cookie } });
  await new Promise<void>((resolve, reject) => {
    ws.on('message', (data) => {
      const event = JSON.parse(String(data)) as { type: string; id?: string };
      if (event.type === 'ready') resolve();
      if (event.type !== 'call.updated' || !event.id) return;
      const at = storedAt.get(event.id);
      if (at !== undefined) socketLatency.push(performance.now() - at);
      void refresh();
    });
    ws.on('error', reject);
  });
  await refresh(); // the screen's first load reads the day

  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const total = Math.round(rate * seconds);
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const t = Date.now() - 60_000;
    const events: CallEvent[] = [
      { type: 'offered', at: new Date(t), direction: 'inbound', ani: '+966500000000', dnis: '8001240000' },
      { type: 'queued', at: new Date(t), queue: 'service' },
      { type: 'answered', at: new Date(t + 8000), agent: `wb${(i % agents) + 1}` },
      { type: 'ended', at: new Date(t + 50_000), cause: 'normal' },
    ];
    // The moment before the store: the event may reach the socket before the call returns.
    const before = performance.now();
    const recorded = await recordCallEvents(database, 'bench', `wb-${i}`, events);
    storedAt.set(recorded!.callId, before);
    order.push(recorded!.callId);
  }
  const deadline = performance.now() + 5000;
  while (shown < total && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  const elapsed = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuPercent = ((cpu.user + cpu.system) / 1000 / (elapsed * 1000)) * 100;

  const socketP99 = p(socketLatency, 0.99);
  const screenP99 = p(screenLatency, 0.99);
  printFigure('wallboard: stored → call.updated (ceiling)', { p50_ms: p(socketLatency, 0.5), p99_ms: socketP99 });
  printFigure('wallboard: stored → on screen', {
    p50_ms: p(screenLatency, 0.5),
    p99_ms: screenP99,
    shown: `${shown}/${total}`,
    ratio_to_ceiling: screenP99 / socketP99,
    ratio_to_1s_target: screenP99 / 1000,
  });
  printFigure('wallboard: CPU of this process', {
    cpu_percent_of_a_core: cpuPercent,
    per_1000_agents: (cpuPercent * 1000) / agents,
  });
  ws.terminate();
  await app.close();
  await database.close();
}

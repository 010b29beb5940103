// The wallboard and the role dashboards through the HTTP app, on the embedded database and on
// PostgreSQL. The live path end to end: a supervisor's WebSocket on app process B receives
// `call.updated` for a call recorded through process A, and B's wallboard then shows the call
// with the K1 figures computed by hand below.
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { loadConfig } from '../../config.ts';
import { openDatabase, type Database } from '../../db/client.ts';
import { buildApp } from '../../http/app.ts';
import { addUser, hasPostgres, loginCookie, openTestDatabase, testDatabaseUrl } from '../../testing/db-harness.ts';
import type { ClientEvent } from '../events/index.ts';
import { recordAgentState, recordCallEvents, type CallEvent } from '../telephony/index.ts';

type Instance = { app: FastifyInstance; database: Database; base: string };

async function startInstance(database: Database): Promise<Instance> {
  const { app } = await buildApp({ database, config: loadConfig({ TAWASUL_WEB_DIST: '/nonexistent' }) });
  await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, database, base: `127.0.0.1:${(app.server.address() as AddressInfo).port}` };
}

/** A socket on /api/v1/live, open once the server says `ready`, keeping what it receives. */
function connect(instance: Instance, cookie: string): Promise<{ ws: WebSocket; received: ClientEvent[] }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://${instance.base}/api/v1/live`, { headers: { cookie } });
    const received: ClientEvent[] = [];
    ws.on('message', (data) => {
      const event = JSON.parse(String(data)) as ClientEvent;
      received.push(event);
      if (event.type === 'ready') resolve({ ws, received });
    });
    ws.on('error', reject);
  });
}

async function get(instance: Instance, url: string, cookie: string) {
  const response = await fetch(`http://${instance.base}${url}`, { headers: { cookie } });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test reads the JSON as it comes
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

const kinds = [
  { kind: 'postgres' as const, title: 'two app processes on one PostgreSQL', skip: !hasPostgres },
  { kind: 'pglite' as const, title: 'one process on the embedded database', skip: false },
];

for (const { kind, title, skip } of kinds) {
  describe.skipIf(skip)(`wallboard and dashboards — ${title} [${kind}]`, () => {
    let a: Instance;
    let b: Instance;
    const cookies: Record<string, string> = {};
    let socket: WebSocket | undefined;
    // Five minutes ago (or midnight, if the day is younger): the calls end today.
    let base = 0;
    const at = (s: number) => new Date(base + s * 1000);

    beforeAll(async () => {
      const first = await openTestDatabase(kind);
      a = await startInstance(first);
      b =
        kind === 'postgres'
          ? await startInstance(
              await openDatabase({ databaseUrl: testDatabaseUrl, schemaName: first.schemaName, migrate: false }),
            )
          : a;
      for (const [username, role] of [
        ['w.agent', 'agent'],
        ['w.sup', 'supervisor'],
        ['w.manager', 'manager'],
      ] as const) {
        await addUser(first, username, role, role === 'agent' ? { skills: ['service'] } : {});
        cookies[username] = await loginCookie(a.app, username);
      }
      const now = Date.now();
      const midnight = Date.parse(
        `${new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Riyadh' }).format(now)}T00:00:00+03:00`,
      );
      base = Math.max(now - 300_000, midnight + 1000);
    }, 300_000);

    afterAll(async () => {
      socket?.terminate();
      if (b !== a) {
        await b.app.close();
        await b.database.close();
      }
      await a.app.close();
      await a.database.close();
    });

    it('is for supervisors, managers and admins; each dashboard for its roles', async () => {
      expect((await get(a, '/api/v1/wallboard', cookies['w.agent']!)).status).toBe(403);
      expect((await get(a, '/api/v1/wallboard/day', cookies['w.agent']!)).status).toBe(403);
      expect((await get(a, '/api/v1/dashboards/center', cookies['w.sup']!)).status).toBe(403);
      expect((await get(a, '/api/v1/dashboards/team', cookies['w.agent']!)).status).toBe(403);
      expect((await get(a, '/api/v1/dashboards/agent', cookies['w.manager']!)).status).toBe(403);
      const board = await get(a, '/api/v1/wallboard', cookies['w.manager']!);
      expect(board.status).toBe(200);
      expect(board.body.thresholds).toEqual({ max_wait_seconds: 60, max_abandon_percent: 5 });
      const service = board.body.queues.find((q: { code: string }) => q.code === 'service');
      expect(service).toMatchObject({ offered: 0, waiting: 0, service_level: null, aht_seconds: null });
    });

    it('a call recorded through A reaches B’s socket, and B’s wallboard then counts it with the K1 formulas', async () => {
      const client = await connect(b, cookies['w.sup']!);
      socket = client.ws;
      // B's wallboard is read once before: its running day starts from the database.
      expect((await get(b, '/api/v1/wallboard', cookies['w.sup']!)).body.totals.offered).toBe(0);

      const calls: [string, CallEvent[]][] = [
        // A: waited 10 s, talked 100 s, held 20 s, wrap-up 30 s → handled 150 s, within 20 s.
        [
          'wb-a',
          [
            { type: 'offered', at: at(0), direction: 'inbound', ani: '+966500000001', dnis: '920001234' },
            { type: 'queued', at: at(0), queue: 'service' },
            { type: 'answered', at: at(10), agent: 'w.agent' },
            { type: 'held', at: at(50) },
            { type: 'unheld', at: at(70) },
            { type: 'ended', at: at(130), cause: 'normal' },
            { type: 'wrap_up_ended', at: at(160) },
          ],
        ],
        // B: waited 30 s, talked 60 s → handled 60 s, late.
        [
          'wb-b',
          [
            { type: 'offered', at: at(0), direction: 'inbound', ani: '+966500000002', dnis: '920001234' },
            { type: 'queued', at: at(0), queue: 'service' },
            { type: 'answered', at: at(30), agent: 'w.agent' },
            { type: 'ended', at: at(90), cause: 'normal' },
          ],
        ],
        // C: hung up after 40 s in the queue; D: after 3 s (a short abandon, under 5 s).
        [
          'wb-c',
          [
            { type: 'offered', at: at(0), direction: 'inbound', ani: '+966500000003', dnis: '920001234' },
            { type: 'queued', at: at(0), queue: 'service' },
            { type: 'ended', at: at(40), cause: 'normal' },
          ],
        ],
        [
          'wb-d',
          [
            { type: 'offered', at: at(0), direction: 'inbound', ani: '+966500000004', dnis: '920001234' },
            { type: 'queued', at: at(0), queue: 'service' },
            { type: 'ended', at: at(3), cause: 'normal' },
          ],
        ],
      ];
      const ids: string[] = [];
      for (const [external, events] of calls)
        ids.push((await recordCallEvents(a.database, 'test', external, events))!.callId);

      // Pushed: every call's event reaches the socket on B.
      await expect
        .poll(
          () => ids.every((id) => client.received.some((e) => e.type === 'call.updated' && 'id' in e && e.id === id)),
          {
            timeout: 2000,
          },
        )
        .toBe(true);
      // B's own listener applies the same events to its running day (a few ms apart from the socket's).
      await expect
        .poll(async () => (await get(b, '/api/v1/wallboard', cookies['w.sup']!)).body.totals.offered, { timeout: 2000 })
        .toBe(3);
      const board = (await get(b, '/api/v1/wallboard', cookies['w.sup']!)).body;
      const service = board.queues.find((q: { code: string }) => q.code === 'service');
      expect(service).toMatchObject({
        offered: 3, // A B C; D is a short abandon
        answered: 2,
        abandoned: 1,
        short_abandoned: 1,
        asa_seconds: 20, // (10 + 30) / 2
        aht_seconds: 105, // (150 + 60) / 2
        avg_talk_seconds: 80, // (100 + 60) / 2
        avg_time_in_queue_seconds: (10 + 30 + 40) / 3,
      });
      expect(service.service_level).toBeCloseTo(1 / 3, 10); // A only, abandons are misses
      expect(service.abandon_rate).toBeCloseTo(1 / 3, 10);

      // The wrap-up of B ends later: the call is replaced, not counted twice (AHT (150 + 90) / 2).
      await recordCallEvents(a.database, 'test', 'wb-b', [{ type: 'wrap_up_ended', at: at(120) }]);
      await expect
        .poll(async () => (await get(b, '/api/v1/wallboard', cookies['w.sup']!)).body.totals.aht_seconds, {
          timeout: 2000,
        })
        .toBe(120);
      expect((await get(b, '/api/v1/wallboard', cookies['w.sup']!)).body.totals.offered).toBe(3);
      // A's wallboard, with its own running day, says the same.
      expect((await get(a, '/api/v1/wallboard', cookies['w.manager']!)).body.totals).toMatchObject({
        offered: 3,
        aht_seconds: 120,
      });
    });

    it('an agent’s state change is pushed as agent.state', async () => {
      const client = await connect(b, cookies['w.sup']!);
      await recordAgentState(
        a.database,
        { agent: 'w.agent', state: 'available', reason: null, at: new Date(), source: 'live' },
        { checkTransition: false },
      );
      await expect
        .poll(() => client.received.some((e) => e.type === 'agent.state' && 'id' in e && e.id === 'w.agent'), {
          timeout: 2000,
        })
        .toBe(true);
      client.ws.terminate();
    });

    it('the agent’s day: his answered calls and their AHT against the targets', async () => {
      const { status, body } = await get(a, '/api/v1/dashboards/agent', cookies['w.agent']!);
      expect(status).toBe(200);
      expect(body).toMatchObject({
        targets: { calls: 40, aht_seconds: 300 },
        calls: { handled: 2, aht_seconds: 120, avg_talk_seconds: 80, avg_hold_seconds: 10 },
        work: { attempts: 0, promises: 0 },
        tickets: { open: 0, breached: 0 },
      });
    });

    it('the supervisor’s team and the manager’s center, with the week', async () => {
      const team = await get(a, '/api/v1/dashboards/team', cookies['w.sup']!);
      expect(team.status).toBe(200);
      expect(team.body.agents.find((x: { agent: string }) => x.agent === 'w.agent')).toMatchObject({
        handled: 2,
        aht_seconds: 120,
      });
      const center = await get(a, '/api/v1/dashboards/center', cookies['w.manager']!);
      expect(center.status).toBe(200);
      expect(center.body.calls).toMatchObject({ offered: 3, answered: 2, abandoned: 1, aht_seconds: 120 });
      expect(center.body.week).toHaveLength(7);
      expect(center.body.week.at(-1)).toMatchObject({ day: center.body.day, offered: 3 });
      expect(center.body.sms).toEqual({ queued: 0, sent: 0, delivered: 0, failed: 0 });
      const day = await get(a, '/api/v1/wallboard/day', cookies['w.sup']!);
      expect(day.body.tickets).toMatchObject({ open: 0, breached: 0, near_sla: 0 });
    });
  });
}

// Live updates end to end: real listening servers, real WebSocket clients, real LISTEN/NOTIFY.
// On PostgreSQL two app instances share one database: a change made through A reaches a
// client of B. On the embedded database the same within one process.
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { loadConfig } from '../config.ts';
import { openDatabase, type Database } from '../db/client.ts';
import { systemActor } from '../modules/audit/index.ts';
import type { ClientEvent } from '../modules/events/index.ts';
import { setUserGroups } from '../modules/tickets/index.ts';
import { addItems, assignItems, findOrCreateList, markListDistributed } from '../modules/worklists/index.ts';
import { addUser, hasPostgres, loginCookie, openTestDatabase, testDatabaseUrl } from '../testing/db-harness.ts';
import { loadImport } from '../testing/import-fixture.ts';
import { buildApp } from './app.ts';

type Instance = { app: FastifyInstance; database: Database; base: string };

async function startInstance(database: Database): Promise<Instance> {
  const { app } = await buildApp({ database, config: loadConfig({ TAWASUL_WEB_DIST: '/nonexistent' }) });
  await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, database, base: `127.0.0.1:${(app.server.address() as AddressInfo).port}` };
}

type Client = {
  ws: WebSocket;
  received: ClientEvent[];
  /** When the first event that matches arrived (already, or within 1 s). */
  next: (match: (e: ClientEvent) => boolean) => Promise<number>;
};

/** Opens a socket and waits until the server says it receives events. */
function connect(instance: Instance, cookie: string): Promise<Client> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://${instance.base}/api/v1/live`, { headers: { cookie } });
    const received: ClientEvent[] = [];
    const arrivedAt: number[] = [];
    const waiters = new Set<{ match: (e: ClientEvent) => boolean; done: (at: number) => void }>();
    ws.on('message', (data) => {
      const event = JSON.parse(String(data)) as ClientEvent;
      received.push(event);
      arrivedAt.push(performance.now());
      if (event.type === 'ready') resolve(client);
      for (const w of waiters) {
        if (w.match(event)) {
          waiters.delete(w);
          w.done(performance.now());
        }
      }
    });
    ws.on('error', reject);
    const client: Client = {
      ws,
      received,
      next: (match) =>
        new Promise((done, fail) => {
          const seen = received.findIndex(match);
          if (seen >= 0) return done(arrivedAt[seen]!);
          const timer = setTimeout(() => fail(new Error('no matching event within 1 s')), 1000);
          waiters.add({
            match,
            done: (at) => {
              clearTimeout(timer);
              done(at);
            },
          });
        }),
    };
  });
}

/** A JSON POST over real HTTP; the body is read (an unread body keeps the connection busy). */
async function post(instance: Instance, path: string, cookie: string, body: object) {
  const response = await fetch(`http://${instance.base}${path}`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** The status an upgrade is refused with (or 101 when it is accepted). */
function upgradeStatus(instance: Instance, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`ws://${instance.base}/api/v1/live`, { headers });
    ws.on('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      ws.terminate();
    });
    ws.on('open', () => {
      resolve(101);
      ws.close();
    });
    ws.on('error', () => undefined);
  });
}

const kinds = [
  { kind: 'postgres' as const, title: 'two app processes on one PostgreSQL', skip: !hasPostgres },
  { kind: 'pglite' as const, title: 'one process on the embedded database', skip: false },
];

for (const { kind, title, skip } of kinds) {
  describe.skipIf(skip)(`live updates — ${title} [${kind}]`, () => {
    let a: Instance;
    let b: Instance;
    const cookies: Record<string, string> = {};
    const userIds: Record<string, string> = {};
    const clients: Client[] = [];
    const itemOf: Record<string, string> = {};

    beforeAll(async () => {
      const first = await openTestDatabase(kind);
      a = await startInstance(first);
      // Process B: its own pool and listener on the same schema (on PGlite, the same process).
      b =
        kind === 'postgres'
          ? await startInstance(
              await openDatabase({ databaseUrl: testDatabaseUrl, schemaName: first.schemaName, migrate: false }),
            )
          : a;
      for (const [username, role, skills, groups] of [
        ['care.agent', 'agent', ['service', 'collections'], ['customer_care']],
        ['ops.agent', 'agent', ['service', 'collections'], ['operations']],
        ['l.sup', 'supervisor', [], []],
      ] as const) {
        const user = await addUser(first, username, role, { skills: [...skills] });
        userIds[username] = user.id;
        if (groups.length) await setUserGroups(first, systemActor('test'), user.id, [...groups]);
        cookies[username] = await loginCookie(a.app, username);
      }
      await loadImport(first, 'customers', [
        'customer_no,name,country,mobile',
        'L1,عميل أول,SA,0551112222',
        'L2,عميل ثان,SA,0553334444',
      ]);
      const customerIds = (await first.executeSql(`select id, customer_no from customers order by customer_no`)).rows;
      const list = await findOrCreateList(
        first.db,
        { purpose: 'followup', channel: 'phone', businessDate: '2026-01-04', source: 'daily' },
        'test',
      );
      const items = await addItems(
        first.db,
        list.id,
        'followup',
        customerIds.map((c, i) => ({
          customerId: c.id as string,
          amountMinor: 1000,
          currency: 'SAR',
          tier: 1,
          phones: [i === 0 ? '+966551112222' : '+966553334444'],
          priority: i,
          installments: [],
        })),
      );
      itemOf['care.agent'] = items.get(customerIds[0]!.id as string)!;
      itemOf['ops.agent'] = items.get(customerIds[1]!.id as string)!;
      await assignItems(first.db, [
        { itemId: itemOf['care.agent'], agentId: userIds['care.agent']! },
        { itemId: itemOf['ops.agent'], agentId: userIds['ops.agent']! },
      ]);
      await markListDistributed(first.db, list.id, 'test');
    }, 300_000);

    afterAll(async () => {
      for (const c of clients) c.ws.terminate();
      if (b !== a) {
        await b.app.close();
        await b.database.close();
      }
      await a.app.close();
      await a.database.close();
    });

    const open = async (instance: Instance, who: string) => {
      const client = await connect(instance, cookies[who]!);
      clients.push(client);
      return client;
    };

    it('a ticket opened through A reaches a supervisor connected to B within 1 s', async () => {
      const supervisor = await open(b, 'l.sup');
      const response = await post(a, '/api/v1/tickets', cookies['care.agent']!, {
        customer_no: 'L1',
        category: 'inquiry',
        subject: 'سؤال عن الفاتورة',
      });
      expect(response.status, JSON.stringify(response.body)).toBe(201);
      const id = response.body.id as string;
      // From the moment the change is done (committed and answered; the event may even come first).
      const sent = performance.now();
      const at = await supervisor.next((e) => e.type === 'ticket.changed' && 'id' in e && e.id === id);
      expect(at - sent).toBeLessThan(1000);
      // Ids only: nothing of the ticket itself travels.
      expect(supervisor.received.find((e) => e.type === 'ticket.changed')).toEqual({ type: 'ticket.changed', id });
    });

    it("an agent's socket never receives another agent's item or another group's ticket", async () => {
      const care = await open(b, 'care.agent');
      const ops = await open(b, 'ops.agent');
      const attempt = (who: string) =>
        post(a, `/api/v1/work-items/${itemOf[who]}/attempts`, cookies[who]!, {
          outcome: 'no_answer',
          expected_attempts: 0,
        });
      const own = care.next((e) => e.type === 'work-item.changed' && 'id' in e && e.id === itemOf['care.agent']);
      expect((await attempt('care.agent')).status).toBe(201);
      await own;
      const ticket = await post(a, '/api/v1/tickets', cookies['care.agent']!, {
        customer_no: 'L1',
        category: 'inquiry',
        subject: 'سؤال ثان',
      });
      expect(ticket.status).toBe(201);
      // Events reach a socket in the order they were published: once ops.agent has his own
      // item's event, anything meant for care.agent before it would have arrived too.
      const opsOwn = ops.next((e) => e.type === 'work-item.changed' && 'id' in e && e.id === itemOf['ops.agent']);
      expect((await attempt('ops.agent')).status).toBe(201);
      await opsOwn;
      expect(ops.received.map((e) => ('id' in e ? e.id : e.type))).toEqual(['ready', itemOf['ops.agent']]);
      expect(care.received.map((e) => e.type)).toContain('ticket.changed');
      expect(care.received.some((e) => 'id' in e && e.id === itemOf['ops.agent'])).toBe(false);
    });

    it('refuses an upgrade without a session, from another Origin, and a plain GET', async () => {
      expect(await upgradeStatus(b, {})).toBe(401);
      expect(await upgradeStatus(b, { cookie: 'tawasul_session=forged' })).toBe(401);
      expect(await upgradeStatus(b, { cookie: cookies['l.sup']!, origin: 'https://evil.example' })).toBe(403);
      expect(await upgradeStatus(b, { cookie: cookies['l.sup']!, origin: `http://${b.base}` })).toBe(101);
      const plain = await fetch(`http://${b.base}/api/v1/live`, { headers: { cookie: cookies['l.sup']! } });
      expect(plain.status).toBe(426);
      expect(((await plain.json()) as { code: string }).code).toBe('websocket_required');
    });
  });
}

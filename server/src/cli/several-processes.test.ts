import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAILY_RUN } from '../modules/collections/mount.ts';
import { IMAP_POLL, OUTBOX_DISPATCH } from '../modules/messaging/mount.ts';
import { SURVEYS_MINUTE } from '../modules/surveys/mount.ts';
import { TICKETS_MINUTE, TICKETS_MONTHLY_REPORT, TICKETS_WEEKLY_REPORT } from '../modules/tickets/mount.ts';
import { hasPostgres, testDatabaseUrl } from '../testing/db-harness.ts';

// SPEC §6, issue 17: two app processes (`tawasul start`) on one fresh PostgreSQL database.
// Each scheduled job runs once per tick of its schedule, the outbox sends each message once
// while both dispatch, a process killed with -9 mid-dispatch leaves nothing claimed (the other
// sends the rest once the lease and the job expire), and a session works on both — a sign-out
// on one is refused on the other at once.

const bin = fileURLToPath(new URL('../../bin/tawasul.mjs', import.meta.url));
const dbName = `tawasul_procs_${process.pid}`;
let adminPassword = '';

type App = { name: string; url: string; child: ChildProcessWithoutNullStreams; output: () => string };

/** A fake SMS HTTP gateway: answers each request with an id after `delayMs`, counting by message and by process. */
class FakeGateway {
  readonly byKey = new Map<string, number>();
  readonly byProcess = new Map<string, number>();
  delayMs = 0;
  private server: Server | undefined;
  port = 0;

  async start() {
    this.server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        const { key } = JSON.parse(body) as { key: string };
        const from = request.url!.split('/').pop()!;
        this.byKey.set(key, (this.byKey.get(key) ?? 0) + 1);
        this.byProcess.set(from, (this.byProcess.get(from) ?? 0) + 1);
        setTimeout(() => {
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ id: `gw-${key}` }));
        }, this.delayMs);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
  }

  get requests(): number {
    return [...this.byKey.values()].reduce((a, b) => a + b, 0);
  }

  async stop() {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}

function startApp(name: string, env: Record<string, string>): Promise<App> {
  const { DATABASE_URL: _omit, ...base } = process.env;
  const child = spawn(process.execPath, [bin, 'start', '--port', '0', '--host', '127.0.0.1', '--json'], {
    env: { ...base, TAWASUL_LOG_LEVEL: 'warn', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise<App>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name}: no summary; ${stdout} ${stderr}`)), 120_000);
    child.stdout.on('data', (d) => {
      stdout += d;
      const line = stdout.split('\n').find((l) => l.startsWith('{"ok":true'));
      if (line) {
        clearTimeout(timer);
        // One of the two creates the first admin and prints its password.
        adminPassword ||= /created user "admin" with password (\S+)/.exec(stdout)?.[1] ?? '';
        resolve({ name, url: (JSON.parse(line) as { url: string }).url, child, output: () => stdout + stderr });
      }
    });
    child.on('exit', (code) => reject(new Error(`${name} exited ${code}: ${stderr}`)));
  });
}

async function stopApp(app: App | undefined) {
  if (!app || app.child.exitCode !== null || app.child.signalCode !== null) return;
  const exited = new Promise((resolve) => app.child.once('exit', resolve));
  app.child.kill('SIGTERM');
  await exited;
}

async function signIn(url: string, username: string): Promise<string> {
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: adminPassword }),
  });
  expect(response.status).toBe(200);
  return response.headers.get('set-cookie')!.split(';')[0]!;
}

describe.skipIf(!hasPostgres)('several app processes on one PostgreSQL [postgres]', () => {
  const admin = new pg.Client({ connectionString: testDatabaseUrl });
  const url = new URL(testDatabaseUrl);
  url.pathname = `/${dbName}`;
  const databaseUrl = url.toString();
  const gateway = new FakeGateway();
  let a: App | undefined;
  let b: App | undefined;
  let db: pg.Client;
  let boss: PgBoss;

  beforeAll(async () => {
    await admin.connect();
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.query(`create database ${dbName}`);
    await gateway.start();
    const env = (name: string) => ({
      DATABASE_URL: databaseUrl,
      TAWASUL_SMS_ADAPTER: 'http',
      TAWASUL_SMS_HTTP_URL: `http://127.0.0.1:${gateway.port}/sms/${name}`,
      TAWASUL_SMS_HTTP_BODY: '{"to":"{{to}}","key":"{{idempotency_key}}","body":"{{body}}"}',
      TAWASUL_SMS_HTTP_ID_PATH: 'id',
      TAWASUL_SMS_HTTP_WINDOW: '2',
      TAWASUL_OUTBOX_LEASE_SECONDS: '3',
      TAWASUL_JOB_EXPIRE_SECONDS: '4',
      TAWASUL_CALLING_WINDOW: '00:00-24:00',
      TAWASUL_WEEKEND: 'none',
      // Nobody answers there: each poll fails, which still counts as one run per tick.
      TAWASUL_IMAP_URL: 'imap://user:secret@127.0.0.1:1',
    });
    [a, b] = await Promise.all([startApp('a', env('a')), startApp('b', env('b'))]);
    db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    // Kicks sent from here expire like the processes' own jobs (the expiry is stored per job).
    boss = new PgBoss({
      connectionString: databaseUrl,
      schema: 'pgboss',
      supervise: false,
      schedule: false,
      max: 1,
      expireInSeconds: 4,
    });
    await boss.start();
  }, 150_000);

  afterAll(async () => {
    await boss?.stop({ graceful: false, wait: false }).catch(() => undefined);
    await db?.end().catch(() => undefined);
    await Promise.all([stopApp(a), stopApp(b)]);
    await gateway.stop();
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  });

  it('a session from one process works on the other; a sign-out on one is refused on both at once', async () => {
    const cookie = await signIn(a!.url, 'admin');
    const me = await fetch(`${b!.url}/api/v1/auth/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { user: { username: string } }).user.username).toBe('admin');
    // Both now hold the session in their cache.
    expect((await fetch(`${a!.url}/api/v1/auth/me`, { headers: { cookie } })).status).toBe(200);
    const out = await fetch(`${b!.url}/api/v1/auth/logout`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(out.status).toBe(204);
    await expect
      .poll(async () => (await fetch(`${a!.url}/api/v1/auth/me`, { headers: { cookie } })).status, {
        timeout: 2_000,
        interval: 50,
      })
      .toBe(401);
  });

  it(
    'each scheduled job runs once per tick of its schedule, whichever process claims it',
    { timeout: 150_000 },
    async () => {
      const everyMinute = [DAILY_RUN, TICKETS_MINUTE, SURVEYS_MINUTE, OUTBOX_DISPATCH, IMAP_POLL];
      // The schedule ticks on a minute's boundary, seen by pg-boss's cron monitor up to 30 s later
      // (both processes try; one wins): wait until every job ran — up to a minute and a half.
      await expect
        .poll(
          async () => {
            const { rows } = await db.query<{ name: string }>(
              `select distinct name from pgboss.job where name = any($1) and state in ('completed', 'failed', 'retry')`,
              [everyMinute],
            );
            return rows.map((r) => r.name).sort();
          },
          { timeout: 120_000, interval: 500 },
        )
        .toEqual([...everyMinute].sort());
      // Jobs the schedule made (not a kick: those carry data), per queue and minute: one each.
      const { rows } = await db.query<{ name: string; minute: string; n: number }>(
        `select name, date_trunc('minute', created_on)::text as minute, count(*)::int as n
         from pgboss.job where name = any($1) and (data is null or data = '{}'::jsonb)
        group by 1, 2`,
        [everyMinute],
      );
      expect(rows.length).toBeGreaterThanOrEqual(everyMinute.length);
      expect(rows.filter((r) => r.n !== 1)).toEqual([]);
      // Both processes registered every schedule, the reports too; one row each.
      const schedules = await db.query<{ name: string }>(`select name from pgboss.schedule order by name`);
      for (const name of [...everyMinute, TICKETS_WEEKLY_REPORT, TICKETS_MONTHLY_REPORT]) {
        expect(schedules.rows.filter((r) => r.name === name)).toHaveLength(1);
      }
      // The daily run for today started once at most (the 09:00 run, or none before its time).
      const runs = await db.query<{ n: number }>(`select count(*)::int as n from daily_runs`);
      expect(runs.rows[0]!.n).toBeLessThanOrEqual(1);
    },
  );

  it('the outbox sends each message once while both processes dispatch', { timeout: 60_000 }, async () => {
    const count = 40;
    await enqueue(db, 'once', count);
    // Both are asked at once; each dispatch claims what it sends.
    await Promise.all([kick(boss), kick(boss), kick(boss)]);
    await expect.poll(() => sentCount(db, 'once'), { timeout: 40_000, interval: 250 }).toBe(count);
    const keys = [...gateway.byKey.entries()].filter(([k]) => k.startsWith('once:'));
    expect(keys).toHaveLength(count);
    expect(keys.filter(([, n]) => n !== 1)).toEqual([]);
  });

  it(
    'a process killed with -9 mid-dispatch leaves nothing claimed: the other sends the rest',
    { timeout: 60_000 },
    async () => {
      const count = 30;
      gateway.delayMs = 300;
      const before = new Map(gateway.byProcess);
      await enqueue(db, 'kill', count);
      await kick(boss);
      // Whoever is sending is killed after a few messages.
      const sender = await expect
        .poll(() => ['a', 'b'].find((p) => (gateway.byProcess.get(p) ?? 0) - (before.get(p) ?? 0) >= 3) ?? null, {
          timeout: 30_000,
          interval: 20,
        })
        .not.toBeNull()
        .then(() => ['a', 'b'].find((p) => (gateway.byProcess.get(p) ?? 0) - (before.get(p) ?? 0) >= 3)!);
      const victim = sender === 'a' ? a! : b!;
      const survivor = sender === 'a' ? 'b' : 'a';
      victim.child.kill('SIGKILL');
      await new Promise((resolve) => victim.child.once('exit', resolve));
      expect(await sentCount(db, 'kill')).toBeLessThan(count); // really killed mid-dispatch
      gateway.delayMs = 0;
      // The killed process's job expires and its leases lapse: the survivor sends the rest.
      await expect
        .poll(
          async () => {
            await kick(boss);
            return sentCount(db, 'kill');
          },
          { timeout: 40_000, interval: 1_000 },
        )
        .toBe(count);
      expect((gateway.byProcess.get(survivor) ?? 0) - (before.get(survivor) ?? 0)).toBeGreaterThan(0);
      const claimed = await db.query<{ n: number }>(
        `select count(*)::int as n from outbound_messages where business_ref like 'kill:%' and status <> 'sent'`,
      );
      expect(claimed.rows[0]!.n).toBe(0);
      const active = await db.query<{ n: number }>(
        `select count(*)::int as n from pgboss.job where name = $1 and state = 'active'`,
        [OUTBOX_DISPATCH],
      );
      expect(active.rows[0]!.n).toBeLessThanOrEqual(1);
      // At most the messages in flight at the kill (the window) reached the gateway twice.
      const twice = [...gateway.byKey.entries()].filter(([k, n]) => k.startsWith('kill:') && n > 1);
      expect(twice.length).toBeLessThanOrEqual(2);
    },
  );
});

async function enqueue(db: pg.Client, prefix: string, count: number) {
  for (let i = 0; i < count; i++) {
    await db.query(
      `insert into outbound_messages (channel, purpose, business_ref, idempotency_key, recipient, body, status)
       values ('sms', 'reminder', $1, $1, $2, $3, 'queued')`,
      [`${prefix}:${i}`, `+96655${String(1_000_000 + i)}`, `تذكير ${i}`],
    );
  }
}

function kick(boss: PgBoss) {
  return boss.send(OUTBOX_DISPATCH, { kick: true });
}

async function sentCount(db: pg.Client, prefix: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `select count(*)::int as n from outbound_messages where business_ref like $1 and status = 'sent'`,
    [`${prefix}:%`],
  );
  return rows[0]!.n;
}

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { hasPostgres, testDatabaseUrl } from '../testing/db-harness.ts';

const bin = fileURLToPath(new URL('../../bin/tawasul.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'tawasul-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts `tawasul start`, waits for its JSON summary line, and returns what it printed. */
async function startServer(args: string[], env: Record<string, string> = {}) {
  const { DATABASE_URL: _omit, ...base } = process.env;
  const child = spawn(process.execPath, [bin, 'start', '--port', '0', '--json', ...args], {
    env: { ...base, TAWASUL_LOG_LEVEL: 'warn', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const summary = await new Promise<{ url: string; host: string; database: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no summary line; stdout=${stdout} stderr=${stderr}`)), 170_000);
    child.stdout.on('data', (d) => {
      stdout += d;
      const line = stdout.split('\n').find((l) => l.startsWith('{"ok":true'));
      if (line) {
        clearTimeout(timer);
        resolve(JSON.parse(line));
      }
    });
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
  });
  return {
    ...summary,
    stdout: () => stdout,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function login(url: string, username: string, password: string) {
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  return response.status;
}

describe('tawasul start', () => {
  it(
    'on a first start without --demo creates an admin whose password is printed once',
    { timeout: 240_000 },
    async () => {
      const server = await startServer(['--data-dir', join(dir, 'first')]);
      try {
        expect(server.database).toBe('pglite');
        expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
        const password = /created user "admin" with password (\S+)/.exec(server.stdout())?.[1];
        expect(password).toBeTruthy();
        expect(await login(server.url, 'admin', password!)).toBe(200);
      } finally {
        await server.stop();
      }
      // The session store and users survive a restart; the password is not printed again.
      const again = await startServer(['--data-dir', join(dir, 'first')]);
      try {
        expect(again.stdout()).not.toContain('created user');
        expect(again.host).toBe('0.0.0.0');
      } finally {
        await again.stop();
      }
      // --demo keeps to this machine unless --host says otherwise (no demo data here: users exist).
      const opened = await startServer(['--demo', '--host', '0.0.0.0', '--data-dir', join(dir, 'first')]);
      try {
        expect(opened.host).toBe('0.0.0.0');
        expect(opened.stdout()).not.toContain('127.0.0.1 only');
      } finally {
        await opened.stop();
      }
    },
  );

  it('with --demo loads the demo into an empty database only', { timeout: 240_000 }, async () => {
    const server = await startServer(['--demo', '--data-dir', join(dir, 'demo')]);
    try {
      expect(server.stdout()).toContain('manager');
      // The demo's passwords are public: it listens on this machine only, and says so.
      expect(server.host).toBe('127.0.0.1');
      expect(server.stdout()).toContain('listening on 127.0.0.1 only');
      expect(await login(server.url, 'manager', 'Tawasul-Demo-2026')).toBe(200);
      expect(await login(server.url, 'agent1', 'Tawasul-Demo-2026')).toBe(200);
      // The service desk opens with a morning's work: the key-account officer's group queue holds
      // the Saudi key customer's tickets, one of them overdue and escalated; the Egyptian one is in
      // Tracking; a claim waits for the manager; the mailbox brought a complaint and a question.
      const get = async (username: string, path: string) => {
        const signIn = await fetch(`${server.url}/api/v1/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username, password: 'Tawasul-Demo-2026' }),
        });
        const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
        const response = await fetch(`${server.url}${path}`, { headers: { cookie } });
        expect(response.status).toBe(200);
        return (await response.json()) as { items: Record<string, unknown>[] };
      };
      const keyAccounts = (await get('agent3', '/api/v1/tickets?queue=group')).items;
      expect(keyAccounts.filter((t) => t.group === 'key_accounts').map((t) => t.customer_no)).toEqual([
        'KA0001',
        'KA0001',
        'KA0001',
      ]);
      expect(keyAccounts.some((t) => t.status === 'escalated' && t.breached === true)).toBe(true);
      const all = (await get('supervisor', '/api/v1/tickets?queue=all')).items;
      expect(all.find((t) => t.customer_no === 'KA0002')).toMatchObject({ group: 'tracking' });
      expect(all.filter((t) => t.claim_approval === 'pending')).toHaveLength(1);
      expect(all.filter((t) => t.category === 'complaint').length).toBeGreaterThanOrEqual(2);
      // Last month's resolved key-account work feeds the monthly report's SLA compliance.
      const lastMonth = new Date();
      lastMonth.setUTCDate(1);
      lastMonth.setUTCMonth(lastMonth.getUTCMonth() - 1);
      const month = lastMonth.toISOString().slice(0, 7);
      const report = (await get('manager', `/api/v1/ticket-reports/key-accounts?month=${month}`)) as unknown as {
        totals: { opened: number; resolved: number; sla_compliance: number | null };
      };
      // Last month's twelve, all resolved; in the first days of a month the morning's open
      // key-account tickets (opened a few days back) belong to last month too.
      expect(report.totals.resolved).toBe(12);
      expect(report.totals.opened).toBeGreaterThanOrEqual(12);
      expect(report.totals.opened).toBeLessThanOrEqual(12 + 3);
      expect(report.totals.sla_compliance).toBeGreaterThan(0.5);
      expect(report.totals.sla_compliance).toBeLessThan(1);
      const inquiries = (await get('supervisor', '/api/v1/inquiries')).items;
      expect(inquiries.map((i) => i.channel).sort()).toEqual(['email', 'phone', 'phone']);
    } finally {
      await server.stop();
    }
  });

  describe.skipIf(!hasPostgres)('on PostgreSQL (DATABASE_URL)', () => {
    const name = `tawasul_start_${process.pid}`;
    const admin = new pg.Client({ connectionString: testDatabaseUrl });
    afterAll(async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    });

    it(
      'runs two app processes against one database; a session from one works on the other',
      { timeout: 240_000 },
      async () => {
        await admin.connect();
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.query(`create database ${name}`);
        const url = new URL(testDatabaseUrl);
        url.pathname = `/${name}`;
        const env = { DATABASE_URL: url.toString() };
        const [a, b] = await Promise.all([startServer(['--demo'], env), startServer(['--demo'], env)]);
        try {
          expect(a.database).toBe('postgres');
          const response = await fetch(`${a.url}/api/v1/auth/login`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ username: 'supervisor', password: 'Tawasul-Demo-2026' }),
          });
          expect(response.status).toBe(200);
          const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
          const me = await fetch(`${b.url}/api/v1/auth/me`, { headers: { cookie } });
          expect(me.status).toBe(200);
          expect(((await me.json()) as { user: { username: string } }).user.username).toBe('supervisor');
        } finally {
          await Promise.all([a.stop(), b.stop()]);
        }
      },
    );
  });
});

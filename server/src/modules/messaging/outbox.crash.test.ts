import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { hasPostgres, openTestDatabase, testDatabaseUrl } from '../../testing/db-harness.ts';
import { parseSettingOverrides, SettingsService } from '../settings/index.ts';
import { LogEmailSender } from './adapters/log/log-email.adapter.ts';
import { LogSmsProvider } from './adapters/log/log-sms.adapter.ts';
import { Outbox } from './outbox.service.ts';
import { LoopbackSmppServer } from './testing/smpp-loopback-server.ts';

// SPEC §6: a bulk send killed with SIGKILL and restarted delivers every message, re-sends only
// what was in flight (at most the window), and reports how many. Two processes share one
// database, so this runs on PostgreSQL (the embedded database is single-process by design).

const runTs = fileURLToPath(new URL('../../../bin/run-ts.mjs', import.meta.url));
const child = fileURLToPath(new URL('./testing/outbox-crash-child.ts', import.meta.url));
const COUNT = 600;
const WINDOW = 20;

describe.skipIf(!hasPostgres)('outbox crash and restart [postgres]', () => {
  let database: Database;
  let smsc: LoopbackSmppServer;
  beforeAll(async () => {
    database = await openTestDatabase('postgres');
    // Slow answers keep a full window in flight when the kill comes.
    smsc = await LoopbackSmppServer.start({ systemId: 'crash', password: 'test', respondAfterMs: 5 });
  });
  afterAll(async () => {
    await smsc?.close();
    await database?.close();
  });

  function startWorker(): { proc: ChildProcess; lines: Record<string, unknown>[]; exited: Promise<number | null> } {
    const proc = spawn(process.execPath, [runTs, child], {
      env: {
        ...process.env,
        CRASH_DATABASE_URL: testDatabaseUrl,
        CRASH_SCHEMA: database.schemaName,
        CRASH_SMPP_URL: smsc.url,
        CRASH_WINDOW: String(WINDOW),
        CRASH_LEASE_SECONDS: '1',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const lines: Record<string, unknown>[] = [];
    let buffer = '';
    proc.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      let nl;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        try {
          lines.push(JSON.parse(line));
        } catch {
          // not ours
        }
      }
    });
    const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
    return { proc, lines, exited };
  }

  it('kill -9 mid-send, restart: every message delivered, duplicates ≤ window, and counted', async () => {
    const settings = new SettingsService(
      database,
      parseSettingOverrides({ TAWASUL_CALLING_WINDOW: '00:00-24:00' }).overrides,
    );
    const producer = new Outbox({
      database,
      settings,
      sms: new LogSmsProvider(),
      email: new LogEmailSender(),
      leaseSeconds: 1,
      maxAttempts: 5,
      publicUrl: 'http://localhost',
    });
    const enqueued = await producer.enqueueSms(
      Array.from({ length: COUNT }, (_, i) => ({
        purpose: 'reminder',
        businessRef: `inst:${i}`,
        to: `055${String(1_000_000 + i).padStart(7, '0')}`,
        body: `تذكير ${i}`,
      })),
    );
    expect(enqueued.queued).toHaveLength(COUNT);

    const first = startWorker();
    await expect.poll(() => smsc.submitCount, { timeout: 30_000, interval: 5 }).toBeGreaterThanOrEqual(COUNT / 3);
    first.proc.kill('SIGKILL');
    await first.exited;
    const beforeRestart = smsc.submitCount;
    expect(beforeRestart).toBeLessThan(COUNT); // really killed mid-send

    const second = startWorker();
    expect(await second.exited).toBe(0);
    const summary = second.lines.find((l) => l.done) as { recovered: number; sent: number };

    const rows = await database.executeSql(`select status, count(*)::int as n from outbound_messages group by status`);
    expect(rows.rows).toEqual([{ status: 'sent', n: COUNT }]);
    const destinations = smsc.submits.map((s) => s.destination);
    const unique = new Set(destinations).size;
    const duplicates = destinations.length - unique;
    expect(unique).toBe(COUNT);
    expect(duplicates).toBeLessThanOrEqual(WINDOW);
    // The restart reported every message that was in flight, which bounds the duplicates.
    expect(summary.recovered).toBeGreaterThanOrEqual(duplicates);
    expect(summary.recovered).toBeGreaterThan(0);
    expect(summary.recovered).toBeLessThanOrEqual(WINDOW);
    const events = await database.executeSql(`select count(*)::int as n from message_events where type = 'recovered'`);
    expect(events.rows[0]!.n).toBe(summary.recovered);
    console.log(
      `crash test: killed after ${beforeRestart} submits; restart re-queued ${summary.recovered} in-flight message(s); ${duplicates} duplicate(s) at the SMSC`,
    );
  });
});

// Backup and restore round trips: a restored database answers with the same customers, work
// lists, tickets and messages — on the embedded database and on PostgreSQL (a database of its
// own, created and dropped here).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { isAppError } from '../http/errors.ts';
import { systemActor } from '../modules/audit/index.ts';
import { runDailyCollections } from '../modules/collections/index.ts';
import { createTicket } from '../modules/tickets/index.ts';
import { loadImport } from '../testing/import-fixture.ts';
import { outboundMessages } from '../modules/messaging/index.ts';
import { SettingsService } from '../modules/settings/index.ts';
import { hasPostgres, testDatabaseUrl } from '../testing/db-harness.ts';
import { backup, backupKindOf, restore } from './backup.ts';
import { openDatabase, rowsOf, type Database } from './client.ts';
import { requestSnapshot, serveControlSocket } from './control-socket.ts';
import { sql } from 'drizzle-orm';

const dir = mkdtempSync(join(tmpdir(), 'tawasul-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const quiet = () => undefined;

/** A small center: customers, the day's work lists, a ticket and two messages. */
async function fill(database: Database) {
  const D = '2026-12-06';
  await loadImport(database, 'customers', [
    'customer_no,name,category,mobile,landline,work_phone,sms_opt_out',
    'A1,عميل جوال,A,0551111111,0112222222,,false',
    'A2,عميل بلا جوال,A,,0113333333,0124444444,false',
  ]);
  await loadImport(database, 'installments', [
    'customer_no,contract_no,credit_type,installment_no,amount,currency,due_date',
    'A1,K1,شخصي,1,1500,SAR,2026-12-11',
    'A2,K2,شخصي,1,4000,SAR,2026-12-05',
  ]);
  const settings = new SettingsService(database, { weekend: [], calling_window: { start: '00:00', end: '24:00' } });
  await runDailyCollections(database, settings, null, systemActor('test'), D, { send: false, today: D });
  await createTicket({ database, settings, outbox: null, now: () => new Date() }, systemActor('test'), null, {
    customer_no: 'A1',
    category: 'complaint',
    subject: 'شكوى عن التأخير',
    description: 'وصف الشكوى',
    fields: {},
  });
  await database.db.insert(outboundMessages).values([
    { channel: 'sms', purpose: 'reminder', recipient: '+966551234567', body: 'تذكير بالقسط', idempotencyKey: 'k1' },
    {
      channel: 'email',
      purpose: 'ticket_reply',
      recipient: 'a@example.com',
      body: 'ردّ على التذكرة',
      idempotencyKey: 'k2',
    },
  ]);
}

/** What a user would see, as one comparable value: counts and content digests of the key tables. */
async function fingerprint(database: Database) {
  const tables = ['customers', 'installments', 'work_lists', 'work_items', 'tickets', 'outbound_messages', 'users'];
  const result: Record<string, { rows: number; digest: string }> = {};
  for (const table of tables) {
    const rows = rowsOf<{ n: string; digest: string | null }>(
      await database.db.execute(
        sql.raw(`select count(*) as n, md5(string_agg(t::text, '|' order by t::text)) as digest from ${table} t`),
      ),
    );
    result[table] = { rows: Number(rows[0]!.n), digest: rows[0]!.digest ?? '' };
  }
  return result;
}

function expectFilled(print: Awaited<ReturnType<typeof fingerprint>>) {
  for (const table of ['customers', 'work_lists', 'work_items', 'tickets', 'outbound_messages'])
    expect(print[table]!.rows, table).toBeGreaterThan(0);
}

describe('backup and restore, embedded database', () => {
  it(
    'round-trips a data directory, also while a server holds it, and refuses to overwrite without --force',
    {
      timeout: 300_000,
    },
    async () => {
      const source = join(dir, 'source');
      const database = await openDatabase({ dataDir: source });
      let before;
      try {
        await fill(database);
        before = await fingerprint(database);
        expectFilled(before);

        // While "the server" holds the directory: the snapshot comes through its control socket.
        const stop = await serveControlSocket(source, database);
        try {
          const progress: number[] = [];
          const result = await backup({ databaseUrl: undefined, dataDir: source }, join(dir, 'live.tgz'), (done) =>
            progress.push(done),
          );
          expect(result).toMatchObject({ kind: 'pglite', source: 'server' });
          expect(result.bytes).toBeGreaterThan(1000);
          expect(progress.length).toBeGreaterThan(0);
        } finally {
          await stop();
        }
        expect(await requestSnapshot(source)).toBeUndefined();
      } finally {
        await database.close();
      }
      expect(await backupKindOf(join(dir, 'live.tgz'))).toBe('pglite');

      const target = join(dir, 'target');
      const restored = await restore(
        { databaseUrl: undefined, dataDir: target },
        join(dir, 'live.tgz'),
        {
          force: false,
        },
        quiet,
      );
      expect(restored.replaced).toBeNull();
      const reopened = await openDatabase({ dataDir: target });
      try {
        expect(await fingerprint(reopened)).toEqual(before);
      } finally {
        await reopened.close();
      }

      // A second restore over data is refused, in both languages, and changes nothing.
      const refused = await restore(
        { databaseUrl: undefined, dataDir: target },
        join(dir, 'live.tgz'),
        {
          force: false,
        },
        quiet,
      ).catch((e: unknown) => e);
      expect(isAppError(refused) && refused.code).toBe('restore_target_not_empty');
      expect(isAppError(refused) && refused.messageAr).toContain('--force');
      // With --force the old data is kept aside, not deleted.
      const forced = await restore(
        { databaseUrl: undefined, dataDir: target },
        join(dir, 'live.tgz'),
        {
          force: true,
        },
        quiet,
      );
      expect(forced.replaced).toMatch(/pg\.replaced-/);
      expect(readdirSync(target).filter((f) => f.startsWith('pg.replaced-'))).toHaveLength(1);
    },
  );

  it('refuses a file that is not a backup, and a backup of the other mode', async () => {
    const junk = join(dir, 'junk.bin');
    writeFileSync(junk, 'not a backup at all');
    const error = await restore(
      { databaseUrl: undefined, dataDir: join(dir, 'x') },
      junk,
      { force: false },
      quiet,
    ).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('backup_file_unreadable');
    const pgdump = join(dir, 'fake.dump');
    writeFileSync(pgdump, 'PGDMP\u0001\u000e');
    const wrong = await restore(
      { databaseUrl: undefined, dataDir: join(dir, 'x') },
      pgdump,
      { force: false },
      quiet,
    ).catch((e: unknown) => e);
    expect(isAppError(wrong) && wrong.code).toBe('backup_wrong_mode');
  });
});

describe.skipIf(!hasPostgres)('backup and restore, PostgreSQL', () => {
  const admin = new pg.Client({ connectionString: testDatabaseUrl });
  const names = [`tawasul_bk_${randomBytes(4).toString('hex')}`, `tawasul_rs_${randomBytes(4).toString('hex')}`];
  const urlOf = (name: string) => {
    const u = new URL(testDatabaseUrl);
    u.pathname = `/${name}`;
    return u.toString();
  };
  afterAll(async () => {
    for (const name of names) await admin.query(`drop database if exists ${name} with (force)`).catch(() => undefined);
    await admin.end();
  });

  it(
    'round-trips a database with pg_dump and pg_restore, refusing a non-empty target without --force',
    {
      timeout: 300_000,
    },
    async () => {
      await admin.connect();
      for (const name of names) await admin.query(`create database ${name}`);
      const [sourceUrl, targetUrl] = names.map(urlOf) as [string, string];

      const database = await openDatabase({ databaseUrl: sourceUrl });
      let before;
      try {
        await fill(database);
        before = await fingerprint(database);
        expectFilled(before);
      } finally {
        await database.close();
      }
      const file = join(dir, 'pg.dump');
      const tablesSeen: string[] = [];
      const result = await backup({ databaseUrl: sourceUrl, dataDir: dir }, file, (_d, _t, detail) =>
        tablesSeen.push(detail),
      );
      expect(result.kind).toBe('postgres');
      expect(tablesSeen).toContain('public.customers');
      expect(await backupKindOf(file)).toBe('postgres');

      await restore({ databaseUrl: targetUrl, dataDir: dir }, file, { force: false }, quiet);
      const reopened = await openDatabase({ databaseUrl: targetUrl });
      try {
        expect(await fingerprint(reopened)).toEqual(before);
        // Changed after the restore, then restored again with --force: back to the backup's state.
        await reopened.db.execute(sql`delete from outbound_messages`);
      } finally {
        await reopened.close();
      }
      const refused = await restore({ databaseUrl: targetUrl, dataDir: dir }, file, { force: false }, quiet).catch(
        (e: unknown) => e,
      );
      expect(isAppError(refused) && refused.code).toBe('restore_target_not_empty');
      await restore({ databaseUrl: targetUrl, dataDir: dir }, file, { force: true }, quiet);
      const again = await openDatabase({ databaseUrl: targetUrl });
      try {
        expect(await fingerprint(again)).toEqual(before);
      } finally {
        await again.close();
      }
    },
  );
});

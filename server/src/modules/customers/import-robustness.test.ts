import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../audit/index.ts';
import { SettingsService } from '../settings/index.ts';
import { databaseKinds, hasPostgres, openTestDatabase } from '../../testing/db-harness.ts';
import type { Database } from '../../db/client.ts';
import { rejectionReportCsv } from './import-report.ts';
import { ImportRunner } from './import-runner.ts';
import { failAbandonedImports, openImportFile, processImport, startImportRun } from './import.service.ts';
import { checkXlsxEntries, SharedStringTable, XlsxTooLargeError, type ZipEntry } from './xlsx-limits.ts';

// Issue 11: a bad row is a rejected row, an import always ends, a crashed one is failed on
// start, failures keep a code and a safe message, and a workbook cannot exhaust the memory.

const dir = mkdtempSync(join(tmpdir(), 'tawasul-import-robust-'));
let fileNo = 0;
function file(content: string | Buffer, ext = 'csv'): string {
  const path = join(dir, `f${fileNo++}.${ext}`);
  writeFileSync(path, content);
  return path;
}

const header = 'customer_no,name,type,category,country,city,mobile';
const good = (n: number, prefix = 'G') =>
  `${prefix}${n},عميل رقم ${n},current,A,SA,الرياض,05512${String(n).padStart(5, '0')}`;

type Logged = Array<{ details: Record<string, unknown>; message: string }>;

async function run(database: Database, path: string, logged: Logged = []) {
  const opened = await openImportFile(path, 'customers');
  const started = await startImportRun(database, systemActor('test'), 'customers', 'test.csv', opened.totalBytes);
  const result = await processImport(
    database,
    new SettingsService(database, {}),
    { id: started.id, kind: 'customers', totalBytes: opened.totalBytes },
    opened.file,
    undefined,
    { error: (details, message) => logged.push({ details, message }) },
  );
  let report = '';
  for await (const chunk of rejectionReportCsv(database.db, started.id)) report += chunk;
  const [stored] = (
    await database.executeSql('select status, error, finished_at from imports where id = $1', [started.id])
  ).rows as Array<{ status: string; error: unknown; finished_at: unknown }>;
  return { ...result, report, stored: stored! };
}

/** A real workbook whose shared strings are replaced by `sharedStrings` (a zip bomb when large and repetitive). */
async function workbookWith(sharedStrings: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('عملاء');
  sheet.addRow(['customer_no', 'name']);
  sheet.addRow(['X1', 'اسم']);
  const zip = await JSZip.loadAsync((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  zip.file('xl/sharedStrings.xml', sharedStrings);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

for (const kind of databaseKinds) {
  describe.skipIf(kind === 'postgres' && !hasPostgres)(`import robustness [${kind}]`, () => {
    let database: Database;
    beforeAll(async () => {
      database = await openTestDatabase(kind);
      // Rows the database itself refuses: a data error (22023) for BAD22, an internal error for BADXX.
      await database.executeSql(`
        create function refuse_marked_customers() returns trigger language plpgsql as $$
        begin
          if new.customer_no like 'BAD22%' then raise exception 'refused % %', new.customer_no, new.name using errcode = '22023'; end if;
          if new.customer_no like 'BADXX%' then raise exception 'internal % %', new.customer_no, new.name using errcode = 'XX000'; end if;
          return new;
        end $$`);
      await database.executeSql(
        'create trigger refuse_marked before insert on customers for each row execute function refuse_marked_customers()',
      );
    });
    afterAll(() => database.close());

    it('a NUL byte in a row after the first 64 KB rejects that row only, and the import ends', async () => {
      const lines = [header];
      for (let n = 1; n <= 1200; n++) lines.push(good(n));
      lines.push('N1,اسم فيه\u0000صفر,current,A,SA,الرياض,0551200000');
      for (let n = 1201; n <= 1500; n++) lines.push(good(n));
      const content = lines.join('\n') + '\n';
      expect(Buffer.from(content).indexOf(0)).toBeGreaterThan(64 * 1024);
      const result = await run(database, file(content));
      expect(result).toMatchObject({ status: 'done_with_rejections', rows: 1501, inserted: 1500, rejected: 1 });
      expect(result.stored).toMatchObject({ status: 'done_with_rejections', error: null });
      expect(result.stored.finished_at).not.toBeNull();
      expect(result.report).toContain('1202,name,');
      expect(result.report).toContain('bad_character');
      expect(result.report).toContain('بايت صفري');
    });

    it('a row the database refuses is a rejected row; the details go to the log only', async () => {
      const logged: Logged = [];
      const content = [header, good(1, 'D'), 'BAD22-1,سري جدًا,current,A,SA,,', good(2, 'D')].join('\n');
      const result = await run(database, file(content), logged);
      expect(result).toMatchObject({ status: 'done_with_rejections', inserted: 2, rejected: 1 });
      expect(result.report).toContain('3,(row),,row_not_stored');
      expect(result.report).not.toContain('سري جدًا');
      expect(logged.map((l) => l.message)).toContain('import row refused by the database');
    });

    it('an import the server cannot finish ends failed with a code and a safe message, not the SQL', async () => {
      const logged: Logged = [];
      const content = [header, good(1, 'E'), 'BADXX-1,قيمة سرية,current,A,SA,,'].join('\n');
      const result = await run(database, file(content), logged);
      expect(result.status).toBe('failed');
      expect(result.stored.status).toBe('failed');
      expect(result.stored.finished_at).not.toBeNull();
      const error = result.stored.error as { code: string; message: string; message_ar: string };
      expect(error.code).toBe('import_failed');
      expect(error.message_ar).toContain('خطأ');
      expect(JSON.stringify(error)).not.toMatch(/insert|قيمة سرية|BADXX/i);
      expect(JSON.stringify(logged.map((l) => String(l.details.err)))).toContain('BADXX');
    });

    it('a one-line row of several MB is one rejected row, and the rows around it are applied', async () => {
      const content = [header, good(1, 'L'), 'L2,' + 'ن'.repeat(3_000_000), good(3, 'L')].join('\n') + '\n';
      const result = await run(database, file(content));
      expect(result).toMatchObject({ status: 'done_with_rejections', inserted: 2, rejected: 1 });
      const rejectedLines = result.report.trim().split('\n').slice(1);
      expect(rejectedLines).toHaveLength(1);
      expect(rejectedLines[0]).toContain('3,(row),,row_too_long');
    });

    it('marks failed the imports whose process stopped: stale ones by heartbeat, all of them with 0 s', async () => {
      const actor = systemActor('test');
      const stale = await startImportRun(database, actor, 'customers', 'stale.csv', 10);
      const queued = await startImportRun(database, actor, 'customers', 'queued.csv', 10, 'queued');
      const live = await startImportRun(database, actor, 'customers', 'live.csv', 10);
      await database.executeSql(`update imports set heartbeat_at = now() - interval '5 minutes' where id in ($1, $2)`, [
        stale.id,
        queued.id,
      ]);
      expect((await failAbandonedImports(database, 60)).sort()).toEqual([stale.id, queued.id].sort());
      const status = async (id: string) =>
        (await database.executeSql('select status, error from imports where id = $1', [id])).rows[0];
      expect(await status(stale.id)).toMatchObject({ status: 'failed', error: { code: 'import_interrupted' } });
      expect(await status(live.id)).toMatchObject({ status: 'running' });
      // The embedded database has one process: on its start every unfinished import is abandoned.
      expect(await failAbandonedImports(database, 0)).toEqual([live.id]);
      expect(await status(live.id)).toMatchObject({ status: 'failed' });
    });

    it('runs at most N imports at once; the others wait as queued and then run', async () => {
      const runner = new ImportRunner(database, new SettingsService(database, {}), 1, { error: () => undefined });
      try {
        const cleaned: string[] = [];
        const submit = (path: string) =>
          runner.submit({
            path,
            kind: 'customers',
            fileName: 'q.csv',
            actor: systemActor('test'),
            cleanup: async () => void cleaned.push(path),
          });
        const started = await Promise.all([
          submit(file([header, good(1, 'Q'), good(2, 'Q')].join('\n'))),
          submit(file([header, good(1, 'R')].join('\n'))),
        ]);
        expect(started.map((r) => r.status).sort()).toEqual(['queued', 'running']);
        for (let i = 0; i < 600 && cleaned.length < 2; i++) await new Promise((r) => setTimeout(r, 50));
        const rows = (
          await database.executeSql('select status, inserted from imports where id in ($1, $2) order by inserted', [
            started[0]!.id,
            started[1]!.id,
          ])
        ).rows;
        expect(rows).toEqual([
          { status: 'done', inserted: 1 },
          { status: 'done', inserted: 2 },
        ]);
        expect(runner.running).toBe(0);
      } finally {
        runner.close();
      }
    });

    it('tells a queued import its place in the queue, and keeps it alive by heartbeat', async () => {
      const runner = new ImportRunner(database, new SettingsService(database, {}), 0, { error: () => undefined });
      try {
        const submit = () =>
          runner.submit({
            path: file([header, good(1, 'W')].join('\n')),
            kind: 'customers',
            fileName: 'w.csv',
            actor: systemActor('test'),
            cleanup: async () => undefined,
          });
        const first = await submit();
        const second = await submit();
        expect([first.status, second.status]).toEqual(['queued', 'queued']);
        expect([runner.queuePosition(first.id), runner.queuePosition(second.id)]).toEqual([1, 2]);
        // A file not in the format is refused before it is queued.
        await expect(
          runner.submit({
            path: file('a,b\n1,2\n'),
            kind: 'customers',
            fileName: 'bad.csv',
            actor: systemActor('test'),
            cleanup: async () => undefined,
          }),
        ).rejects.toMatchObject({ code: 'missing_columns' });
        await database.executeSql(`update imports set status = 'failed' where id in ($1, $2)`, [first.id, second.id]);
      } finally {
        runner.close();
      }
    });
  });
}

describe('XLSX limits', () => {
  it('refuses a workbook whose shared strings inflate hundreds of times, before inflating them', async () => {
    const bomb = await workbookWith(`<sst>${'<si><t>AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA</t></si>'.repeat(500_000)}</sst>`);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const path = file(bomb, 'xlsx');
    const before = process.memoryUsage().rss;
    await expect(openImportFile(path, 'customers')).rejects.toSatisfy(
      (e) => e instanceof XlsxTooLargeError && e.code === 'xlsx_compression_ratio' && /zip/.test(e.en) && e.ar !== '',
    );
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });

  it('still reads a normal workbook with shared strings', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('عملاء');
    sheet.addRow(['customer_no', 'name']);
    for (let n = 1; n <= 50; n++)
      sheet.addRow([`X${n}`, n % 2 ? 'نورة القحطاني' : { richText: [{ text: 'سا' }, { text: 'رة' }] }]);
    const path = join(dir, 'normal.xlsx');
    await workbook.xlsx.writeFile(path);
    const opened = await openImportFile(path, 'customers');
    const names: string[] = [];
    for await (const row of opened.file.rows) names.push(row.values.name!);
    expect(names).toHaveLength(50);
    expect(names.slice(0, 2)).toEqual(['نورة القحطاني', 'سارة']);
  });

  const mb = 1024 ** 2;
  const entry = (name: string, uncompressedSize: number, compressedSize = uncompressedSize / 10): ZipEntry => ({
    name,
    uncompressedSize,
    compressedSize,
  });
  it.each([
    ['a normal workbook', [entry('xl/worksheets/sheet1.xml', 300 * mb), entry('xl/sharedStrings.xml', 80 * mb)], null],
    ['shared strings over 256 MB', [entry('xl/sharedStrings.xml', 300 * mb)], 'xlsx_too_large'],
    ['the 3.6 GB bomb of the issue (8 MB)', [entry('xl/sharedStrings.xml', 3600 * mb, 8 * mb)], 'xlsx_too_large'],
    ['a styles part over 32 MB', [entry('xl/styles.xml', 40 * mb)], 'xlsx_too_large'],
    ['one sheet over 1 GB', [entry('xl/worksheets/sheet1.xml', 1100 * mb)], 'xlsx_too_large'],
    [
      'many sheets over 2 GB together',
      Array.from({ length: 3 }, (_, i) => entry(`xl/worksheets/sheet${i}.xml`, 900 * mb)),
      'xlsx_too_large',
    ],
    ['a sheet compressed 500 to 1', [entry('xl/worksheets/sheet1.xml', 500 * mb, mb)], 'xlsx_compression_ratio'],
    ['a tiny part compressed 500 to 1', [entry('xl/workbook.xml', 500 * 1024, 1024)], null],
    ['too many parts', Array.from({ length: 10_001 }, (_, i) => entry(`x${i}.xml`, 10)), 'xlsx_too_large'],
  ])('%s', (_name, entries, code) => {
    if (code === null) expect(() => checkXlsxEntries(entries)).not.toThrow();
    else expect(() => checkXlsxEntries(entries)).toThrow(expect.objectContaining({ code }));
  });

  it('keeps shared strings exactly, across its buffers, within a count and a byte budget', () => {
    const table = new SharedStringTable({ maxSharedStrings: 100_000, maxSharedStringBytes: 10 * mb });
    const texts = ['', 'نورة', 'x'.repeat(5 * mb), 'سارة 🌙', 'C0001'];
    for (const t of texts) table.add(t);
    expect(texts.map((_, i) => table.get(i))).toEqual(texts);
    expect(table.get(5)).toBeUndefined();
    expect(() => table.add('y'.repeat(6 * mb))).toThrow(expect.objectContaining({ code: 'xlsx_too_many_strings' }));
    const counted = new SharedStringTable({ maxSharedStrings: 2, maxSharedStringBytes: mb });
    counted.add('a');
    counted.add('b');
    expect(() => counted.add('c')).toThrow(XlsxTooLargeError);
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client.ts';
import { systemActor } from '../modules/audit/index.ts';
import { startImportRun } from '../modules/customers/index.ts';

// `tawasul import` on hostile files, and `tawasul migrate` failing the imports a crash left running.

const bin = fileURLToPath(new URL('../../bin/tawasul.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'tawasul-cli-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tawasul(args: string[]) {
  const { DATABASE_URL: _omit, ...env } = process.env;
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env, timeout: 200_000 });
  const lines = result.stdout.trim().split('\n');
  return { code: result.status, stderr: result.stderr, last: lines.at(-1) ?? '' };
}

describe('tawasul import (embedded database)', () => {
  const dataDir = join(dir, 'data');

  it('applies a CSV with a NUL byte after 64 KB, rejects that row with its reason and exits 3', () => {
    const lines = ['customer_no,name,mobile'];
    for (let n = 1; n <= 1500; n++) lines.push(`N${n},عميل رقم ${n} من الرياض,05512${String(n).padStart(5, '0')}`);
    lines.splice(1300, 0, 'Z1,اسم\u0000تالف,0551299999');
    const path = join(dir, 'nul.csv');
    writeFileSync(path, lines.join('\n'));
    const report = join(dir, 'nul-report.csv');
    const r = tawasul(['import', 'customers', path, '--data-dir', dataDir, '--report', report, '--json']);
    expect(r.code).toBe(3);
    expect(JSON.parse(r.last)).toMatchObject({
      status: 'done_with_rejections',
      inserted: 1500,
      rejected: 1,
      report,
    });
  });

  it('refuses an XLSX zip bomb before inflating it, with a code, and exits 2', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('x').addRow(['customer_no', 'name']);
    const zip = await JSZip.loadAsync((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    zip.file('xl/sharedStrings.xml', `<sst>${'<si><t>AAAAAAAAAAAAAAAAAAAA</t></si>'.repeat(400_000)}</sst>`);
    const path = join(dir, 'bomb.xlsx');
    writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const r = tawasul(['import', 'customers', path, '--data-dir', dataDir, '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.last)).toMatchObject({ ok: false, error: { code: 'xlsx_compression_ratio' } });
    expect(r.stderr).toContain('zip');
  });

  it('migrate marks failed an import left running by a process that stopped', async () => {
    const database = await openDatabase({ dataDir });
    const run = await startImportRun(database, systemActor('test'), 'customers', 'crashed.csv', 100);
    await database.close();
    const r = tawasul(['migrate', '--data-dir', dataDir, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.last)).toMatchObject({ ok: true, interrupted_imports: 1 });
    const after = await openDatabase({ dataDir });
    try {
      const [row] = (await after.executeSql('select status, error from imports where id = $1', [run.id])).rows;
      expect(row).toMatchObject({ status: 'failed', error: { code: 'import_interrupted' } });
    } finally {
      await after.close();
    }
  });
});

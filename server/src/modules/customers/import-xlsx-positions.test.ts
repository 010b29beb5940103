// XLSX files written by other tools may leave out the optional positions of rows and cells
// (r="A1"): they are read by order. A sheet the reader cannot parse is refused as a file
// not in the format (never an unhandled error).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handMadeXlsx } from '../../testing/zip.ts';
import { ImportFormatError, readImportFile, type FileRow } from './import-file-reader.ts';

const dir = mkdtempSync(join(tmpdir(), 'tawasul-xlsx-'));
let n = 0;
const fileOf = (sheetData: string) => {
  const path = join(dir, `${n++}.xlsx`);
  writeFileSync(path, handMadeXlsx(sheetData));
  return path;
};
const text = (s: string) => `<c t="inlineStr"><is><t>${s}</t></is></c>`;

async function rowsOf(path: string) {
  const file = await readImportFile(path, 'customers');
  const out: FileRow[] = [];
  for await (const row of file.rows) out.push(row);
  return out;
}

describe('XLSX rows and cells without r="…"', () => {
  it('are placed by order', async () => {
    const path = fileOf(
      `<row>${text('customer_no')}${text('name')}${text('category')}</row>` +
        `<row>${text('X1')}${text('عميل أول')}${text('A')}</row>` +
        `<row>${text('X2')}${text('عميل ثان')}${text('B')}</row>`,
    );
    const rows = await rowsOf(path);
    expect(rows.map((r) => [r.rowNo, r.values.customer_no, r.values.name, r.values.category])).toEqual([
      [2, 'X1', 'عميل أول', 'A'],
      [3, 'X2', 'عميل ثان', 'B'],
    ]);
  });

  it('mixed with cells that have it', async () => {
    const path = fileOf(
      `<row r="1">${text('customer_no')}${text('name')}</row>` +
        `<row r="3"><c r="A3" t="inlineStr"><is><t>X3</t></is></c>${text('ثالث')}</row>`,
    );
    const rows = await rowsOf(path);
    expect(rows.map((r) => [r.rowNo, r.values.customer_no, r.values.name])).toEqual([[3, 'X3', 'ثالث']]);
  });
});

describe('an unreadable sheet is refused as a file, not thrown as it comes', () => {
  it.each([
    ['tags that do not close', `<row>${text('customer_no')}<c><v>1</c></row>`],
    ['a cell position that is not one', `<row><c r="!!" t="inlineStr"><is><t>customer_no</t></is></c></row>`],
  ])('%s', async (_name, sheetData) => {
    const error = await readImportFile(fileOf(sheetData), 'customers').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportFormatError);
  });
});

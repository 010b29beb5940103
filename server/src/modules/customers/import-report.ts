import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { DbOrTx } from '../../db/client.ts';
import { csvLine, neutralizeFormula, UTF8_BOM } from '../../shared/spreadsheet.ts';
import { findRejections } from './import.repository.ts';

// The report of an import's rejected rows: row, column, value and reason in both languages.

const header = ['row', 'column', 'value', 'code', 'reason_en', 'reason_ar'];

async function* rejectionRows(db: DbOrTx, importId: string) {
  let after = 0;
  for (;;) {
    const page = await findRejections(db, importId, after, 2000);
    if (page.length === 0) return;
    for (const r of page) yield [r.rowNo, r.column, r.value, r.code, r.reasonEn, r.reasonAr] as const;
    after = page.at(-1)!.id;
  }
}

/** Streams the report as CSV text (UTF-8 with BOM, formulas neutralised). */
export async function* rejectionReportCsv(db: DbOrTx, importId: string): AsyncIterable<string> {
  yield UTF8_BOM + csvLine(header);
  for await (const row of rejectionRows(db, importId)) yield csvLine([...row]);
}

export async function writeRejectionReportCsv(db: DbOrTx, importId: string, path: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const out = createWriteStream(path);
  for await (const chunk of rejectionReportCsv(db, importId)) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** The report as an XLSX workbook with a right-to-left sheet. */
export async function rejectionReportXlsx(db: DbOrTx, importId: string, stream: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true });
  const sheet = workbook.addWorksheet('الأسطر المرفوضة', {
    views: [{ rightToLeft: true, state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = [
    { header: 'السطر / row', width: 10 },
    { header: 'العمود / column', width: 18 },
    { header: 'القيمة / value', width: 30 },
    { header: 'الرمز / code', width: 20 },
    { header: 'reason', width: 50 },
    { header: 'السبب', width: 50 },
  ];
  sheet.getRow(1).font = { bold: true };
  for await (const row of rejectionRows(db, importId)) {
    sheet.addRow([row[0], row[1], neutralizeFormula(row[2]), row[3], row[4], row[5]]).commit();
  }
  sheet.commit();
  await workbook.commit();
}

import ExcelJS from 'exceljs';
import type { Database } from '../../db/client.ts';
import type { AuthUser } from '../../http/access.ts';
import { addExportRow, csvLine, UTF8_BOM } from '../../shared/spreadsheet.ts';
import { audit, type Actor } from '../audit/index.ts';
import { allCalls, viewOf, type CallFilterInput } from './calls.service.ts';

/** More than a month of a large center; a bigger export is narrowed by its dates. */
export const CALLS_EXPORT_MAX_ROWS = 200_000;

const directionAr: Record<string, string> = { inbound: 'واردة', outbound: 'صادرة' };
const causeAr: Record<string, string> = {
  normal: 'مكتملة',
  busy: 'مشغول',
  no_answer: 'لم يُرد',
  failed: 'فشلت',
  abandoned: 'متروكة',
  dropped: 'انقطعت',
  machine: 'رد آلي',
};

const columns = [
  'وقت المكالمة',
  'الاتجاه',
  'رقم المتصل',
  'الرقم المطلوب',
  'الطابور',
  'الموظف',
  'الدخول إلى الطابور',
  'وقت الرد',
  'وقت الانتهاء',
  'الانتظار (ث)',
  'المحادثة (ث)',
  'التعليق (ث)',
  'مرات التعليق',
  'النتيجة',
  'نتيجة الموظف',
  'مسار الرد الآلي',
  'التسجيل',
  'المصدر',
];

/** `2026-12-06 08:01:15` on the installation's clocks. */
function localTime(iso: string | null, timeZone: string): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/**
 * The filtered call records as XLSX (the sheet right-to-left) or CSV (UTF-8 with a BOM), Arabic
 * headers, times on the installation's clocks, and text that looks like a formula kept as text.
 * An export is a sensitive read (full numbers): audited with its filter and row count.
 */
export async function exportCalls(
  database: Database,
  actor: Actor,
  user: Pick<AuthUser, 'role' | 'username'>,
  query: CallFilterInput,
  format: 'xlsx' | 'csv',
  timeZone: string,
): Promise<{ filename: string; contentType: string; content: Buffer; rows: number }> {
  const rows: (string | number)[][] = [];
  for await (const page of allCalls(database, user, query, timeZone, CALLS_EXPORT_MAX_ROWS)) {
    for (const row of page) {
      const c = viewOf(row, user);
      rows.push([
        localTime(c.offered_at, timeZone),
        directionAr[c.direction] ?? c.direction,
        c.ani ?? '',
        c.dnis ?? '',
        c.queue ?? '',
        c.agent ?? '',
        localTime(c.queued_at, timeZone),
        localTime(c.answered_at, timeZone),
        localTime(c.ended_at, timeZone),
        c.wait_seconds ?? '',
        c.talk_seconds ?? '',
        c.hold_seconds,
        c.hold_count,
        c.cause ? (causeAr[c.cause] ?? c.cause) : '',
        c.outcome ?? '',
        c.ivr_path ?? '',
        c.recording ?? '',
        c.source,
      ]);
    }
  }
  await audit(database.db, actor, 'calls.export', {
    entity: 'call',
    after: { filter: query, format, rows: rows.length },
  });
  const base = `calls-${query.from ?? 'all'}${query.to && query.to !== query.from ? `-${query.to}` : ''}`;
  if (format === 'csv') {
    const text = UTF8_BOM + csvLine(columns) + rows.map((r) => csvLine(r)).join('');
    return {
      filename: `${base}.csv`,
      contentType: 'text/csv; charset=utf-8',
      content: Buffer.from(text, 'utf8'),
      rows: rows.length,
    };
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('سجل المكالمات', { views: [{ rightToLeft: true, state: 'frozen', ySplit: 1 }] });
  sheet.addRow(columns).font = { bold: true };
  for (const r of rows) addExportRow(sheet, r);
  sheet.columns.forEach((c, i) => (c.width = i === 0 || (i >= 6 && i <= 8) ? 20 : 14));
  return {
    filename: `${base}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    content: Buffer.from(await workbook.xlsx.writeBuffer()),
    rows: rows.length,
  };
}

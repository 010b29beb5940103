import ExcelJS from 'exceljs';
import type { Database } from '../../db/client.ts';
import { zonedWallTimeToInstant } from '../customers/index.ts';
import { AUTO_GENERATED, type Outbox } from '../messaging/index.ts';
import type { SettingsService } from '../settings/index.ts';
import { neutralizeFormula } from '../../shared/spreadsheet.ts';
import { localDateOf, nextDate, weekdayOf } from './domain/business-hours.ts';
import { categoryNames, type TicketCategory } from './domain/categories.ts';
import { ticketSettingValues } from './ticket-settings.service.ts';
import { findGroups } from './tickets.repository.ts';
import {
  findGroupFigures,
  findKeyAccountFigures,
  findResolvedByPerson,
  type TicketCounts,
} from './reports.repository.ts';

// Reports (S4): the monthly key-accounts report (seed 001: "تقرير شهري عن حسابات كبار العملاء"
// to service assurance and the customer-service manager) and the weekly performance report.
// SLA compliance = tickets resolved within their SLA / tickets resolved, in the period.

const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 10_000) / 10_000 : null);
const hours = (v: unknown) => (v === null || v === undefined ? null : Math.round(Number(v) * 100) / 100);

export type ReportTable = {
  title: string;
  columns: Array<{ key: string; label: string }>;
  rows: Record<string, unknown>[];
};

function periodBounds(fromDate: string, toDate: string, timeZone: string) {
  const at = (d: string) => {
    const [y, m, day] = d.split('-').map(Number) as [number, number, number];
    return zonedWallTimeToInstant(Date.UTC(y, m - 1, day), timeZone);
  };
  return { start: at(fromDate), end: at(toDate) };
}

function countsOf(r: TicketCounts) {
  const resolved = Number(r.resolved);
  const inSla = Number(r.resolved_in_sla);
  return {
    opened: Number(r.opened),
    resolved,
    resolved_within_sla: inSla,
    sla_compliance: ratio(inSla, resolved),
    median_resolution_hours: hours(r.median_resolution_hours),
    backlog: Number(r.backlog),
  };
}

const countColumns = [
  { key: 'opened', label: 'المفتوحة' },
  { key: 'resolved', label: 'المحلولة' },
  { key: 'resolved_within_sla', label: 'المحلولة ضمن المدة' },
  { key: 'sla_compliance', label: 'نسبة الالتزام بمدة المعالجة' },
  { key: 'median_resolution_hours', label: 'وسيط مدة الحل (ساعة)' },
  { key: 'backlog', label: 'المتراكمة في نهاية الفترة' },
];

/** The monthly key-accounts report, per key-account customer and category, with totals. */
export async function keyAccountsReport(database: Database, settings: Pick<SettingsService, 'get'>, month: string) {
  const timeZone = await settings.get('timezone');
  const from = `${month}-01`;
  const [y, m] = month.split('-').map(Number) as [number, number];
  const to = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  const { start, end } = periodBounds(from, to, timeZone);
  const s = start.toISOString();
  const e = end.toISOString();
  const found = await findKeyAccountFigures(database.db, s, e);
  const detail = found.filter((r) => Number(r.grp) === 0);
  const total = found.find((r) => Number(r.grp) !== 0);
  const empty = { opened: 0, resolved: 0, resolved_in_sla: 0, median_resolution_hours: null, backlog: 0 };
  return {
    kind: 'key_accounts_monthly',
    title: `تقرير حسابات كبار العملاء — ${month}`,
    month,
    period: { from: start.toISOString(), to: end.toISOString() },
    time_zone: timeZone,
    rows: detail.map((r) => ({
      customer_no: r.customer_no!,
      customer_name: r.name!,
      category: r.category!,
      category_name: categoryNames[r.category as TicketCategory]?.ar ?? r.category,
      ...countsOf(r),
    })),
    totals: countsOf(total ?? empty),
  };
}

/** The week before the one that contains today (weeks start on Sunday, the first working day). */
export function lastFullWeekStart(today: string): string {
  let d = today;
  while (weekdayOf(d) !== 'sun') d = nextDate(d, -1);
  return nextDate(d, -7);
}

/** The weekly performance report: per group and per person. */
export async function weeklyReport(database: Database, settings: Pick<SettingsService, 'get'>, weekStart?: string) {
  const timeZone = await settings.get('timezone');
  const from = weekStart ?? lastFullWeekStart(localDateOf(new Date(), timeZone));
  const to = nextDate(from, 7);
  const { start, end } = periodBounds(from, to, timeZone);
  const s = start.toISOString();
  const e = end.toISOString();
  const groups = await findGroupFigures(database.db, s, e);
  const people = await findResolvedByPerson(database.db, s, e);
  const view = (r: (typeof groups)[number]) => ({
    ...countsOf(r),
    median_first_response_hours: hours(r.median_first_response_hours),
    breached_open: Number(r.breached_open),
  });
  const total = groups.find((r) => Number(r.grp) !== 0);
  const groupNames = new Map((await findGroups(database.db)).map((g) => [g.code, g.nameAr]));
  return {
    kind: 'weekly_performance',
    title: `تقرير الأداء الأسبوعي — ${from}`,
    week_start: from,
    period: { from: s, to: e },
    time_zone: timeZone,
    groups: groups
      .filter((r) => Number(r.grp) === 0)
      .map((r) => ({ group: r.group_code!, group_name: groupNames.get(r.group_code!) ?? r.group_code!, ...view(r) })),
    totals: total
      ? view(total)
      : {
          ...countsOf({ opened: 0, resolved: 0, resolved_in_sla: 0, median_resolution_hours: null, backlog: 0 }),
          median_first_response_hours: null,
          breached_open: 0,
        },
    people: people.map((p) => ({
      name: p.name,
      resolved: Number(p.resolved),
      sla_compliance: ratio(Number(p.resolved_in_sla), Number(p.resolved)),
    })),
  };
}

type AnyReport = Awaited<ReturnType<typeof keyAccountsReport>> | Awaited<ReturnType<typeof weeklyReport>>;

function tablesOf(report: AnyReport): ReportTable[] {
  if (report.kind === 'key_accounts_monthly') {
    const r = report as Awaited<ReturnType<typeof keyAccountsReport>>;
    return [
      {
        title: r.title,
        columns: [
          { key: 'customer_no', label: 'رقم العميل' },
          { key: 'customer_name', label: 'اسم العميل' },
          { key: 'category_name', label: 'الفئة' },
          ...countColumns,
        ],
        rows: [...r.rows, { customer_no: 'الإجمالي', customer_name: '', category_name: '', ...r.totals }],
      },
    ];
  }
  const w = report as Awaited<ReturnType<typeof weeklyReport>>;
  return [
    {
      title: w.title,
      columns: [
        { key: 'group_name', label: 'المجموعة' },
        ...countColumns,
        { key: 'median_first_response_hours', label: 'وسيط زمن أول رد (ساعة)' },
        { key: 'breached_open', label: 'متأخرة عن المدة' },
      ],
      rows: [...w.groups, { group_name: 'الإجمالي', ...w.totals }],
    },
    {
      title: 'الموظفون',
      columns: [
        { key: 'name', label: 'الموظف' },
        { key: 'resolved', label: 'المحلولة' },
        { key: 'sla_compliance', label: 'نسبة الالتزام' },
      ],
      rows: w.people,
    },
  ];
}

/** The report as an XLSX workbook: right-to-left sheets, text cells never formulas. */
export async function reportXlsx(report: AnyReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const [i, table] of tablesOf(report).entries()) {
    const sheet = workbook.addWorksheet(i === 0 ? 'التقرير' : table.title.slice(0, 30), {
      views: [{ rightToLeft: true, state: 'frozen', ySplit: 2 }],
    });
    sheet.addRow([neutralizeFormula(table.title)]).font = { bold: true, size: 14 };
    const header = sheet.addRow(table.columns.map((c) => c.label));
    header.font = { bold: true };
    for (const r of table.rows) {
      sheet.addRow(
        table.columns.map((c) => {
          const v = r[c.key];
          if (v === null || v === undefined) return '';
          if (typeof v === 'number') return v;
          return neutralizeFormula(String(v));
        }),
      );
    }
    table.columns.forEach((c, j) => {
      const column = sheet.getColumn(j + 1);
      column.width = c.key.includes('name') ? 28 : 16;
      if (c.key.includes('compliance')) column.numFmt = '0.0%';
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const escapeHtml = (v: string) =>
  v.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The report as an email to its recipients: a right-to-left table in the body and the same
 * report as an XLSX workbook (right-to-left sheets) attached.
 */
export async function emailReport(
  database: Database,
  outbox: Outbox,
  which: 'monthly' | 'weekly',
  report: AnyReport,
  periodKey: string,
) {
  const recipients = (await ticketSettingValues(database.db)).report_recipients[which];
  if (recipients.length === 0) return { queued: 0 };
  const tables = tablesOf(report);
  const fmt = (v: unknown, key: string) =>
    v === null || v === undefined
      ? '—'
      : key.includes('compliance') && typeof v === 'number'
        ? `${(v * 100).toFixed(1)}٪`
        : String(v);
  const html = tables
    .map(
      (t) =>
        `<h3 style="margin:16px 0 8px 0;">${escapeHtml(t.title)}</h3><table dir="rtl" style="border-collapse:collapse;width:100%;font-size:13px;">` +
        `<tr>${t.columns.map((c) => `<th style="border:1px solid #d1d5db;padding:4px;background:#f3f4f6;">${escapeHtml(c.label)}</th>`).join('')}</tr>` +
        t.rows
          .map(
            (r) =>
              `<tr>${t.columns.map((c) => `<td style="border:1px solid #d1d5db;padding:4px;">${escapeHtml(fmt(r[c.key], c.key))}</td>`).join('')}</tr>`,
          )
          .join('') +
        '</table>',
    )
    .join('\n');
  const text = tables
    .map((t) =>
      [t.title, ...t.rows.map((r) => t.columns.map((c) => `${c.label}: ${fmt(r[c.key], c.key)}`).join(' | '))].join(
        '\n',
      ),
    )
    .join('\n\n');
  const workbook = await reportXlsx(report);
  const filename = `${which === 'monthly' ? 'key-accounts' : 'weekly'}-${periodKey}.xlsx`;
  const attachments = [
    { filename, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', content: workbook },
  ];
  const result = await outbox.enqueueEmail(
    recipients.map((to) => ({
      purpose: 'general',
      businessRef: `ticket-report:${which}:${periodKey}`,
      to,
      language: 'ar' as const,
      subject: report.title,
      text,
      // The first table's heading is the report's title: it is not repeated above it.
      htmlFragment: html,
      attachments,
      headers: { ...AUTO_GENERATED },
    })),
  );
  return { queued: result.queued.length };
}

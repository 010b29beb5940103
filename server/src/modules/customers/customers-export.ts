import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Database } from '../../db/client.ts';
import { addExportRow, csvLine, UTF8_BOM } from '../../shared/spreadsheet.ts';
import { audit, type Actor } from '../audit/index.ts';
import { currencyDecimals, minorToUnits } from './domain/values.ts';
import { findCustomers } from './customers.repository.ts';
import { filterOf, sortOf, todayIn, type customer360, type CustomerQuery } from './customers.service.ts';

const PAGE = 1000;

/**
 * The customers list as an XLSX workbook: the sheet right-to-left, Arabic headers, and text
 * that looks like a formula kept as written, marked as text (quote prefix). An export is a
 * sensitive read and is audited with its filter. `open` is called (and the answer's headers sent)
 * only once the filter has been read and the first page found, so that a failure until then is
 * an ordinary error answer rather than a cut connection.
 */
export async function exportCustomersXlsx(
  database: Database,
  actor: Actor,
  query: CustomerQuery,
  timeZone: string,
  currency: string,
  open: () => Writable,
) {
  const filter = filterOf(query, todayIn(timeZone));
  const first = await findCustomers(database.db, filter, sortOf(query), query.order, PAGE, 0);
  await audit(database.db, actor, 'customers.export', { entity: 'customer', after: { filter: query } });
  const out = open();
  const decimals = currencyDecimals(currency);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet('العملاء', { views: [{ rightToLeft: true, state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'رقم العميل', width: 14 },
    { header: 'الاسم', width: 30 },
    { header: 'النوع', width: 10 },
    { header: 'الفئة', width: 8 },
    { header: 'عميل رئيسي', width: 12 },
    { header: 'الدولة', width: 8 },
    { header: 'المدينة', width: 14 },
    { header: 'الجوال', width: 16 },
    { header: `المبلغ المستحق (${currency})`, width: 18 },
    { header: 'أقساط متأخرة', width: 12 },
    { header: 'لا يرغب بالرسائل', width: 14 },
    { header: 'ممنوع الاتصال', width: 12 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (let offset = 0; ; offset += PAGE) {
    const { items } =
      offset === 0 ? first : await findCustomers(database.db, filter, sortOf(query), query.order, PAGE, offset);
    for (const c of items) {
      addExportRow(sheet, [
        c.customerNo,
        c.name,
        c.type === 'prospect' ? 'محتمل' : 'حالي',
        c.category ?? '',
        c.keyAccount ? 'نعم' : 'لا',
        c.country,
        c.city ?? '',
        c.mobile ?? '',
        minorToUnits(Number(c.outstandingMinor), decimals),
        c.overdueCount,
        c.smsOptOut ? 'نعم' : 'لا',
        c.doNotCall ? 'نعم' : 'لا',
      ]).commit();
    }
    if (items.length < PAGE) break;
  }
  sheet.commit();
  await workbook.commit();
}

export const accountExportKinds = ['installments', 'payments'] as const;
export type AccountExportKind = (typeof accountExportKinds)[number];

const statusAr: Record<string, string> = { paid: 'مسدد', overdue: 'متأخر', upcoming: 'قادم' };

/**
 * A customer's installments or payments (C4) as XLSX (right-to-left) or CSV (UTF-8 with a BOM),
 * read through the customer 360 so that whoever may not see the customer may not export him.
 * Audited like every export.
 */
export async function exportAccount(
  database: Database,
  actor: Actor,
  view: Awaited<ReturnType<typeof customer360>>,
  kind: AccountExportKind,
  format: 'xlsx' | 'csv',
): Promise<{ filename: string; contentType: string; content: Buffer }> {
  const { columns, rows } =
    kind === 'installments'
      ? {
          columns: [
            'رقم العقد',
            'نوع التمويل',
            'رقم القسط',
            'تاريخ الاستحقاق',
            'المبلغ',
            'المسدد',
            'المتبقي',
            'العملة',
            'الحالة',
          ],
          rows: view.contracts.flatMap((c) =>
            c.installments.map((i) => [
              c.contract_no,
              c.credit_type ?? '',
              i.installment_no,
              i.due_date,
              i.amount,
              i.paid,
              i.outstanding,
              i.currency,
              statusAr[i.status] ?? i.status,
            ]),
          ),
        }
      : {
          columns: ['تاريخ السداد', 'المبلغ', 'رقم العقد', 'رقم القسط', 'المرجع'],
          rows: view.payments.map((p) => [
            p.paid_at.slice(0, 10),
            p.amount,
            p.contract_no ?? '',
            p.installment_no ?? '',
            p.reference ?? '',
          ]),
        };
  await audit(database.db, actor, 'customer.account_export', {
    entity: 'customer',
    id: view.customer.customer_no,
    after: { kind, format, rows: rows.length },
  });
  const base = `${kind}-${view.customer.customer_no.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  if (format === 'csv') {
    const text = UTF8_BOM + csvLine(columns) + rows.map((r) => csvLine(r)).join('');
    return { filename: `${base}.csv`, contentType: 'text/csv; charset=utf-8', content: Buffer.from(text, 'utf8') };
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(kind === 'installments' ? 'الأقساط' : 'المدفوعات', {
    views: [{ rightToLeft: true, state: 'frozen', ySplit: 1 }],
  });
  sheet.addRow(columns).font = { bold: true };
  for (const r of rows) addExportRow(sheet, r);
  sheet.columns.forEach((c) => (c.width = 16));
  return {
    filename: `${base}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    content: Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}

import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Database } from '../../db/client.ts';
import { addExportRow } from '../../shared/spreadsheet.ts';
import { audit, type Actor } from '../audit/index.ts';
import { currencyDecimals, minorToUnits } from './domain/values.ts';
import { findCustomers } from './customers.repository.ts';
import { filterOf, todayIn, type CustomerQuery } from './customers.service.ts';

const PAGE = 1000;

/**
 * The customers list as an XLSX workbook: the sheet right-to-left, Arabic headers, and text
 * that looks like a formula kept as written, marked as text (quote prefix). An export is a sensitive
 * read and is audited with its filter.
 */
export async function exportCustomersXlsx(
  database: Database,
  actor: Actor,
  query: CustomerQuery,
  timeZone: string,
  currency: string,
  out: Writable,
) {
  await audit(database.db, actor, 'customers.export', { entity: 'customer', after: { filter: query } });
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
  const filter = filterOf(query, todayIn(timeZone));
  for (let offset = 0; ; offset += PAGE) {
    const { items } = await findCustomers(database.db, filter, query.sort, query.order, PAGE, offset);
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

import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Database } from '../../db/client.ts';
import { neutralizeFormula } from '../../shared/spreadsheet.ts';
import { audit, type Actor } from '../audit/index.ts';
import { currencyDecimals, minorToUnits } from './domain/values.ts';
import { findCustomers } from './customers.repository.ts';
import { filterOf, sortOf, todayIn, type CustomerQuery } from './customers.service.ts';

const PAGE = 1000;

/**
 * The customers list as an XLSX workbook: the sheet right-to-left, Arabic headers, and every
 * text cell neutralised so that no value can become a live formula. An export is a sensitive
 * read and is audited with its filter. `open` is called (and the answer's headers sent) only
 * once the filter has been read and the first page found, so that a failure until then is an
 * ordinary error answer rather than a cut connection.
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
      sheet
        .addRow([
          neutralizeFormula(c.customerNo),
          neutralizeFormula(c.name),
          c.type === 'prospect' ? 'محتمل' : 'حالي',
          c.category ?? '',
          c.keyAccount ? 'نعم' : 'لا',
          c.country,
          neutralizeFormula(c.city ?? ''),
          neutralizeFormula(c.mobile ?? ''),
          minorToUnits(Number(c.outstandingMinor), decimals),
          c.overdueCount,
          c.smsOptOut ? 'نعم' : 'لا',
          c.doNotCall ? 'نعم' : 'لا',
        ])
        .commit();
    }
    if (items.length < PAGE) break;
  }
  sheet.commit();
  await workbook.commit();
}

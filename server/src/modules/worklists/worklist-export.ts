import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { neutralizeFormula } from '../../shared/spreadsheet.ts';
import type { listItems } from './worklists.service.ts';

const purposeTitles: Record<string, string> = {
  reminder: 'التذكير',
  followup: 'المتابعة',
  thanks: 'الشكر',
  marketing: 'التسويق',
  survey: 'الاستطلاع',
};

const statusNames: Record<string, string> = {
  pending: 'قيد الانتظار',
  waiting: 'إعادة المحاولة لاحقًا',
  waiting_correction: 'بانتظار تصحيح الرقم',
  done: 'تم',
  unreachable: 'تعذر الوصول',
  queued: 'في قائمة الإرسال',
  sending: 'قيد الإرسال',
  sent: 'أُرسلت',
  delivered: 'وصلت',
  failed: 'فشلت',
  refused: 'رُفضت',
};

/**
 * A work list as the seed's forms: F 1-1 (the customer list of an SMS list) or F 1-2 (the
 * phone reminder list, with result and signature columns). The sheet reads right to left;
 * no cell can become a formula.
 */
export async function exportWorkListXlsx(
  list: { purpose: string; channel: string; business_date: string; status: string; signed_off_by: string | null },
  items: Awaited<ReturnType<typeof listItems>>,
  out: Writable,
) {
  const form = list.channel === 'sms' ? 'F 1-1' : 'F 1-2';
  const title =
    list.channel === 'sms'
      ? `كشف العملاء — ${purposeTitles[list.purpose] ?? list.purpose} من خلال الرسائل القصيرة`
      : `كشف ${purposeTitles[list.purpose] ?? list.purpose} من خلال الاتصال الهاتفي`;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet(form, { views: [{ rightToLeft: true, state: 'frozen', ySplit: 4 }] });
  const columns =
    list.channel === 'sms'
      ? ['م', 'رقم العميل', 'اسم العميل', 'رقم العقد', 'رقم القسط', 'المبلغ', 'الجوال', 'حالة الرسالة']
      : [
          'م',
          'رقم العميل',
          'اسم العميل',
          'رقم العقد',
          'المبلغ',
          'الأولوية',
          'الهاتف',
          'الموظف',
          'نتيجة الاتصال',
          'ملاحظات',
        ];
  sheet.columns = columns.map((_, i) => ({ width: i === 2 ? 28 : i === 0 ? 5 : 15 }));
  sheet.addRow([`${form} — ${title}`]).font = { bold: true, size: 14 };
  sheet.addRow([`تاريخ الكشف: ${list.business_date}`, '', '', `عدد العملاء: ${items.length}`]);
  sheet.addRow([]);
  const header = sheet.addRow(columns);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7F0EE' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  items.forEach((item, i) => {
    const contracts = [...new Set(item.installments.map((x) => x.contract_no))].join('، ');
    const installmentNos = item.installments.map((x) => x.installment_no).join('، ');
    const row =
      list.channel === 'sms'
        ? [
            i + 1,
            item.customer_no,
            item.name,
            contracts,
            installmentNos,
            item.amount,
            item.phone_masked ?? '',
            statusNames[item.status] ?? item.status,
          ]
        : [
            i + 1,
            item.customer_no,
            item.name,
            contracts,
            item.amount,
            item.tier ?? '',
            item.phone_masked ?? '',
            item.agent ?? '',
            item.outcome ?? statusNames[item.status] ?? item.status,
            item.reason ?? '',
          ];
    sheet.addRow(row.map((v) => (typeof v === 'string' ? neutralizeFormula(v) : v))).commit();
  });
  sheet.addRow([]);
  sheet.addRow(['توقيع مشرف مركز الاتصال:', '', list.signed_off_by ?? '']).commit();
  sheet.commit();
  await workbook.commit();
}

import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { addExportRow, dateCell, printLayout } from '../../shared/spreadsheet.ts';
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
  expired: 'انتهت صلاحيتها',
  rejected: 'رفضها المزوّد',
};

// The seed's words for call results (P1-2 step 6) and the reasons an item is open.
const outcomeNames: Record<string, string> = {
  reached: 'تم الاتصال والتذكير',
  no_answer: 'لم يرد العميل',
  busy: 'مشغول',
  not_present: 'العميل غير موجود',
  wrong_number: 'رقم خاطئ',
  promise_to_pay: 'وعد بالسداد',
  refused: 'رفض السداد',
  call_dropped: 'انقطع الاتصال',
  callback_requested: 'طلب معاودة الاتصال',
  interested: 'مهتم',
  not_interested: 'غير مهتم',
  sale: 'تم البيع',
};

const reasonNames: Record<string, string> = {
  unreachable: 'تعذر الوصول بعد كل المحاولات',
  wrong_number: 'رقم خاطئ — بانتظار تكنولوجيا المعلومات',
  no_usable_number: 'لا يوجد رقم صالح — بانتظار تكنولوجيا المعلومات',
  sms_too_long: 'الرسالة أطول من مقطع واحد',
  opted_out: 'العميل طلب إيقاف الرسائل',
  bad_recipient: 'رقم الجوال غير صالح',
  template_not_found: 'لا يوجد نموذج رسالة معتمد',
  failed: 'فشل الإرسال',
  rejected: 'رفضها المزوّد',
  expired: 'انتهت صلاحية الرسالة',
};

function reasonText(reason: string | null): string {
  if (!reason) return '';
  if (reason.startsWith('sent_back: ')) return `أعاده المشرف: ${reason.slice('sent_back: '.length)}`;
  return reasonNames[reason] ?? reason;
}

const amountFormat = '#,##0.00';

/**
 * A work list as the seed's forms: F 1-1 (the customer list of an SMS list, one row per
 * installment) or F 1-2 (the phone reminder list, with result and signature columns). The sheet
 * reads right to left and prints one page wide with its header row on every page; dates are
 * date cells, numbers numbers, codes in words, agents by name; no cell can become a formula.
 */
export async function exportWorkListXlsx(
  list: { purpose: string; channel: string; business_date: string; status: string; signed_off_by: string | null },
  items: Awaited<ReturnType<typeof listItems>>,
  out: Writable,
) {
  const sms = list.channel === 'sms';
  const form = sms ? 'F 1-1' : 'F 1-2';
  const title = sms
    ? `كشف العملاء — ${purposeTitles[list.purpose] ?? list.purpose} من خلال الرسائل القصيرة`
    : `كشف ${purposeTitles[list.purpose] ?? list.purpose} من خلال الاتصال الهاتفي`;
  const columns: Array<{ name: string; width: number; amount?: boolean; date?: boolean }> = sms
    ? [
        { name: 'م', width: 5 },
        { name: 'رقم العميل', width: 13 },
        { name: 'اسم العميل', width: 26 },
        { name: 'رقم العقد', width: 13 },
        { name: 'رقم القسط', width: 9 },
        { name: 'تاريخ الاستحقاق', width: 13, date: true },
        { name: 'المبلغ', width: 12, amount: true },
        { name: 'الجوال', width: 15 },
        { name: 'حالة الرسالة', width: 16 },
      ]
    : [
        { name: 'م', width: 5 },
        { name: 'رقم العميل', width: 13 },
        { name: 'اسم العميل', width: 26 },
        { name: 'رقم العقد', width: 13 },
        { name: 'المبلغ', width: 12, amount: true },
        { name: 'الأولوية', width: 8 },
        { name: 'الهاتف', width: 15 },
        { name: 'الموظف', width: 18 },
        { name: 'نتيجة الاتصال', width: 20 },
        { name: 'ملاحظات', width: 28 },
      ];
  const headerRow = 4;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet(form, {
    views: [{ rightToLeft: true, state: 'frozen', ySplit: headerRow }],
    ...printLayout({ title: `${form} — ${title}`, date: list.business_date, headerRow, columns: columns.length }),
  });
  sheet.columns = columns.map((c) => ({
    width: c.width,
    style: c.amount ? { numFmt: amountFormat } : c.date ? { numFmt: 'dd/mm/yyyy' } : {},
  }));
  sheet.addRow([`${form} — ${title}`]).font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, columns.length);
  const info = sheet.addRow(['تاريخ الكشف:', '', dateCell(list.business_date), 'عدد العملاء:', items.length]);
  info.getCell(3).numFmt = 'dd/mm/yyyy';
  info.getCell(3).alignment = { horizontal: 'right' };
  sheet.addRow([]);
  const header = sheet.addRow(columns.map((c) => c.name));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7F0EE' } };
    cell.border = { bottom: { style: 'thin' } };
    cell.alignment = { wrapText: true, vertical: 'middle' };
  });

  let n = 0;
  for (const item of items) {
    if (sms) {
      // One row per installment: its number, due date and amount as the seed's F 1-1 lists them.
      const installments = item.installments.length > 0 ? item.installments : [null];
      for (const inst of installments) {
        addExportRow(sheet, [
          ++n,
          item.customer_no,
          item.name,
          inst?.contract_no ?? '',
          inst?.installment_no ?? null,
          inst ? dateCell(inst.due_date) : null,
          inst ? inst.outstanding : item.amount,
          item.phone_masked ?? '',
          statusNames[item.status] ?? item.status,
        ]).commit();
      }
    } else {
      const contracts = [...new Set(item.installments.map((x) => x.contract_no))].join('، ');
      const outcome = item.outcome ?? item.last_outcome;
      addExportRow(sheet, [
        ++n,
        item.customer_no,
        item.name,
        contracts,
        item.amount,
        item.tier,
        item.phone_masked ?? '',
        item.agent_name ?? item.agent ?? '',
        outcome ? (outcomeNames[outcome] ?? outcome) : (statusNames[item.status] ?? item.status),
        reasonText(item.reason),
      ]).commit();
    }
  }
  sheet.addRow([]);
  sheet.addRow(['توقيع مشرف مركز الاتصال:', '', list.signed_off_by ?? '']).commit();
  sheet.commit();
  await workbook.commit();
}

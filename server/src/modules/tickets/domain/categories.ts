import type { FieldError } from '../../../http/errors.ts';

// Ticket categories (S3) and the fields each one must carry. The four shipment categories come
// from the key-accounts policy: "اسم الشاحن وتفاصيل الاتصال، اسم المرسل إليه وتفاصيل الاتصال".

export const ticketCategories = [
  'service_failure', // شكوى فشل الخدمة
  'address_change', // تغيير العنوان
  'claim', // مطالبة
  'advance_notice', // تنبيه مسبق خاص
  'inquiry', // استفسار
  'complaint', // شكوى
  'data_correction', // تصحيح بيانات
] as const;
export type TicketCategory = (typeof ticketCategories)[number];

export const shipmentCategories: readonly TicketCategory[] = [
  'service_failure',
  'address_change',
  'claim',
  'advance_notice',
];

/** Complaints (S2) get an acknowledgement, a resolution notice and a survey. */
export const complaintCategories: readonly TicketCategory[] = ['complaint', 'service_failure'];

export const shipmentFields = [
  'waybill_no',
  'shipper_name',
  'shipper_phone',
  'consignee_name',
  'consignee_phone',
] as const;
const phoneFields = new Set(['shipper_phone', 'consignee_phone']);

export const categoryNames: Record<TicketCategory, { ar: string; en: string }> = {
  service_failure: { ar: 'شكوى فشل الخدمة', en: 'Service-failure complaint' },
  address_change: { ar: 'تغيير العنوان', en: 'Address change' },
  claim: { ar: 'مطالبة', en: 'Claim' },
  advance_notice: { ar: 'تنبيه مسبق خاص', en: 'Special advance notice' },
  inquiry: { ar: 'استفسار', en: 'Inquiry' },
  complaint: { ar: 'شكوى', en: 'Complaint' },
  data_correction: { ar: 'تصحيح بيانات', en: 'Data correction' },
};

const fieldNames: Record<string, string> = {
  waybill_no: 'رقم بوليصة الشحن',
  shipper_name: 'اسم الشاحن',
  shipper_phone: 'هاتف الشاحن',
  consignee_name: 'اسم المرسل إليه',
  consignee_phone: 'هاتف المرسل إليه',
  claim_amount: 'مبلغ المطالبة',
};

/** The fields a category requires, in the order a form shows them. */
export function mandatoryFieldsOf(category: TicketCategory): string[] {
  const fields: string[] = shipmentCategories.includes(category) ? [...shipmentFields] : [];
  if (category === 'claim') fields.push('claim_amount');
  return fields;
}

/**
 * An amount as agents type it: a number, or text with Western or Arabic-Indic digits, the Arabic
 * decimal sign (٫) or a point, and thousands grouped by commas or the Arabic separator (٬)
 * — "7,500", "٧٥٠٠", "١٬٢٥٠٫٥". Anything else (letters, "7.500,00") is not an amount: null.
 */
export function parseAmount(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value
    .trim()
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066B/g, '.')
    .replace(/\u066C/g, ',');
  if (!/^\d{1,3}(,\d{3})*(\.\d+)?$|^\d+(\.\d+)?$/.test(text)) return null;
  return Number(text.replace(/,/g, ''));
}

export type PhoneCheck = (raw: string, country: string) => { valid: boolean; e164: string | null };

/**
 * Field errors for a ticket's `fields`: each missing or malformed mandatory field is named
 * (`fields.waybill_no`). Phones must parse as valid numbers for the customer's country.
 */
export function mandatoryFieldErrors(
  category: TicketCategory,
  fields: Record<string, unknown>,
  country: string,
  parsePhone: PhoneCheck,
): FieldError[] {
  const errors: FieldError[] = [];
  for (const name of mandatoryFieldsOf(category)) {
    const value = fields[name];
    const field = `fields.${name}`;
    const label = fieldNames[name] ?? name;
    if (name === 'claim_amount') {
      const amount = parseAmount(value);
      if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
        errors.push(required(field, label));
      } else if (amount === null || amount <= 0 || amount > 1e11) {
        errors.push({
          field,
          code: 'invalid_amount',
          message: 'Must be a positive amount.',
          message_ar: `${label}: يجب أن يكون مبلغًا موجبًا.`,
        });
      }
      continue;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      errors.push(required(field, label));
      continue;
    }
    if (value.length > 200) {
      errors.push({
        field,
        code: 'too_big',
        message: 'Must be at most 200 characters.',
        message_ar: `${label}: يجب ألا يزيد الطول على 200 حرف.`,
      });
      continue;
    }
    if (phoneFields.has(name) && !parsePhone(value, country).valid) {
      errors.push({
        field,
        code: 'invalid_phone',
        message: `Not a valid phone number for ${country}.`,
        message_ar: `${label}: ليس رقم هاتف صحيحًا في الدولة ${country}.`,
      });
    }
  }
  return errors;
}

function required(field: string, label: string): FieldError {
  return { field, code: 'required', message: 'This field is required.', message_ar: `${label}: هذا الحقل مطلوب.` };
}

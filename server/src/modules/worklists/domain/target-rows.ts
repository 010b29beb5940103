import {
  importColumn as col,
  parsePhone,
  RowReader,
  rowLimits,
  rowReasons,
  unstorableTextRejections,
  type ImportFormat,
  type Rejection,
} from '../../customers/index.ts';

// A target file (قائمة مستهدفين) from the marketing department (SPEC M1, L1): customer numbers,
// or new prospects with a name and a phone (or an email for an email list). Read by the same
// reader and reported row by row like the customer import (SPEC C4).

export const targetFormat: ImportFormat = {
  kind: 'targets',
  nameAr: 'مستهدفين',
  columns: [
    col('customer_no', false, 'رقم العميل'),
    col('name', false, 'الاسم', 'اسم العميل'),
    col('phone', false, 'الهاتف', 'الجوال', 'رقم الجوال', 'رقم الهاتف', 'mobile'),
    col('email', false, 'البريد الإلكتروني', 'البريد الالكتروني'),
    col('country', false, 'الدولة', 'البلد'),
    col('city', false, 'المدينة'),
  ],
  anyOf: ['customer_no', 'phone', 'email'],
};

export type TargetRow =
  | { kind: 'customer'; customerNo: string }
  | {
      kind: 'prospect';
      name: string;
      phone: string | null;
      e164: string | null;
      email: string | null;
      country: string;
      city: string | null;
    };

export type TargetRowContext = { channel: string; countries: ReadonlySet<string>; defaultCountry: string };

const targetReasons = {
  name_or_number: {
    en: 'Either a customer number, or a name with a phone (or an email) for a new prospect.',
    ar: 'إما رقم عميل، أو اسم مع رقم هاتف (أو بريد إلكتروني) لعميل محتمل جديد.',
  },
  bad_phone: {
    en: 'Not a valid phone number for the country.',
    ar: 'ليس رقم هاتف صحيحًا لهذه الدولة.',
  },
  no_valid_mobile: {
    en: 'An SMS list needs a mobile number.',
    ar: 'كشف الرسائل القصيرة يحتاج رقم جوال.',
  },
  no_phone: { en: 'A phone list needs a phone number.', ar: 'كشف الاتصال يحتاج رقم هاتف.' },
  no_email: { en: 'An email list needs an email address.', ar: 'كشف البريد يحتاج عنوان بريد إلكتروني.' },
};

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

/** One row of a target file: a customer number, or a prospect the list's channel can reach. */
export function checkTargetRow(
  values: Record<string, string>,
  ctx: TargetRowContext,
): { row?: TargetRow; rejections: Rejection[] } {
  const unstorable = unstorableTextRejections(values);
  if (unstorable.length > 0) return { rejections: unstorable };
  const r = new RowReader(values);
  if (r.raw('customer_no') !== '') {
    const customerNo = r.key('customer_no');
    return r.rejections.length > 0
      ? { rejections: r.rejections }
      : { row: { kind: 'customer', customerNo }, rejections: [] };
  }
  const name = r.text('name', rowLimits.name, false);
  const phone = r.text('phone', rowLimits.phone, false);
  const email = r.text('email', rowLimits.email, false).toLowerCase();
  const city = r.text('city', rowLimits.city, false);
  const country = (r.raw('country') || ctx.defaultCountry).toUpperCase();
  if (name === '' || (phone === '' && email === '')) {
    r.reject(name === '' ? 'name' : 'phone', 'name_or_number', targetReasons.name_or_number);
    return { rejections: r.rejections };
  }
  if (!ctx.countries.has(country)) r.reject('country', 'bad_country', rowReasons.bad_country);
  if (email !== '' && !EMAIL.test(email)) r.reject('email', 'bad_email', rowReasons.bad_email);
  let e164: string | null = null;
  if (phone !== '' && r.rejections.length === 0) {
    const parsed = parsePhone(phone, country);
    if (!parsed.valid || !parsed.e164) r.reject('phone', 'bad_phone', targetReasons.bad_phone);
    else {
      e164 = parsed.e164;
      if (ctx.channel === 'sms' && parsed.numberType !== 'mobile' && parsed.numberType !== 'fixed_line_or_mobile')
        r.reject('phone', 'no_valid_mobile', targetReasons.no_valid_mobile);
    }
  }
  if (ctx.channel !== 'email' && phone === '')
    r.reject(
      'phone',
      ctx.channel === 'sms' ? 'no_valid_mobile' : 'no_phone',
      ctx.channel === 'sms' ? targetReasons.no_valid_mobile : targetReasons.no_phone,
    );
  if (ctx.channel === 'email' && email === '') r.reject('email', 'no_email', targetReasons.no_email);
  if (r.rejections.length > 0) return { rejections: r.rejections };
  return {
    row: { kind: 'prospect', name, phone: phone || null, e164, email: email || null, country, city: city || null },
    rejections: [],
  };
}

/** The key unique within one file: the customer number, else the number, else the address. */
export function targetKey(row: TargetRow): string {
  if (row.kind === 'customer') return `customer\u0000${row.customerNo}`;
  return row.e164 ? `phone\u0000${row.e164}` : `email\u0000${row.email}`;
}

export function duplicateTarget(values: Record<string, string>, firstRow: number): Rejection {
  const column = values.customer_no?.trim() ? 'customer_no' : values.phone?.trim() ? 'phone' : 'email';
  return {
    column,
    value: values[column] ?? '',
    code: 'duplicate_in_file',
    en: `The same target is already in row ${firstRow} of this file.`,
    ar: `المستهدف نفسه موجود في السطر ${firstRow} من هذا الملف.`,
  };
}

/** Why a customer the file names is not added to the list (the channel cannot reach them). */
export const exclusionRejections: Record<string, { en: string; ar: string }> = {
  unknown_customer: { en: 'No customer with this number.', ar: 'لا يوجد عميل بهذا الرقم.' },
  do_not_call: { en: 'The customer asked not to be called.', ar: 'طلب العميل عدم الاتصال به.' },
  sms_opt_out: { en: 'The customer opted out of SMS.', ar: 'ألغى العميل استقبال الرسائل القصيرة.' },
  no_usable_number: {
    en: 'The customer has no usable phone number.',
    ar: 'ليس لدى العميل رقم هاتف صالح للاتصال.',
  },
  no_valid_mobile: { en: 'The customer has no valid mobile number.', ar: 'ليس لدى العميل رقم جوال صحيح.' },
  no_email: { en: 'The customer has no email address.', ar: 'ليس لدى العميل بريد إلكتروني.' },
  unsubscribed: {
    en: 'The customer unsubscribed from marketing email.',
    ar: 'ألغى العميل اشتراكه في البريد التسويقي.',
  },
};

import { importColumns, type ImportKind } from './import-formats.ts';
import { currencyDecimals, parseAmountMinor, parseBoolean, parseInstant, parseIsoDate } from './values.ts';
import { toAsciiDigits } from './phone.ts';

// Checks one row of an import file and turns its text into typed values, or says, per
// column, why the row is rejected (in English and Arabic).

export type Rejection = { column: string; value: string; code: string; en: string; ar: string };

export type CustomerRow = {
  customerNo: string;
  name: string;
  type: 'current' | 'prospect';
  category: 'A' | 'B' | 'C' | null;
  country: string;
  city: string | null;
  phones: { mobile: string; landline: string; work: string; home: string; fax: string };
  email: string;
  keyAccount: boolean;
  smsOptOut: boolean;
};

export type InstallmentRow = {
  customerNo: string;
  contractNo: string;
  creditType: string;
  installmentNo: number;
  amountMinor: number;
  currency: string;
  dueDate: string;
};

export type PaymentRow = {
  customerNo: string;
  contractNo: string;
  installmentNo: number;
  amountMinor: number;
  paidAt: Date;
  reference: string;
};

export type RowContext = { timeZone: string; defaultCurrency: string; countries: ReadonlySet<string> };

/** The longest value of each kind of column (characters). */
export const LIMITS = { key: 64, name: 200, city: 100, creditType: 100, reference: 100, phone: 40, email: 254 };

/** Why a value is refused, in English and Arabic. */
export const reasons = {
  missing: { en: 'A value is required.', ar: 'القيمة مطلوبة.' },
  too_long: (n: number) => ({ en: `Longer than ${n} characters.`, ar: `أطول من ${n} حرفًا.` }),
  bad_key: {
    en: 'Only letters, digits, dot, dash, slash and underscore.',
    ar: 'يُسمح بالحروف والأرقام والنقطة والشرطة والشرطة المائلة والشرطة السفلية فقط.',
  },
  bad_type: { en: 'Must be current or prospect.', ar: 'يجب أن يكون current (حالي) أو prospect (محتمل).' },
  bad_category: { en: 'Must be A, B or C.', ar: 'يجب أن تكون الفئة A أو B أو C.' },
  bad_country: { en: 'Not a known ISO-3166 two-letter country code.', ar: 'ليس رمز دولة معروفًا من حرفين (ISO-3166).' },
  bad_boolean: { en: 'Must be true or false.', ar: 'يجب أن تكون القيمة true أو false.' },
  bad_amount: {
    en: 'Not an amount (digits with an optional decimal point, above zero).',
    ar: 'ليس مبلغًا صحيحًا (أرقام مع فاصلة عشرية اختيارية، أكبر من صفر).',
  },
  bad_integer: { en: 'Must be a whole number from 1.', ar: 'يجب أن يكون عددًا صحيحًا من 1 فأكثر.' },
  bad_currency: { en: 'Not an ISO 4217 currency code.', ar: 'ليس رمز عملة صحيحًا (ISO 4217).' },
  bad_date: { en: 'Not a date in the form YYYY-MM-DD.', ar: 'ليس تاريخًا بالصيغة YYYY-MM-DD.' },
  bad_instant: { en: 'Not a date and time in ISO 8601.', ar: 'ليس تاريخًا ووقتًا بصيغة ISO 8601.' },
  bad_email: { en: 'Not an email address.', ar: 'ليس عنوان بريد إلكتروني صحيحًا.' },
  bad_character: {
    en: 'Contains a character that cannot be stored (a NUL byte or a broken UTF-16 pair): the file may be damaged.',
    ar: 'يحتوي على حرف لا يمكن حفظه (بايت صفري NUL أو زوج UTF-16 مكسور)؛ قد يكون الملف تالفًا.',
  },
};

// NUL and lone surrogates: PostgreSQL refuses the first in text and the second in jsonb, and
// neither belongs in a name or a number. The row is rejected whole before any other check.
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNSTORABLE_ALL = new RegExp(UNSTORABLE.source, 'g');

/** Rejections for every column whose text cannot be stored; empty when the row is clean. */
export function unstorableTextRejections(values: Record<string, string>): Rejection[] {
  const rejections: Rejection[] = [];
  for (const [column, value] of Object.entries(values)) {
    if (UNSTORABLE.test(value)) rejections.push({ column, value, code: 'bad_character', ...reasons.bad_character });
  }
  return rejections;
}

/** The text with unstorable characters shown as U+FFFD, so that a rejected value can be stored in the report. */
export function storableText(value: string): string {
  return value.replace(UNSTORABLE_ALL, '\ufffd');
}

type Reason = { en: string; ar: string };

/** Reads a row's columns, collecting each column's rejection (other formats build their checks on it). */
export class RowReader {
  readonly rejections: Rejection[] = [];
  constructor(private readonly values: Record<string, string>) {}

  raw(column: string): string {
    return (this.values[column] ?? '').trim();
  }

  reject(column: string, code: string, reason: Reason) {
    this.rejections.push({ column, value: this.values[column] ?? '', code, en: reason.en, ar: reason.ar });
  }

  text(column: string, max: number, required: boolean): string {
    const v = this.raw(column);
    if (required && v === '') this.reject(column, 'missing', reasons.missing);
    else if ([...v].length > max) this.reject(column, 'too_long', reasons.too_long(max));
    return v;
  }

  key(column: string): string {
    const v = toAsciiDigits(this.text(column, LIMITS.key, true));
    if (v !== '' && !/^[\p{L}\p{N}._\-/]+$/u.test(v)) this.reject(column, 'bad_key', reasons.bad_key);
    return v;
  }

  positiveInt(column: string): number {
    const v = toAsciiDigits(this.raw(column));
    if (v === '') {
      this.reject(column, 'missing', reasons.missing);
      return 0;
    }
    if (!/^\d{1,6}$/.test(v) || Number(v) < 1) this.reject(column, 'bad_integer', reasons.bad_integer);
    return Number(v);
  }

  bool(column: string): boolean {
    const b = parseBoolean(this.raw(column), false);
    if (b === null) this.reject(column, 'bad_boolean', reasons.bad_boolean);
    return b ?? false;
  }

  amount(column: string, currency: string): number {
    const v = this.raw(column);
    if (v === '') {
      this.reject(column, 'missing', reasons.missing);
      return 0;
    }
    const minor = parseAmountMinor(v, currencyDecimals(currency));
    if (minor === null || minor <= 0) this.reject(column, 'bad_amount', reasons.bad_amount);
    return minor ?? 0;
  }
}

const isCurrency = (() => {
  let known: Set<string> | undefined;
  return (code: string) => {
    known ??= new Set(Intl.supportedValuesOf('currency'));
    return known.has(code);
  };
})();

export function checkCustomerRow(
  values: Record<string, string>,
  ctx: RowContext,
): { row?: CustomerRow; rejections: Rejection[] } {
  const unstorable = unstorableTextRejections(values);
  if (unstorable.length > 0) return { rejections: unstorable };
  const r = new RowReader(values);
  const customerNo = r.key('customer_no');
  const name = r.text('name', LIMITS.name, true);
  const typeText = r.raw('type').toLowerCase();
  const type = typeText === '' ? 'current' : typeText;
  if (type !== 'current' && type !== 'prospect') r.reject('type', 'bad_type', reasons.bad_type);
  const categoryText = r.raw('category').toUpperCase();
  if (categoryText !== '' && !['A', 'B', 'C'].includes(categoryText))
    r.reject('category', 'bad_category', reasons.bad_category);
  const country = (r.raw('country') || 'SA').toUpperCase();
  if (!ctx.countries.has(country)) r.reject('country', 'bad_country', reasons.bad_country);
  const city = r.text('city', LIMITS.city, false);
  const phone = (c: string) => r.text(c, LIMITS.phone, false);
  const phones = {
    mobile: phone('mobile'),
    landline: phone('landline'),
    work: phone('work_phone'),
    home: phone('home_phone'),
    fax: phone('fax'),
  };
  const email = r.text('email', LIMITS.email, false);
  if (email !== '' && !/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(email))
    r.reject('email', 'bad_email', reasons.bad_email);
  const keyAccount = r.bool('key_account');
  const smsOptOut = r.bool('sms_opt_out');
  if (r.rejections.length > 0) return { rejections: r.rejections };
  return {
    row: {
      customerNo,
      name,
      type: type as 'current' | 'prospect',
      category: (categoryText || null) as CustomerRow['category'],
      country,
      city: city || null,
      phones,
      email,
      keyAccount,
      smsOptOut,
    },
    rejections: [],
  };
}

export function checkInstallmentRow(
  values: Record<string, string>,
  ctx: RowContext,
): { row?: InstallmentRow; rejections: Rejection[] } {
  const unstorable = unstorableTextRejections(values);
  if (unstorable.length > 0) return { rejections: unstorable };
  const r = new RowReader(values);
  const customerNo = r.key('customer_no');
  const contractNo = r.key('contract_no');
  const creditType = r.text('credit_type', LIMITS.creditType, true);
  const installmentNo = r.positiveInt('installment_no');
  const currency = (r.raw('currency') || ctx.defaultCurrency).toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency) || !isCurrency(currency)) r.reject('currency', 'bad_currency', reasons.bad_currency);
  const amountMinor = r.amount('amount', currency);
  const due = r.raw('due_date');
  const dueDate = parseIsoDate(due);
  if (due === '') r.reject('due_date', 'missing', reasons.missing);
  else if (!dueDate) r.reject('due_date', 'bad_date', reasons.bad_date);
  if (r.rejections.length > 0) return { rejections: r.rejections };
  return {
    row: { customerNo, contractNo, creditType, installmentNo, amountMinor, currency, dueDate: dueDate! },
    rejections: [],
  };
}

/** Payments carry the installment's currency; the amount is read with `currencyOf` once known. */
export function checkPaymentRow(
  values: Record<string, string>,
  ctx: RowContext,
): { row?: PaymentRow; rejections: Rejection[] } {
  const unstorable = unstorableTextRejections(values);
  if (unstorable.length > 0) return { rejections: unstorable };
  const r = new RowReader(values);
  const customerNo = r.key('customer_no');
  const contractNo = r.key('contract_no');
  const installmentNo = r.positiveInt('installment_no');
  const amountMinor = r.amount('amount', ctx.defaultCurrency);
  const paid = r.raw('paid_at');
  const paidAt = parseInstant(paid, ctx.timeZone);
  if (paid === '') r.reject('paid_at', 'missing', reasons.missing);
  else if (!paidAt) r.reject('paid_at', 'bad_instant', reasons.bad_instant);
  const reference = r.text('reference', LIMITS.reference, false);
  if (r.rejections.length > 0) return { rejections: r.rejections };
  return { row: { customerNo, contractNo, installmentNo, amountMinor, paidAt: paidAt!, reference }, rejections: [] };
}

/** The key that must be unique within one file. */
export function rowKey(kind: ImportKind, row: CustomerRow | InstallmentRow | PaymentRow): string {
  switch (kind) {
    case 'customers':
      return (row as CustomerRow).customerNo;
    case 'installments': {
      const i = row as InstallmentRow;
      return `${i.contractNo}\u0000${i.installmentNo}`;
    }
    case 'payments': {
      const p = row as PaymentRow;
      return `${p.contractNo}\u0000${p.installmentNo}\u0000${p.paidAt.toISOString()}\u0000${p.reference}`;
    }
  }
}

export const keyColumn: Record<ImportKind, string> = {
  customers: 'customer_no',
  installments: 'installment_no',
  payments: 'paid_at',
};

export function duplicateRejection(kind: ImportKind, values: Record<string, string>, firstRow: number): Rejection {
  const column = keyColumn[kind];
  return {
    column,
    value: values[column] ?? '',
    code: 'duplicate_in_file',
    en: `The same key is already in row ${firstRow} of this file.`,
    ar: `المفتاح نفسه موجود في السطر ${firstRow} من هذا الملف.`,
  };
}

export const referenceReasons = {
  unknown_customer: { en: 'No customer with this number.', ar: 'لا يوجد عميل بهذا الرقم.' },
  unknown_contract: {
    en: 'No contract with this number for this customer.',
    ar: 'لا يوجد عقد بهذا الرقم لهذا العميل.',
  },
  unknown_installment: { en: 'No such installment on this contract.', ar: 'لا يوجد قسط بهذا الرقم في هذا العقد.' },
  contract_of_other_customer: { en: 'This contract belongs to another customer.', ar: 'هذا العقد يخص عميلًا آخر.' },
};

export const allColumns = (kind: ImportKind) => importColumns[kind].map((c) => c.name);

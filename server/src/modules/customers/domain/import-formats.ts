// The import formats of SPEC §4 (a stable contract): English headers, with Arabic aliases.

export const importKinds = ['customers', 'installments', 'payments'] as const;
export type ImportKind = (typeof importKinds)[number];

export type ImportColumn = { name: string; required: boolean; aliases: string[] };
type Column = ImportColumn;

export const col = (name: string, required: boolean, ...aliases: string[]): Column => ({ name, required, aliases });

/**
 * A file format other modules define over the same reader (a work list's target file): its
 * name in both languages, its columns, and columns of which at least one must be present.
 */
export type ImportFormat = { kind: string; nameAr: string; columns: ImportColumn[]; anyOf?: string[] };

const arabicKind: Record<ImportKind, string> = { customers: 'عملاء', installments: 'أقساط', payments: 'مدفوعات' };

/** The format of a built-in kind, or the format given. */
export function formatOf(kind: ImportKind | ImportFormat): ImportFormat {
  return typeof kind === 'string' ? { kind, nameAr: arabicKind[kind], columns: importColumns[kind] } : kind;
}

export const importColumns: Record<ImportKind, Column[]> = {
  customers: [
    col('customer_no', true, 'رقم العميل'),
    col('name', true, 'الاسم', 'اسم العميل'),
    col('type', false, 'النوع', 'نوع العميل'),
    col('category', false, 'الفئة', 'فئة العميل'),
    col('country', false, 'الدولة', 'البلد'),
    col('city', false, 'المدينة'),
    col('mobile', false, 'الجوال', 'رقم الجوال', 'الهاتف المحمول'),
    col('landline', false, 'الهاتف الأرضي', 'الهاتف', 'هاتف المنزل الأرضي'),
    col('work_phone', false, 'هاتف العمل'),
    col('home_phone', false, 'هاتف المنزل'),
    col('email', false, 'البريد الإلكتروني', 'البريد الالكتروني'),
    col('fax', false, 'الفاكس'),
    col('key_account', false, 'عميل رئيسي', 'كبار العملاء'),
    col('sms_opt_out', false, 'إلغاء الرسائل', 'عدم إرسال الرسائل'),
  ],
  installments: [
    col('customer_no', true, 'رقم العميل'),
    col('contract_no', true, 'رقم العقد'),
    col('credit_type', true, 'نوع التمويل', 'نوع الائتمان'),
    col('installment_no', true, 'رقم القسط'),
    col('amount', true, 'المبلغ', 'قيمة القسط'),
    col('currency', false, 'العملة'),
    col('due_date', true, 'تاريخ الاستحقاق'),
  ],
  payments: [
    col('customer_no', true, 'رقم العميل'),
    col('contract_no', true, 'رقم العقد'),
    col('installment_no', true, 'رقم القسط'),
    col('amount', true, 'المبلغ', 'المبلغ المدفوع'),
    col('paid_at', true, 'تاريخ الدفع', 'وقت الدفع', 'تاريخ السداد'),
    col('reference', false, 'المرجع', 'رقم المرجع'),
  ],
};

/** Columns holding dates (Excel serial numbers are read as dates there). */
export const dateColumns = new Set(['due_date']);
export const instantColumns = new Set(['paid_at']);

function headerKey(text: string): string {
  return text
    .replace(/^\ufeff/, '')
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

export type HeaderMapping = {
  /** For each position in the file's header row, the column it feeds (or null: extra column, ignored). */
  positions: Array<string | null>;
  missing: string[];
  duplicated: string[];
};

/** Maps a file's header row to the format's columns, in any order, English or Arabic. */
export function mapHeaders(kind: ImportKind | ImportFormat, header: string[]): HeaderMapping {
  const format = formatOf(kind);
  const lookup = new Map<string, string>();
  for (const c of format.columns) {
    lookup.set(headerKey(c.name), c.name);
    for (const a of c.aliases) lookup.set(headerKey(a), c.name);
  }
  const seen = new Set<string>();
  const duplicated: string[] = [];
  const positions = header.map((h) => {
    const name = lookup.get(headerKey(h)) ?? null;
    if (name && seen.has(name)) duplicated.push(name);
    if (name) seen.add(name);
    return name;
  });
  const missing = format.columns.filter((c) => c.required && !seen.has(c.name)).map((c) => c.name);
  if (format.anyOf && !format.anyOf.some((name) => seen.has(name))) missing.push(format.anyOf.join(' | '));
  return { positions, missing, duplicated };
}

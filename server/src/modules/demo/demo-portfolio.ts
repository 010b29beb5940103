import { addDays } from '../collections/index.ts';

// A realistic demo portfolio: Arabic names, Saudi numbers written every way people write
// them (some broken), contracts with monthly installments over a year around today, and
// payments on time, late, partial or missing. Deterministic: the same day gives the same files.

export type DemoPortfolio = { customers: string; installments: string; payments: string };

const firstNames = [
  'محمد',
  'أحمد',
  'عبدالله',
  'خالد',
  'فهد',
  'سلطان',
  'فيصل',
  'عمر',
  'يوسف',
  'إبراهيم',
  'سعود',
  'ناصر',
  'تركي',
  'ماجد',
  'بندر',
  'سارة',
  'نورة',
  'فاطمة',
  'ريم',
  'هيفاء',
  'لطيفة',
  'منى',
  'أمل',
  'هند',
  'عائشة',
  'مريم',
  'جواهر',
  'أسامة',
  'حمد',
  'وليد',
];
const familyNames = [
  'العتيبي',
  'القحطاني',
  'الغامدي',
  'الزهراني',
  'الدوسري',
  'الشهري',
  'الحربي',
  'المطيري',
  'الشمري',
  'العنزي',
  'السبيعي',
  'البقمي',
  'الرشيدي',
  'المالكي',
  'الجهني',
  'العمري',
  'الأحمدي',
  'السهلي',
  'الخالدي',
  'الثبيتي',
];
const cities: Array<[string, string]> = [
  ['الرياض', '011'],
  ['جدة', '012'],
  ['مكة المكرمة', '012'],
  ['الدمام', '013'],
  ['الخبر', '013'],
  ['المدينة المنورة', '014'],
  ['أبها', '017'],
  ['تبوك', '014'],
  ['بريدة', '016'],
];
const creditTypes = ['تمويل شخصي', 'تمويل سيارة', 'تمويل أجهزة', 'تمويل عقاري'];
const mobilePrefixes = ['050', '053', '054', '055', '056', '058', '059'];

/** Mulberry32: a small deterministic generator. */
function generator(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function addMonths(iso: string, months: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

function csv(rows: Array<Array<string | number>>): string {
  return (
    rows
      .map((r) => r.map((v) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v))).join(','))
      .join('\n') + '\n'
  );
}

export function demoPortfolio(today: string, count = 2500): DemoPortfolio {
  const random = generator(20_261_122);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');

  const mobileAsWritten = () => {
    const local = `${pick(mobilePrefixes)}${digits(7)}`;
    const r = random();
    if (r < 0.04) return local.slice(0, 8); // a digit or two missing
    if (r < 0.06) return 'لا يوجد';
    if (r < 0.3) return `+966 ${local.slice(1, 3)} ${local.slice(3, 6)} ${local.slice(6)}`;
    if (r < 0.4) return `00966${local.slice(1)}`;
    return local;
  };

  const customers: Array<Array<string | number>> = [
    [
      'customer_no',
      'name',
      'type',
      'category',
      'country',
      'city',
      'mobile',
      'landline',
      'work_phone',
      'home_phone',
      'email',
      'fax',
      'key_account',
      'sms_opt_out',
    ],
  ];
  const installments: Array<Array<string | number>> = [
    ['customer_no', 'contract_no', 'credit_type', 'installment_no', 'amount', 'currency', 'due_date'],
  ];
  const payments: Array<Array<string | number>> = [
    ['customer_no', 'contract_no', 'installment_no', 'amount', 'paid_at', 'reference'],
  ];

  for (let n = 1; n <= count; n++) {
    const customerNo = `C${String(n).padStart(6, '0')}`;
    const [city, area] = pick(cities);
    const category = random() < 0.3 ? 'A' : random() < 0.6 ? 'B' : 'C';
    const prospect = random() < 0.05;
    const hasLandline = random() < 0.55;
    const hasWork = random() < 0.3;
    customers.push([
      customerNo,
      `${pick(firstNames)} ${pick(firstNames)} ${pick(familyNames)}`,
      prospect ? 'prospect' : 'current',
      prospect ? '' : category,
      'SA',
      city,
      random() < 0.95 ? mobileAsWritten() : '',
      hasLandline ? `${area}${digits(7)}` : '',
      hasWork ? `${area}${digits(7)}` : '',
      random() < 0.15 ? `${area}${digits(7)}` : '',
      random() < 0.4 ? `c${n}@example.sa` : '',
      '',
      category === 'A' && random() < 0.1 ? 'true' : 'false',
      random() < 0.03 ? 'true' : 'false',
    ]);
    if (prospect) continue;

    const contractNo = `K${String(n).padStart(6, '0')}`;
    const creditType = pick(creditTypes);
    const amount = pick([500, 750, 800, 1000, 1200, 1500, 2000, 2500, 3000, 3500, 4200, 5000]);
    // Twelve monthly installments: the first between eight and five months ago, on the customer's own day.
    const first = addDays(addMonths(today, -8 + Math.floor(random() * 4)), Math.floor(random() * 28) - 14);
    const habit = random(); // how this customer pays
    for (let k = 1; k <= 12; k++) {
      const due = addMonths(first, k - 1);
      installments.push([customerNo, contractNo, creditType, k, amount, 'SAR', due]);
      if (due >= today) continue;
      const r = random();
      const reference = `PAY-${n}-${k}`;
      // Every payment is stamped before today: the demo starts at any hour, and money "paid
      // later today" would already count against the promises agents make this morning.
      const paidDay = (day: string) => (day < today ? day : addDays(today, -1));
      if (habit < 0.6 || r < 0.5) {
        payments.push([
          customerNo,
          contractNo,
          k,
          amount,
          `${paidDay(addDays(due, -Math.floor(random() * 4)))}T${10 + Math.floor(random() * 10)}:${Math.floor(random() * 6)}5:00`,
          reference,
        ]);
      } else if (habit < 0.8) {
        const late = addDays(due, 1 + Math.floor(random() * 20));
        if (late < today) payments.push([customerNo, contractNo, k, amount, `${late}T11:30:00`, reference]);
      } else if (habit < 0.9) {
        payments.push([
          customerNo,
          contractNo,
          k,
          Math.round(amount / 2),
          `${paidDay(addDays(due, Math.floor(random() * 5)))}T13:00:00`,
          reference,
        ]);
      }
      // else: unpaid
    }
  }
  return { customers: csv(customers), installments: csv(installments), payments: csv(payments) };
}

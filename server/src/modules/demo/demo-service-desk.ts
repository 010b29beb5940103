import type { Database } from '../../db/client.ts';
import type { AuthUser } from '../../http/access.ts';
import { systemActor, type Actor } from '../audit/index.ts';
import { ingestRawEmail } from '../messaging/index.ts';
import type { SettingsService } from '../settings/index.ts';
import {
  addNote,
  closeTicket,
  createInquiry,
  createTicket,
  processInboundEmails,
  setUserGroups,
  sweepSla,
  type TicketsDeps,
} from '../tickets/index.ts';
import { getUserByUsername } from '../users/index.ts';
import { importDemoFile } from './demo-import.ts';
import { countTickets, findCustomerWithEmail } from './demo.repository.ts';

// The customer-service side of the demo (S1–S3): the demo users in their groups, three key
// accounts (Saudi, Egyptian, Emirati), tickets in every state a supervisor meets on a normal
// morning — new, overdue and escalated, a claim waiting for the manager — and inquiries by phone
// and by mail. Everything goes through the real use cases; nothing is sent (no outbox).

const groupsOf: Record<string, string[]> = {
  agent3: ['key_accounts', 'customer_care'],
  agent1: ['customer_care'],
  supervisor: ['customer_care', 'tracking'],
  itdesk: ['it'],
};

const keyAccounts = [
  'customer_no,name,type,category,country,city,mobile,email,key_account',
  'KA0001,شركة النخبة للتجارة,current,A,SA,الرياض,0551002003,logistics@nukhba.example.sa,true',
  'KA0002,شركة النيل للأجهزة,current,A,EG,القاهرة,01001234567,ops@nile-devices.example.eg,true',
  'KA0003,مؤسسة الخليج للتوريدات,current,A,AE,دبي,0501234567,care@gulf-supplies.example.ae,true',
];

const hours = (n: number) => n * 3_600_000;

/** A shipment's mandatory fields, with numbers that parse in the customer's country. */
const shipment = (waybill: string, country: 'SA' | 'EG') => ({
  waybill_no: waybill,
  shipper_name: country === 'SA' ? 'مستودعات الرياض' : 'مخازن العبور',
  shipper_phone: country === 'SA' ? '+966 11 234 5678' : '0223456789',
  consignee_name: country === 'SA' ? 'فرع جدة — شركة النخبة' : 'فرع الإسكندرية',
  consignee_phone: country === 'SA' ? '+966 55 987 6543' : '01112345678',
});

export async function loadDemoServiceDesk(database: Database, settings: SettingsService) {
  if ((await countTickets(database.db)) > 0) return { tickets: 0, inquiries: 0 };

  const users = new Map<string, AuthUser>();
  for (const username of ['agent1', 'agent3', 'supervisor', 'itdesk']) {
    const u = await getUserByUsername(database, username);
    if (!u) continue;
    users.set(username, {
      id: u.id,
      username: u.username,
      displayName: u.display_name,
      role: u.role,
      skills: u.skills,
      teams: u.teams,
      locale: 'ar',
    });
    await setUserGroups(database, systemActor('demo'), u.id, groupsOf[username] ?? []);
  }
  const actorOf = (username: string): Actor => {
    const u = users.get(username);
    return u ? { id: u.id, label: u.username, role: u.role } : systemActor('demo');
  };
  await importDemoFile(database, settings, 'customers', 'demo-key-accounts.csv', keyAccounts.join('\n') + '\n');

  const now = Date.now();
  const deps = (ago: number): TicketsDeps => ({
    database,
    settings,
    outbox: null,
    now: () => new Date(now - ago),
  });

  // Last month's key-account work, resolved — mostly within the 72 hours, a few late — so the
  // monthly key-accounts report opens with its SLA compliance, median times and backlog.
  const history = await loadLastMonth(database, settings, users, actorOf);

  const opened = [
    await createTicket(deps(hours(5)), actorOf('agent3'), null, {
      customer_no: 'KA0001',
      category: 'service_failure',
      subject: 'تأخر تسليم شحنة الأجهزة إلى فرع جدة',
      description: 'الشحنة لم تصل منذ ثلاثة أيام، والعميل يطلب موعدًا مؤكدًا للتسليم.',
      fields: shipment('SA-77812', 'SA'),
    }),
    await createTicket(deps(hours(80)), actorOf('agent3'), null, {
      customer_no: 'KA0001',
      category: 'address_change',
      subject: 'تغيير عنوان التسليم لشحنة الأثاث المكتبي',
      description: 'العنوان الجديد: حي العليا، طريق الملك فهد، الرياض.',
      fields: shipment('SA-77405', 'SA'),
    }),
    await createTicket(deps(hours(2)), actorOf('agent3'), null, {
      customer_no: 'KA0002',
      category: 'service_failure',
      subject: 'شحنة تالفة عند الاستلام',
      description: 'وصلت ثلاث كراتين من أصل عشرة تالفة.',
      fields: shipment('EG-55120', 'EG'),
    }),
    await createTicket(deps(hours(1)), actorOf('agent3'), null, {
      customer_no: 'KA0001',
      category: 'claim',
      subject: 'مطالبة بتعويض عن الشحنة التالفة',
      description: 'قيمة البضاعة التالفة حسب الفاتورة المرفقة لدى العميل.',
      fields: { ...shipment('SA-77390', 'SA'), claim_amount: 12500 },
    }),
    await createTicket(deps(hours(26)), actorOf('agent1'), null, {
      customer_no: 'C000010',
      category: 'complaint',
      subject: 'لم يُحدَّث السداد في الحساب',
      description: 'سدد العميل القسط قبل أسبوع ولا يزال يتلقى رسائل التذكير.',
      fields: {},
    }),
  ];
  const agent3 = users.get('agent3');
  if (agent3) {
    await addNote(deps(hours(4)), actorOf('agent3'), agent3, opened[0]!.id, {
      body: 'تواصلت مع العمليات؛ الشحنة في مستودع جدة وتُسلّم غدًا صباحًا.',
    });
  }
  await sweepSla(deps(0));

  // Inquiries: two phone calls, and the service mailbox (a complaint from a customer, a question).
  let inquiries = 0;
  const agent1 = actorOf('agent1');
  await createInquiry(deps(hours(3)), agent1, null, {
    channel: 'phone',
    customer_no: 'C000007',
    category: 'installments',
    subject: 'موعد القسط القادم ومبلغه',
    question: 'يسأل العميل عن تاريخ القسط القادم.',
    answer: 'القسط القادم في موعده المعتاد، وأُبلغ بالمبلغ.',
    first_contact_resolved: true,
  });
  await createInquiry(deps(hours(1)), agent1, null, {
    channel: 'phone',
    prospect: { name: 'سعود المالكي', phone: '0551234987', country: 'SA' },
    category: 'products',
    subject: 'الاستفسار عن تمويل الأجهزة',
    question: 'هل يمكن تقسيط جهاز على 12 شهرًا؟',
    answer: 'نعم، حتى 24 شهرًا حسب الفئة؛ أُرسلت إليه الشروط.',
    first_contact_resolved: true,
  });
  inquiries += 2;
  const withEmail = await findCustomerWithEmail(database.db);
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  const mails = [
    withEmail
      ? [
          `From: <${withEmail.email}>`,
          `Subject: =?UTF-8?B?${b64('شكوى: خصم القسط مرتين')}?=`,
          '<demo-complaint-1@example.sa>',
          'خُصم قسط هذا الشهر من حسابي مرتين، أرجو إعادة المبلغ.',
        ]
      : null,
    [
      'From: Omar <omar.q@example.net>',
      `Subject: =?UTF-8?B?${b64('أين أقرب فرع لكم؟')}?=`,
      '<demo-question-1@example.net>',
      'السلام عليكم، أين أقرب فرع لكم في الدمام؟',
    ],
  ].filter((m): m is string[] => m !== null);
  for (const [from, subject, messageId, body] of mails) {
    const raw = [
      from,
      'To: care@alamal.example.sa',
      subject,
      `Message-ID: ${messageId}`,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      b64(body!),
    ].join('\r\n');
    await ingestRawEmail(database, Buffer.from(raw), { mailbox: 'INBOX', maxAttachmentBytes: 1_000_000 });
  }
  const intake = await processInboundEmails(deps(0));
  inquiries += intake.inquiries;
  return { tickets: history + opened.length + intake.tickets, inquiries };
}

async function loadLastMonth(
  database: Database,
  settings: SettingsService,
  users: Map<string, AuthUser>,
  actorOf: (username: string) => Actor,
) {
  const closer = users.get('supervisor');
  if (!closer) return 0;
  const thisMonth = new Date();
  const start = Date.UTC(thisMonth.getUTCFullYear(), thisMonth.getUTCMonth() - 1, 2, 7); // the 2nd, 10:00 Riyadh
  const plan: Array<[string, 'service_failure' | 'address_change' | 'advance_notice', number, string]> = [
    ['KA0001', 'service_failure', 20, 'تأخر تسليم شحنة إلى الدمام'],
    ['KA0001', 'address_change', 30, 'تعديل عنوان الاستلام في جدة'],
    ['KA0003', 'advance_notice', 18, 'إشعار مسبق بشحنة كبيرة'],
    ['KA0001', 'service_failure', 80, 'شحنة ناقصة عند التسليم'],
    ['KA0003', 'service_failure', 44, 'تأخر التخليص الجمركي'],
    ['KA0001', 'advance_notice', 10, 'إشعار بموعد استلام مبكر'],
    ['KA0002', 'service_failure', 60, 'تأخر شحنة القاهرة'],
    ['KA0001', 'address_change', 96, 'تغيير عنوان مستودع الرياض'],
    ['KA0003', 'address_change', 26, 'تغيير المستلم في دبي'],
    ['KA0002', 'address_change', 36, 'تعديل عنوان التسليم في الجيزة'],
    ['KA0001', 'service_failure', 52, 'كسر في عبوات الشحنة'],
    ['KA0003', 'service_failure', 70, 'شحنة وصلت إلى فرع خاطئ'],
  ];
  let n = 0;
  for (const [customerNo, category, hoursToResolve, subject] of plan) {
    const openedAt = start + n * 2 * 86_400_000;
    const at = (t: number): TicketsDeps => ({ database, settings, outbox: null, now: () => new Date(t) });
    const country = customerNo === 'KA0002' ? 'EG' : 'SA';
    const created = await createTicket(at(openedAt), actorOf('agent3'), null, {
      customer_no: customerNo,
      category,
      subject,
      description: 'من أعمال الشهر الماضي (بيانات العرض).',
      fields: shipment(`${country}-6${String(1000 + n)}`, country),
    });
    await closeTicket(at(openedAt + hours(hoursToResolve)), actorOf('supervisor'), closer, created.id, {
      resolution: 'تمت المعالجة مع العميل.',
    });
    n++;
  }
  return n;
}

import type { Database } from '../../db/client.ts';
import { systemActor } from '../audit/index.ts';
import { todayIn, type ImportKind } from '../customers/index.ts';
import { importDemoFile } from './demo-import.ts';
import { demoPortfolio } from './demo-portfolio.ts';
import { backdateDemoCustomers } from './demo.repository.ts';
import { loadDemoServiceDesk } from './demo-service-desk.ts';
import { runDailyCollections } from '../collections/index.ts';
import type { SettingsService } from '../settings/index.ts';
import { loadDemoTelephony } from '../telephony/index.ts';
import { createUser, getUserByUsername, type Role } from '../users/index.ts';

/** The demo password of every demo account (printed by `tawasul start --demo`). */
export const DEMO_PASSWORD = 'Tawasul-Demo-2026';

const demoUsers: Array<{ username: string; name: string; role: Role; skills?: string[]; teams?: string[] }> = [
  { username: 'admin', name: 'مدير النظام', role: 'admin' },
  { username: 'manager', name: 'عبدالله الشهري', role: 'manager' },
  { username: 'supervisor', name: 'نورة القحطاني', role: 'supervisor', teams: ['التحصيل'] },
  { username: 'agent1', name: 'محمد العتيبي', role: 'agent', skills: ['collections', 'service'], teams: ['التحصيل'] },
  { username: 'agent2', name: 'ريم الدوسري', role: 'agent', skills: ['collections', 'marketing'], teams: ['التحصيل'] },
  {
    username: 'agent3',
    name: 'فهد الغامدي',
    role: 'agent',
    skills: ['service', 'key_accounts'],
    teams: ['خدمة العملاء'],
  },
  { username: 'itdesk', name: 'سلمان الزهراني', role: 'it' },
  { username: 'marketing', name: 'هيفاء المطيري', role: 'marketing' },
  { username: 'claims', name: 'خالد الحربي', role: 'claims' },
];

export type DemoResult = {
  created: number;
  logins: Array<{ username: string; role: Role; password: string }>;
  portfolio: Record<ImportKind, { inserted: number; updated: number; unchanged: number; rejected: number }>;
  serviceDesk: { tickets: number; inquiries: number };
};

/** Loads the demo data set. Idempotent: what exists already is left as it is. */
export async function loadDemo(database: Database, settings: SettingsService): Promise<DemoResult> {
  const actor = systemActor('demo');
  let created = 0;
  for (const u of demoUsers) {
    if (await getUserByUsername(database, u.username)) continue;
    await createUser(
      database,
      actor,
      {
        username: u.username,
        display_name: u.name,
        role: u.role,
        password: DEMO_PASSWORD,
        skills: u.skills ?? [],
        teams: u.teams ?? [],
      },
      // The demo's accounts use the published password; nobody else may.
      { allowedPassword: DEMO_PASSWORD },
    );
    created++;
  }
  if (created > 0) {
    const values = await settings.describe();
    const editable = (key: string) => values.find((v) => v.key === key)?.overridden_by === null;
    const patch: Record<string, unknown> = {};
    if (editable('company_name')) patch.company_name = 'شركة الأمل للتقسيط';
    if (editable('sms_sender')) patch.sms_sender = 'AlAmal';
    if (editable('holidays')) {
      patch.holidays = [
        { date: '2027-02-22', name: 'يوم التأسيس' },
        { date: '2027-03-10', name: 'عيد الفطر' },
        { date: '2027-03-11', name: 'عيد الفطر' },
        { date: '2027-03-12', name: 'عيد الفطر' },
        { date: '2027-05-16', name: 'عيد الأضحى' },
        { date: '2027-05-17', name: 'عيد الأضحى' },
        { date: '2027-09-23', name: 'اليوم الوطني' },
      ];
    }
    if (Object.keys(patch).length > 0) await settings.update(actor, patch);
  }
  const portfolio = await loadDemoPortfolio(database, settings);
  // Today's collections day, so that agents open the demo with work on "My list" (nothing is sent).
  const today = todayIn(await settings.get('timezone'));
  await runDailyCollections(database, settings, null, systemActor('demo'), today, { send: false, today });
  // Tickets and inquiries, so that the service desk opens with a morning's work.
  const serviceDesk = await loadDemoServiceDesk(database, settings);
  // The center's numbers and simulated colleagues, so that calls come in while a person works.
  await loadDemoTelephony(database);
  return {
    created,
    serviceDesk,
    logins: demoUsers.map((u) => ({ username: u.username, role: u.role, password: DEMO_PASSWORD })),
    portfolio,
  };
}

/** The demo portfolio goes through the real import, so it is idempotent and exercises the same rules. */
async function loadDemoPortfolio(database: Database, settings: SettingsService) {
  const files = demoPortfolio(todayIn(await settings.get('timezone')));
  const result = {} as DemoResult['portfolio'];
  for (const kind of ['customers', 'installments', 'payments'] as const) {
    result[kind] = await importDemoFile(database, settings, kind, `demo-${kind}.csv`, files[kind]);
  }
  await backdateDemoCustomers(database.db);
  return result;
}

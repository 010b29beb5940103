// Roles and skills as the server knows them (SPEC §1), and which page each role may open.
// The navigation and the route guards read the same table; the API enforces it again.

import type { Schemas } from '../api/client';

export type Role = Schemas['User']['role'];
export type Skill = Schemas['User']['skills'][number];

// In the order the screens list them; a Record so that a role or skill the server adds is a compile error here.
const roleOrder: Record<Role, number> = {
  admin: 0,
  manager: 1,
  supervisor: 2,
  agent: 3,
  it: 4,
  marketing: 5,
  claims: 6,
};
const skillOrder: Record<Skill, number> = { collections: 0, marketing: 1, service: 2, key_accounts: 3 };
const ordered = <K extends string>(order: Record<K, number>) =>
  (Object.keys(order) as K[]).sort((a, b) => order[a] - order[b]);

export const roles: readonly Role[] = ordered(roleOrder);
export const skills: readonly Skill[] = ordered(skillOrder);

export type Page =
  | 'home'
  | 'myList'
  | 'worklists'
  | 'workLists'
  | 'collectionsDay'
  | 'dataCorrections'
  | 'customers'
  | 'customer'
  | 'imports'
  | 'users'
  | 'settings'
  | 'audit'
  | 'tokens'
  | 'messageTemplates'
  | 'outbox'
  | 'smsProvider'
  | 'inbox'
  | 'tickets'
  | 'newTicket'
  | 'ticketReports'
  | 'ticketSettings'
  | 'inquiries'
  | 'calls'
  | 'myCalls'
  | 'callQueues'
  | 'ivrMenus'
  | 'callPhrases'
  | 'telephonyLive'
  | 'escalations'
  | 'kpiReport'
  | 'staffing'
  | 'wallboard'
  | 'surveys'
  | 'survey'
  | 'offers'
  | 'campaigns'
  | 'campaign'
  | 'profile';

const pageRoles: Record<Page, readonly Role[] | 'everyone'> = {
  home: 'everyone',
  // قائمتي اليوم — the agent's own items (the API serves only agents).
  myList: ['agent'],
  // كشوف اليوم — the supervisor's day (P1-2 steps 9–12).
  worklists: ['admin', 'manager', 'supervisor'],
  // قوائم العمل — lists made from a filter or a target file (L1); marketing builds its own.
  workLists: ['admin', 'manager', 'supervisor', 'marketing'],
  // يوم التحصيل — KPIs and runs; only admins and managers start a run (see `collectionsActions`).
  collectionsDay: ['admin', 'manager', 'supervisor'],
  // مهام تصحيح البيانات — IT's queue; supervisors and managers follow it.
  dataCorrections: ['admin', 'it', 'supervisor', 'manager'],
  // The list for the roles that browse every customer (`canDo('browse')`); agents who answer
  // customers (see `skillPages`) get "find the caller" there instead (an exact, audited lookup).
  customers: ['admin', 'manager', 'supervisor', 'it', 'agent'],
  // A customer's page: the API opens it to the browsing roles and to whoever works the customer
  // (an agent's items, tickets and inquiries; the claims officer's approved claims), 403 otherwise.
  customer: ['admin', 'manager', 'supervisor', 'it', 'marketing', 'claims', 'agent'],
  imports: ['admin', 'manager', 'supervisor', 'it'],
  users: ['admin', 'manager'],
  settings: ['admin', 'manager'],
  audit: ['admin', 'manager'],
  tokens: ['admin'],
  // Messaging (the same lists as the server's messaging.routes.ts).
  messageTemplates: ['admin', 'manager', 'supervisor', 'marketing'],
  outbox: ['admin', 'manager', 'supervisor'],
  smsProvider: ['admin', 'manager', 'it'],
  inbox: ['admin', 'manager', 'supervisor'],
  // Tickets (the same lists as the server's tickets.service.ts: ticketRoles, ticketCreateRoles).
  tickets: ['admin', 'manager', 'supervisor', 'agent', 'it', 'claims'],
  newTicket: ['manager', 'supervisor', 'agent', 'it'],
  // تقارير التذاكر (S4) and الاستفسارات (S1): the server's reportRoles and inquiryRoles.
  ticketReports: ['admin', 'manager', 'supervisor'],
  inquiries: ['admin', 'manager', 'supervisor', 'agent'],
  // إعدادات التذاكر: the server's settingsRoles edit; supervisors read them (its reportRoles).
  ticketSettings: ['admin', 'manager', 'supervisor'],
  // سجل المكالمات (T4): every call for those who oversee the center; مكالماتي: an agent's own.
  calls: ['admin', 'manager', 'supervisor'],
  myCalls: ['agent'],
  // Routing set-up (the server's routing-admin.routes.ts editRoles; supervisors read it through the API).
  callQueues: ['admin', 'manager'],
  ivrMenus: ['admin', 'manager'],
  // مكتبة عبارات الاتصال — the server's libraryEditorRoles (protocol module).
  callPhrases: ['admin', 'manager'],
  // المراقبة المباشرة — the server's superviseRoles in telephony.routes.ts.
  telephonyLive: ['admin', 'manager', 'supervisor'],
  // المتابعات المصعّدة (A5): supervisors handle them (the server's handlerRoles); an agent follows his own.
  escalations: ['admin', 'manager', 'supervisor', 'agent'],
  // مؤشرات الأداء وحاسبة التوظيف (K1, K4) — the server's kpiRoles.
  kpiReport: ['admin', 'manager', 'supervisor'],
  staffing: ['admin', 'manager', 'supervisor'],
  // لوحة العرض المباشر — the live wallboard (K2), also full-screen on a TV (/wallboard/tv).
  wallboard: ['admin', 'manager', 'supervisor'],
  // الاستطلاعات (Q1–Q4): supervisors and managers build and analyse; agents who talk to customers
  // read the briefing and enter phone answers (the server's surveys.routes.ts).
  surveys: ['admin', 'manager', 'supervisor', 'agent'],
  survey: ['admin', 'manager', 'supervisor', 'agent'],
  // التسويق (M1): the marketing department and the manager own offers and campaigns; agents who
  // market read the offers (التعرف على العروض); supervisors follow the campaigns they staff.
  offers: ['admin', 'manager', 'marketing', 'supervisor', 'agent'],
  campaigns: ['admin', 'manager', 'marketing', 'supervisor'],
  campaign: ['admin', 'manager', 'marketing', 'supervisor'],
  profile: 'everyone',
};

/** Pages an agent opens only with one of these skills (others see customers through their work lists). */
const skillPages: Partial<Record<Page, readonly Skill[]>> = {
  myList: ['collections', 'marketing'],
  customers: ['service', 'key_accounts'],
  // The server logs inquiries only for those who answer customers (answersInboundContacts).
  inquiries: ['service', 'key_accounts'],
  surveys: ['service', 'key_accounts'],
  survey: ['service', 'key_accounts'],
  offers: ['marketing'],
};

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

export function canOpen(page: Page, role: string, userSkills: readonly string[] = []): boolean {
  const allowed = pageRoles[page];
  if (allowed === 'everyone') return true;
  if (!isRole(role) || !allowed.includes(role)) return false;
  const needed = skillPages[page];
  return role !== 'agent' || !needed || needed.some((skill) => userSkills.includes(skill));
}

// What a role may do on a customer (the same lists as the server's customers.service.ts).
const customerActions = {
  browse: ['admin', 'manager', 'supervisor', 'it'],
  export: ['admin', 'manager', 'supervisor'],
  reveal: ['admin', 'manager', 'supervisor', 'it'],
  edit: ['admin', 'manager', 'supervisor', 'it'],
  correctNumber: ['admin', 'it'],
} as const satisfies Record<string, readonly Role[]>;
export type CustomerAction = keyof typeof customerActions;

export function canDo(action: CustomerAction, role: string): boolean {
  return isRole(role) && (customerActions[action] as readonly Role[]).includes(role);
}

// What a role may do in the collections day (the same lists as the server's collections.routes.ts).
const collectionsActions = {
  runDay: ['admin', 'manager'],
  sendNow: ['admin', 'manager'],
  // P1-2 step 1: the supervisor deals the phone list to the agents he or she chooses.
  chooseAgents: ['admin', 'manager', 'supervisor'],
  resolveCorrection: ['admin', 'it'],
} as const satisfies Record<string, readonly Role[]>;
export type CollectionsAction = keyof typeof collectionsActions;

export function canDoCollections(action: CollectionsAction, role: string): boolean {
  return isRole(role) && (collectionsActions[action] as readonly Role[]).includes(role);
}

// What a role may do on the work lists page (the same lists as the server's worklists.routes.ts).
const workListActions = {
  build: ['admin', 'manager', 'supervisor', 'marketing'],
  // Approval is a supervisor's or a manager's (SPEC §1).
  approve: ['manager', 'supervisor'],
  distribute: ['admin', 'manager', 'supervisor'],
} as const satisfies Record<string, readonly Role[]>;
export type WorkListAction = keyof typeof workListActions;

export function canDoWorkLists(action: WorkListAction, role: string): boolean {
  return isRole(role) && (workListActions[action] as readonly Role[]).includes(role);
}

// What a role may do in messaging (the same lists as the server's messaging.routes.ts).
const messagingActions = {
  editTemplates: ['manager', 'supervisor', 'marketing'],
  approveTemplates: ['manager'],
  retryMessages: ['manager', 'supervisor'],
} as const satisfies Record<string, readonly Role[]>;
export type MessagingAction = keyof typeof messagingActions;

export function canDoMessaging(action: MessagingAction, role: string): boolean {
  return isRole(role) && (messagingActions[action] as readonly Role[]).includes(role);
}

/** Who has a telephone seat (the state bar and the screen pop: the server's seatRoles). */
export function hasSeat(role: string): boolean {
  return role === 'agent' || role === 'supervisor';
}

/** Who changes groups and SLA settings (the server's settingsRoles in tickets.routes.ts). */
export function canEditTicketSettings(role: string): boolean {
  return role === 'admin' || role === 'manager';
}

/** Who edits the marketing SMS rules and send rate limits (the server's settings PATCH roles). */
export function canEditMessagingRules(role: string): boolean {
  return role === 'admin' || role === 'manager';
}

/** Roles an actor may give to an account: only an admin makes admins. */
export function assignableRoles(actorRole: string): readonly Role[] {
  return actorRole === 'admin' ? roles : roles.filter((r) => r !== 'admin');
}

/** Who builds surveys and reads their analysis (the server's builders and readers in surveys.routes.ts). */
export function canBuildSurveys(role: string): boolean {
  return role === 'manager' || role === 'supervisor';
}
export function canAnalyseSurveys(role: string): boolean {
  return role === 'admin' || role === 'manager' || role === 'supervisor';
}

/** Who writes offers and runs campaigns (the server's owners in marketing.routes.ts). */
export function canOwnMarketing(role: string): boolean {
  return role === 'admin' || role === 'manager' || role === 'marketing';
}
/** Who may let a campaign contact a customer on every channel (the manager's decision). */
export function canAllowRepeats(role: string): boolean {
  return role === 'admin' || role === 'manager';
}

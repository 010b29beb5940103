import type arAudit from './locales/ar/audit.json';
import type arAuth from './locales/ar/auth.json';
import type arCalls from './locales/ar/calls.json';
import type arCollections from './locales/ar/collections.json';
import type arCommon from './locales/ar/common.json';
import type arCustomers from './locales/ar/customers.json';
import type arEscalations from './locales/ar/escalations.json';
import type arDialer from './locales/ar/dialer.json';
import type arDashboards from './locales/ar/dashboards.json';
import type arHome from './locales/ar/home.json';
import type arImports from './locales/ar/imports.json';
import type arKpi from './locales/ar/kpi.json';
import type arMessaging from './locales/ar/messaging.json';
import type arProfile from './locales/ar/profile.json';
import type arProtocol from './locales/ar/protocol.json';
import type arSettings from './locales/ar/settings.json';
import type arTelephony from './locales/ar/telephony.json';
import type arTelephonyAdmin from './locales/ar/telephonyAdmin.json';
import type arSurveys from './locales/ar/surveys.json';
import type arMarketing from './locales/ar/marketing.json';
import type arTickets from './locales/ar/tickets.json';
import type arTokens from './locales/ar/tokens.json';
import type arUsers from './locales/ar/users.json';
import type arWorkLists from './locales/ar/workLists.json';

/**
 * The shape of every namespace, typed from the Arabic files (the reference language). Types only:
 * the texts themselves are loaded on demand, one file per language and namespace (see `index.ts`).
 */
export type Resources = {
  common: typeof arCommon;
  auth: typeof arAuth;
  home: typeof arHome;
  customers: typeof arCustomers;
  collections: typeof arCollections;
  imports: typeof arImports;
  users: typeof arUsers;
  settings: typeof arSettings;
  profile: typeof arProfile;
  audit: typeof arAudit;
  tokens: typeof arTokens;
  messaging: typeof arMessaging;
  tickets: typeof arTickets;
  calls: typeof arCalls;
  telephonyAdmin: typeof arTelephonyAdmin;
  telephony: typeof arTelephony;
  protocol: typeof arProtocol;
  escalations: typeof arEscalations;
  kpi: typeof arKpi;
  surveys: typeof arSurveys;
  marketing: typeof arMarketing;
  dialer: typeof arDialer;
  dashboards: typeof arDashboards;
  workLists: typeof arWorkLists;
};

export type Namespace = keyof Resources;

export const namespaces = [
  'common',
  'auth',
  'home',
  'customers',
  'collections',
  'imports',
  'users',
  'settings',
  'profile',
  'audit',
  'tokens',
  'messaging',
  'tickets',
  'calls',
  'telephonyAdmin',
  'telephony',
  'protocol',
  'escalations',
  'kpi',
  'surveys',
  'marketing',
  'dialer',
  'dashboards',
  'workLists',
] as const satisfies readonly Namespace[];

/** What the sign-in page needs; everything else comes after sign-in. */
export const signInNamespaces = ['common', 'auth'] as const satisfies readonly Namespace[];

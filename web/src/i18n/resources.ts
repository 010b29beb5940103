import arAudit from './locales/ar/audit.json';
import arAuth from './locales/ar/auth.json';
import arCollections from './locales/ar/collections.json';
import arCommon from './locales/ar/common.json';
import arCustomers from './locales/ar/customers.json';
import arHome from './locales/ar/home.json';
import arImports from './locales/ar/imports.json';
import arMessaging from './locales/ar/messaging.json';
import arProfile from './locales/ar/profile.json';
import arSettings from './locales/ar/settings.json';
import arTelephony from './locales/ar/telephony.json';
import arTickets from './locales/ar/tickets.json';
import arTokens from './locales/ar/tokens.json';
import arUsers from './locales/ar/users.json';
import enAudit from './locales/en/audit.json';
import enAuth from './locales/en/auth.json';
import enCollections from './locales/en/collections.json';
import enCommon from './locales/en/common.json';
import enCustomers from './locales/en/customers.json';
import enHome from './locales/en/home.json';
import enImports from './locales/en/imports.json';
import enMessaging from './locales/en/messaging.json';
import enProfile from './locales/en/profile.json';
import enSettings from './locales/en/settings.json';
import enTelephony from './locales/en/telephony.json';
import enTickets from './locales/en/tickets.json';
import enTokens from './locales/en/tokens.json';
import enUsers from './locales/en/users.json';

export const resources = {
  ar: {
    common: arCommon,
    auth: arAuth,
    home: arHome,
    customers: arCustomers,
    collections: arCollections,
    imports: arImports,
    users: arUsers,
    settings: arSettings,
    profile: arProfile,
    audit: arAudit,
    tokens: arTokens,
    messaging: arMessaging,
    tickets: arTickets,
    telephony: arTelephony,
  },
  en: {
    common: enCommon,
    auth: enAuth,
    home: enHome,
    customers: enCustomers,
    collections: enCollections,
    imports: enImports,
    users: enUsers,
    settings: enSettings,
    profile: enProfile,
    audit: enAudit,
    tokens: enTokens,
    messaging: enMessaging,
    tickets: enTickets,
    telephony: enTelephony,
  },
} as const;

export type Namespace = keyof (typeof resources)['ar'];

import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import type { SettingsService } from '../modules/settings/index.ts';
import type { AttemptThrottle, AuthPolicy, SessionCache } from '../modules/auth/index.ts';
import type { Access } from './access.ts';

/** What route plugins receive: the database, configuration and shared services. */
export type AppContext = {
  database: Database;
  config: Config;
  settings: SettingsService;
  authPolicy: AuthPolicy;
  /** Sessions read in the last seconds (decision 012). */
  sessions: SessionCache;
  /** Wrong passwords per account (sign-in) and per user (password change). */
  attempts: AttemptThrottle;
  /** Login attempts per IP address and minute (tests raise it). */
  loginRatePerMinute: number;
  /** Every route with its declared access, as registered (the role × route matrix test walks it). */
  routes: DeclaredRoute[];
};

export type DeclaredRoute = { method: string; url: string; access: Access };

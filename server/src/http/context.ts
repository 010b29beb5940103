import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import type { SettingsService } from '../modules/settings/index.ts';
import type { AuthPolicy } from '../modules/auth/auth.service.ts';

/** What route plugins receive: the database, configuration and shared services. */
export type AppContext = {
  database: Database;
  config: Config;
  settings: SettingsService;
  authPolicy: AuthPolicy;
  /** Login attempts per IP address and minute (tests raise it). */
  loginRatePerMinute: number;
};

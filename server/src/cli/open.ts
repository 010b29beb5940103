import { loadConfig, type Config } from '../config.ts';
import { openDatabase, type Database } from '../db/client.ts';

export type GlobalOptions = { dataDir?: string; json?: boolean; port?: number; host?: string };

/** Configuration from the environment and the command's flags, without opening the database. */
export function configFromCli(options: GlobalOptions): Config {
  return loadConfig(process.env, { dataDir: options.dataDir, port: options.port, host: options.host });
}

/** Configuration from the environment and the command's flags, then the database, migrated. */
export async function openFromCli(options: GlobalOptions): Promise<{ config: Config; database: Database }> {
  const config = configFromCli(options);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  return { config, database };
}

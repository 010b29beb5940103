import PgBoss from 'pg-boss';
import type { Database } from '../db/client.ts';

export type JobQueue = PgBoss;

export type JobsOptions = {
  database: Database;
  databaseUrl?: string | undefined;
  onError?: (error: Error) => void;
};

/**
 * pg-boss on either database. On PostgreSQL it has its own pool and claims jobs with
 * SKIP LOCKED, so several app processes share the work; on the embedded database it
 * runs its SQL through PGlite's single connection.
 */
export async function startJobs(options: JobsOptions): Promise<JobQueue> {
  const { database } = options;
  const schema = database.schemaName === 'public' ? 'pgboss' : `${database.schemaName}_boss`;
  const boss =
    database.kind === 'postgres' && options.databaseUrl
      ? new PgBoss({ connectionString: options.databaseUrl, schema, max: 4 })
      : new PgBoss({
          db: { executeSql: (text: string, values?: unknown[]) => database.executeSql(text, values) },
          schema,
        });
  boss.on('error', (error: Error) => options.onError?.(error));
  await boss.start();
  return boss;
}

import PgBoss from 'pg-boss';
import type { Database } from '../db/client.ts';

export type JobQueue = PgBoss;

export type JobsOptions = {
  database: Database;
  databaseUrl?: string | undefined;
  onError?: (error: Error) => void;
  /** A job running longer is taken as lost (its process died) and run again; default 15 minutes. */
  expireSeconds?: number;
};

/**
 * pg-boss on either database. On PostgreSQL it has its own pool and claims jobs with
 * SKIP LOCKED, so several app processes share the work; on the embedded database it
 * runs its SQL through PGlite's single connection.
 */
export async function startJobs(options: JobsOptions): Promise<JobQueue> {
  const { database } = options;
  const schema = database.schemaName === 'public' ? 'pgboss' : `${database.schemaName}_boss`;
  // A process killed mid-job leaves its job active: after expireSeconds the maintenance (run by
  // one process at a time, every two minutes or more often) makes it retry on any process.
  // Until then a singleton or stately queue runs nothing else.
  const expireSeconds = options.expireSeconds ?? 900;
  const timing = { expireInSeconds: expireSeconds, maintenanceIntervalSeconds: Math.min(120, expireSeconds) };
  const boss =
    database.kind === 'postgres' && options.databaseUrl
      ? new PgBoss({ connectionString: options.databaseUrl, schema, max: 4, ...timing })
      : new PgBoss({
          db: { executeSql: (text: string, values?: unknown[]) => database.executeSql(text, values) },
          schema,
          ...timing,
        });
  boss.on('error', (error: Error) => options.onError?.(error));
  await boss.start();
  return boss;
}

import type { Database } from '../db/client.ts';
import { deleteExpiredSessions } from '../modules/auth/index.ts';
import { failAbandonedImports } from '../modules/customers/index.ts';
import type { JobQueue } from './boss.ts';

export const SESSION_CLEANUP = 'maintenance.session-cleanup';
export const ABANDONED_IMPORTS = 'maintenance.abandoned-imports';

/**
 * Housekeeping jobs: expired sessions are removed every hour; imports whose process stopped
 * (no heartbeat for a minute: another app process sharing the database, or this one before a
 * restart) are marked failed every minute.
 */
export async function registerMaintenanceJobs(boss: JobQueue, database: Database) {
  await boss.createQueue(ABANDONED_IMPORTS);
  await boss.schedule(ABANDONED_IMPORTS, '* * * * *');
  await boss.work(ABANDONED_IMPORTS, async () => {
    await failAbandonedImports(database);
  });
  await boss.createQueue(SESSION_CLEANUP);
  await boss.schedule(SESSION_CLEANUP, '17 * * * *');
  await boss.work(SESSION_CLEANUP, async () => {
    await deleteExpiredSessions(database.db, new Date());
  });
}

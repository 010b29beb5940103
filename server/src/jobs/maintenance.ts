import type { Database } from '../db/client.ts';
import { deleteExpiredSessions } from '../modules/auth/index.ts';
import type { JobQueue } from './boss.ts';

export const SESSION_CLEANUP = 'maintenance.session-cleanup';

/** Housekeeping jobs: expired sessions are removed every hour. */
export async function registerMaintenanceJobs(boss: JobQueue, database: Database) {
  await boss.createQueue(SESSION_CLEANUP);
  await boss.schedule(SESSION_CLEANUP, '17 * * * *');
  await boss.work(SESSION_CLEANUP, async () => {
    await deleteExpiredSessions(database.db, new Date());
  });
}

import { afterAll, beforeAll, expect, it } from 'vitest';
import { databaseKinds, hasPostgres, openTestDatabase, testDatabaseUrl } from '../testing/db-harness.ts';
import { describe } from 'vitest';
import type { Database } from '../db/client.ts';
import { startJobs, type JobQueue } from './boss.ts';

for (const kind of databaseKinds) {
  describe.skipIf(kind === 'postgres' && !hasPostgres)(`pg-boss [${kind}]`, () => {
    let database: Database;
    let boss: JobQueue;
    beforeAll(async () => {
      database = await openTestDatabase(kind);
      boss = await startJobs({ database, databaseUrl: kind === 'postgres' ? testDatabaseUrl : undefined });
    });
    afterAll(async () => {
      await boss?.stop({ graceful: false, wait: true });
      await database?.close();
    });

    it('runs a job sent to a queue, once', async () => {
      await boss.createQueue('test.echo');
      const seen: unknown[] = [];
      const done = new Promise<void>((resolve) => {
        void boss.work<{ n: number }>('test.echo', { pollingIntervalSeconds: 0.5 }, async ([job]) => {
          seen.push(job!.data.n);
          resolve();
        });
      });
      const id = await boss.send('test.echo', { n: 7 });
      expect(id).toBeTruthy();
      await done;
      expect(seen).toEqual([7]);
    });
  });
}

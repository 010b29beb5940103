// A fresh database for tests and benchmarks: the embedded one in memory, or a new schema
// in the PostgreSQL at TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../db/client.ts';

export const testDatabaseUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: testDatabaseUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export type DatabaseKind = 'pglite' | 'postgres';
export const databaseKinds: DatabaseKind[] = ['pglite', 'postgres'];

/** A fresh, migrated database of the given kind; on PostgreSQL a new schema dropped by close(). */
export async function openTestDatabase(kind: DatabaseKind): Promise<Database> {
  if (kind === 'pglite') return openDatabase({ dataDir: 'memory://' });
  const schemaName = `t_${randomBytes(6).toString('hex')}`;
  const database = await openDatabase({ databaseUrl: testDatabaseUrl, schemaName });
  const close = database.close.bind(database);
  return Object.assign(database, {
    async close() {
      await database.executeSql(`drop schema if exists ${schemaName} cascade`).catch(() => undefined);
      await database.executeSql(`drop schema if exists ${schemaName}_boss cascade`).catch(() => undefined);
      await close();
    },
  });
}

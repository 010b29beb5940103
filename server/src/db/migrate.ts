import { fileURLToPath } from 'node:url';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { Database } from './client.ts';

export const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

// Serialises migrations when several processes start at once against one PostgreSQL.
const MIGRATION_LOCK = 72_430_001;

/** Applies the drizzle-kit migrations; safe on every start (applied ones are skipped). */
export async function applyMigrations(database: Database): Promise<void> {
  const config = {
    migrationsFolder,
    // The bookkeeping table sits beside the tables it describes, so a test schema is self-contained.
    migrationsSchema: database.schemaName === 'public' ? 'drizzle' : database.schemaName,
  };
  await database.withExclusiveLock(MIGRATION_LOCK, (db) =>
    database.kind === 'pglite'
      ? migratePglite(db as unknown as PgliteDatabase, config)
      : migratePg(db as unknown as NodePgDatabase, config),
  );
}

/** Migrations recorded as applied (0 when none ever were): `tawasul doctor` compares them with the folder. */
export async function countAppliedMigrations(database: Database): Promise<number> {
  const schema = database.schemaName === 'public' ? 'drizzle' : database.schemaName;
  try {
    const { rows } = await database.executeSql(`select count(*)::int as n from "${schema}".__drizzle_migrations`, []);
    return Number(rows[0]?.n ?? 0);
  } catch {
    return 0;
  }
}

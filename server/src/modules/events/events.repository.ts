import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';

/** The channel of the schema the application lives in (test files share a database, not a schema). */
export function channelOf(schemaName: string): string {
  return `tawasul_events_${schemaName}`;
}

/**
 * Inside a transaction PostgreSQL holds the notification until the commit and drops it on a
 * rollback; `current_schema()` names the same channel as `channelOf(database.schemaName)`.
 */
export async function notify(db: DbOrTx, payload: string): Promise<void> {
  await db.execute(sql`select pg_notify('tawasul_events_' || current_schema(), ${payload})`);
}

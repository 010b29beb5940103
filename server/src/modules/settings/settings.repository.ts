import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { settings } from './settings.schema.ts';

export async function findStoredSettings(db: DbOrTx): Promise<Map<string, unknown>> {
  const rows = await db.select().from(settings);
  return new Map(rows.map((r) => [r.key, r.value]));
}

export async function upsertSetting(db: DbOrTx, key: string, value: unknown, userId: string | null) {
  await db
    .insert(settings)
    .values({ key, value, updatedBy: userId, updatedAt: new Date() })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedBy: userId, updatedAt: new Date() } });
}

export async function deleteSetting(db: DbOrTx, key: string) {
  await db.delete(settings).where(eq(settings.key, key));
}

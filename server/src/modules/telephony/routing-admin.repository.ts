// What routing administration reads and writes: queues, break reasons, IVR menus, DNIS routes.
import { asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { breakReasons, callQueues, dialRoutes, ivrMenus } from './telephony.schema.ts';

export type QueueInsert = typeof callQueues.$inferInsert;
export type BreakReasonRow = typeof breakReasons.$inferSelect;
export type IvrMenuRow = typeof ivrMenus.$inferSelect;
export type DialRouteRow = typeof dialRoutes.$inferSelect;

export async function findQueue(db: DbOrTx, code: string) {
  const [row] = await db.select().from(callQueues).where(eq(callQueues.code, code));
  return row ?? null;
}

export async function upsertQueue(db: DbOrTx, row: QueueInsert) {
  const { code: _code, createdAt: _createdAt, ...changes } = row;
  const [saved] = await db
    .insert(callQueues)
    .values(row)
    .onConflictDoUpdate({ target: callQueues.code, set: { ...changes, updatedAt: new Date() } })
    .returning();
  return saved!;
}

/** Every break reason, switched-off ones too (the manager's list). */
export async function findAllBreakReasons(db: DbOrTx) {
  return db.select().from(breakReasons).orderBy(asc(breakReasons.sort), asc(breakReasons.code));
}

export async function findBreakReason(db: DbOrTx, code: string) {
  const [row] = await db.select().from(breakReasons).where(eq(breakReasons.code, code));
  return row ?? null;
}

export async function upsertBreakReason(db: DbOrTx, row: typeof breakReasons.$inferInsert) {
  const { code: _code, ...changes } = row;
  const [saved] = await db
    .insert(breakReasons)
    .values(row)
    .onConflictDoUpdate({ target: breakReasons.code, set: changes })
    .returning();
  return saved!;
}

export async function findIvrMenus(db: DbOrTx) {
  return db.select().from(ivrMenus).orderBy(asc(ivrMenus.code));
}

export async function findIvrMenu(db: DbOrTx, code: string) {
  const [row] = await db.select().from(ivrMenus).where(eq(ivrMenus.code, code));
  return row ?? null;
}

/** Insert at version 1, or replace the tree and add one to the version. */
export async function upsertIvrMenu(
  db: DbOrTx,
  row: { code: string; name: string; tree: Record<string, unknown>; updatedBy: string },
) {
  const [saved] = await db
    .insert(ivrMenus)
    .values({ ...row, version: 1 })
    .onConflictDoUpdate({
      target: ivrMenus.code,
      set: {
        name: row.name,
        tree: row.tree,
        updatedBy: row.updatedBy,
        version: sql`${ivrMenus.version} + 1`,
        updatedAt: new Date(),
      },
    })
    .returning();
  return saved!;
}

export async function deleteIvrMenu(db: DbOrTx, code: string) {
  await db.delete(ivrMenus).where(eq(ivrMenus.code, code));
}

export async function findDialRoute(db: DbOrTx, dnis: string) {
  const [row] = await db.select().from(dialRoutes).where(eq(dialRoutes.dnis, dnis));
  return row ?? null;
}

export async function deleteDialRoute(db: DbOrTx, dnis: string) {
  await db.delete(dialRoutes).where(eq(dialRoutes.dnis, dnis));
}

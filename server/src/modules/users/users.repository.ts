import { and, asc, count, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { users } from './users.schema.ts';
import type { Role } from './domain/roles.ts';

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;

export async function findUserById(db: DbOrTx, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function findUserByUsername(db: DbOrTx, username: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.username}) = ${username.trim().toLowerCase()}`);
  return row;
}

export type UserFilter = { q?: string; role?: Role; active?: boolean };

export async function findUsers(db: DbOrTx, filter: UserFilter, limit: number, offset: number) {
  const where: SQL[] = [];
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(or(ilike(users.username, pattern), ilike(users.displayName, pattern))!);
  }
  if (filter.role) where.push(eq(users.role, filter.role));
  if (filter.active !== undefined) where.push(eq(users.active, filter.active));
  const condition = where.length ? and(...where) : undefined;
  const [items, [total]] = await Promise.all([
    db.select().from(users).where(condition).orderBy(asc(users.username)).limit(limit).offset(offset),
    db.select({ n: count() }).from(users).where(condition),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function countUsers(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users);
  return row?.n ?? 0;
}

export async function insertUser(db: DbOrTx, row: NewUserRow): Promise<UserRow> {
  const [created] = await db.insert(users).values(row).returning();
  return created!;
}

export async function updateUserRow(db: DbOrTx, id: string, patch: Partial<NewUserRow>): Promise<UserRow | undefined> {
  const [row] = await db
    .update(users)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(users.id, id))
    .returning();
  if (row) await notifyUserChanged(db, id);
  return row;
}

/** The channel on which every process hears that a user changed (role, activity, password, profile). */
export function userChangesChannelOf(schemaName: string): string {
  return `tawasul_users_${schemaName}`;
}

/**
 * Sessions cached by any process are read again (auth's session cache listens). Inside a
 * transaction PostgreSQL sends it at the commit, and never on a rollback; this process's own
 * caches drop the user at once as well (a read before the commit is then dropped again by the
 * notification).
 */
async function notifyUserChanged(db: DbOrTx, id: string) {
  // This process hears it at once (a notification arrives after the commit, a little later).
  for (const listener of localListeners) listener(id);
  await db.execute(sql`select pg_notify('tawasul_users_' || current_schema(), ${id})`);
}

const localListeners = new Set<(userId: string) => void>();

/** Calls `listener` as soon as this process changes a user; returns how to stop. */
export function onLocalUserChange(listener: (userId: string) => void): () => void {
  localListeners.add(listener);
  return () => localListeners.delete(listener);
}

export async function recordSuccessfulLogin(db: DbOrTx, id: string, at: Date) {
  await db.update(users).set({ failedLogins: 0, lockedUntil: null, lastLoginAt: at }).where(eq(users.id, id));
}

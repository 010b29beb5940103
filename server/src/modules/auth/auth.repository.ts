import { and, desc, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { users } from '../users/index.ts';
import { apiTokens, sessions } from './auth.schema.ts';

export async function insertSession(db: DbOrTx, row: typeof sessions.$inferInsert) {
  await db.insert(sessions).values(row);
}

/** The session with its user, if the session is live and the user may still use it. */
export async function findLiveSession(db: DbOrTx, tokenHash: string, now: Date) {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
  if (!row) return undefined;
  // Deactivation and a new password end every earlier session.
  if (!row.user.active || row.session.createdAt < row.user.passwordChangedAt) return undefined;
  return row;
}

export async function extendSession(db: DbOrTx, tokenHash: string, now: Date, expiresAt: Date) {
  await db.update(sessions).set({ lastSeenAt: now, expiresAt }).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSession(db: DbOrTx, tokenHash: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteExpiredSessions(db: DbOrTx, now: Date) {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

export async function insertApiToken(db: DbOrTx, row: typeof apiTokens.$inferInsert) {
  const [created] = await db.insert(apiTokens).values(row).returning();
  return created!;
}

export async function findLiveApiToken(db: DbOrTx, tokenHash: string) {
  const [row] = await db
    .select({ token: apiTokens, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt), eq(users.active, true)));
  return row;
}

export async function touchApiToken(db: DbOrTx, id: string, now: Date) {
  await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, id));
}

export async function findApiTokens(db: DbOrTx) {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      username: users.username,
      userId: apiTokens.userId,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .orderBy(desc(apiTokens.createdAt));
}

export async function revokeApiTokenRow(db: DbOrTx, id: string, now: Date) {
  const [row] = await db
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
    .returning();
  return row;
}

/**
 * Tells every process that a session (`session:<hash>`) ended and must not be served from a
 * cache. (A changed user is announced by the users module on its own channel.) Inside a transaction PostgreSQL sends it at the commit, and never on a rollback.
 */
export async function notifySessionsChanged(db: DbOrTx, payload: `session:${string}`) {
  await db.execute(sql`select pg_notify('tawasul_sessions_' || current_schema(), ${payload})`);
}

import { z } from 'zod';
import type { Database, DbOrTx } from '../../db/client.ts';
import type { AuthUser } from '../../http/access.ts';
import { AppError, isAppError } from '../../http/errors.ts';
import { parseInput } from '../../http/validation.ts';
import { audit, type Actor } from '../audit/index.ts';
import {
  changeOwnPassword,
  findUserById,
  findUserByUsername,
  recordSuccessfulLogin,
  verifyAgainstDummy,
  verifyPassword,
  type Role,
  type UserRow,
} from '../users/index.ts';
import type { AttemptThrottle } from './domain/attempt-throttle.ts';
import { API_TOKEN_PREFIX, hashSecret, newApiToken, newSecret } from './domain/tokens.ts';
import { sessionEnded, type SessionCache } from './session-cache.ts';
import {
  deleteSession,
  extendSession,
  findApiTokens,
  findLiveApiToken,
  findLiveSession,
  insertApiToken,
  insertSession,
  revokeApiTokenRow,
  touchApiToken,
} from './auth.repository.ts';

export type AuthPolicy = {
  sessionHours: number;
  /** Wrong passwords in a row before attempts are audited as throttled. */
  loginMaxFailures: number;
};

export const loginSchema = z
  .object({
    // Length limits stop a 10,000-character password before argon2 sees it.
    username: z.string().trim().min(1).max(64),
    password: z.string().min(1).max(256),
  })
  .strict();

export function toAuthUser(row: UserRow): AuthUser {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role as Role,
    skills: row.skills,
    teams: row.teams,
    locale: row.locale as 'ar' | 'en',
  };
}

export type NewSession = { token: string; csrfToken: string; expiresAt: Date; user: AuthUser };

export async function login(
  database: Database,
  policy: AuthPolicy,
  attempts: AttemptThrottle,
  raw: unknown,
  meta: { ip: string; userAgent?: string | undefined; requestId: string },
  now = new Date(),
): Promise<NewSession> {
  const input = parseInput(loginSchema, raw);
  // Unknown and known usernames go the same way (one lookup, one argon2 verification, one
  // audit entry, the same throttle), so neither the answer nor its time tells them apart.
  const key = `login:${input.username.toLowerCase()}`;
  assertMayTry(attempts, key, now);
  const user = await findUserByUsername(database.db, input.username);
  const actor: Actor = {
    id: user?.id ?? null,
    label: input.username,
    role: user?.role ?? null,
    ip: meta.ip,
    requestId: meta.requestId,
  };
  const ok = user
    ? (await verifyPassword(user.passwordHash, input.password)) && user.active
    : await verifyAgainstDummy(input.password);
  if (!user || !ok) {
    const failures = attempts.fail(key, now.getTime());
    await audit(
      database.db,
      actor,
      failures >= policy.loginMaxFailures ? 'auth.login_throttled' : 'auth.login_failed',
      {
        entity: 'user',
        id: user?.id ?? null,
        after: { failures },
      },
    );
    throw new AppError('invalid_credentials');
  }
  attempts.succeed(key);
  let session: NewSession | undefined;
  await database.db.transaction(async (tx) => {
    session = await createSession(tx, policy, user, meta, now);
    await recordSuccessfulLogin(tx, user.id, now);
    await audit(tx, actor, 'auth.login', { entity: 'user', id: user.id });
  });
  return session!;
}

/** Refuses an attempt that comes before the wait its key earned: 429 with Retry-After. */
export function assertMayTry(attempts: AttemptThrottle, key: string, now: Date) {
  const wait = attempts.waitMs(key, now.getTime());
  if (wait > 0) throw new AppError('too_many_attempts', { headers: { 'retry-after': String(Math.ceil(wait / 1000)) } });
}

/**
 * Changes the signed-in user's password, throttled per user like sign-in: guessing the
 * current password from a borrowed session is as slow as guessing it at the door.
 */
export async function changePassword(
  database: Database,
  policy: AuthPolicy,
  attempts: AttemptThrottle,
  actor: Actor,
  raw: unknown,
  now = new Date(),
) {
  const key = `password:${actor.id}`;
  assertMayTry(attempts, key, now);
  try {
    await changeOwnPassword(database, actor, raw);
  } catch (error) {
    if (isAppError(error) && error.code === 'wrong_current_password') {
      const failures = attempts.fail(key, now.getTime());
      await audit(
        database.db,
        actor,
        failures >= policy.loginMaxFailures ? 'user.password_throttled' : 'user.password_failed',
        { entity: 'user', id: actor.id, after: { failures } },
      );
    }
    throw error;
  }
  attempts.succeed(key);
}

async function createSession(
  db: DbOrTx,
  policy: AuthPolicy,
  user: UserRow,
  meta: { ip: string; userAgent?: string | undefined },
  now: Date,
): Promise<NewSession> {
  const token = newSecret();
  const csrfToken = newSecret();
  const expiresAt = new Date(now.getTime() + policy.sessionHours * 3_600_000);
  await insertSession(db, {
    tokenHash: hashSecret(token),
    userId: user.id,
    csrfToken,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
  });
  return { token, csrfToken, expiresAt, user: toAuthUser(user) };
}

/** A new session for a user already known (after changing his own password). */
export async function issueSession(
  database: Database,
  policy: AuthPolicy,
  userId: string,
  meta: { ip: string; userAgent?: string | undefined },
  now = new Date(),
): Promise<NewSession> {
  const user = await findUserById(database.db, userId);
  if (!user || !user.active) throw new AppError('unauthenticated');
  return createSession(database.db, policy, user, meta, now);
}

// Sliding expiry, written at most once a minute per session to spare the database.
const TOUCH_EVERY_MS = 60_000;

export async function resolveSession(
  database: Database,
  policy: AuthPolicy,
  token: string,
  now = new Date(),
  cache?: SessionCache,
) {
  if (token.length > 100) return undefined;
  const tokenHash = hashSecret(token);
  let row = cache?.get(tokenHash, now);
  if (!row) {
    const generation = cache?.mark() ?? 0;
    row = await findLiveSession(database.db, tokenHash, now);
    if (!row) return undefined;
    cache?.set(tokenHash, row, now.getTime(), generation);
  }
  if (now.getTime() - row.session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    const expiresAt = new Date(now.getTime() + policy.sessionHours * 3_600_000);
    await extendSession(database.db, tokenHash, now, expiresAt);
    // The cached row (shared by this session's concurrent requests) carries the new expiry.
    row.session.lastSeenAt = now;
    row.session.expiresAt = expiresAt;
  }
  return { user: toAuthUser(row.user), csrfToken: row.session.csrfToken, sessionHash: tokenHash };
}

/**
 * The user of a session that is still signed in, without extending it: an open live socket
 * is not activity, so it does not keep an idle session alive.
 */
export async function sessionUser(database: Database, sessionHash: string, now = new Date()) {
  const row = await findLiveSession(database.db, sessionHash, now);
  return row ? toAuthUser(row.user) : undefined;
}

export async function logout(database: Database, actor: Actor, sessionHash: string) {
  await database.db.transaction(async (tx) => {
    await deleteSession(tx, sessionHash);
    await sessionEnded(tx, sessionHash);
    await audit(tx, actor, 'auth.logout', { entity: 'user', id: actor.id });
  });
}

export async function resolveApiToken(database: Database, token: string, now = new Date()) {
  if (!token.startsWith(API_TOKEN_PREFIX) || token.length > 100) return undefined;
  const row = await findLiveApiToken(database.db, hashSecret(token));
  if (!row) return undefined;
  if (!row.token.lastUsedAt || now.getTime() - row.token.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
    await touchApiToken(database.db, row.token.id, now);
  }
  return { user: toAuthUser(row.user), tokenName: row.token.name };
}

export const createTokenSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    user_id: z.uuid(),
  })
  .strict();

export async function createApiToken(database: Database, actor: Actor, raw: unknown) {
  const input = parseInput(createTokenSchema, raw);
  const user = await findUserById(database.db, input.user_id);
  if (!user || !user.active) {
    throw new AppError('validation_failed', {
      errors: [
        {
          field: 'user_id',
          code: 'not_found',
          message: 'No active user with this id.',
          message_ar: 'لا يوجد مستخدم نشط بهذا المعرّف.',
        },
      ],
    });
  }
  const token = newApiToken();
  return database.db.transaction(async (tx) => {
    const row = await insertApiToken(tx, {
      name: input.name,
      userId: user.id,
      tokenHash: hashSecret(token),
      prefix: token.slice(0, 10),
      createdBy: actor.id,
    });
    await audit(tx, actor, 'api_token.create', {
      entity: 'api_token',
      id: row.id,
      after: { name: row.name, user: user.username, prefix: row.prefix },
    });
    return { id: row.id, name: row.name, username: user.username, prefix: row.prefix, token };
  });
}

export async function listApiTokens(database: Database) {
  const rows = await findApiTokens(database.db);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    username: r.username,
    user_id: r.userId,
    created_at: r.createdAt.toISOString(),
    last_used_at: r.lastUsedAt?.toISOString() ?? null,
    revoked_at: r.revokedAt?.toISOString() ?? null,
  }));
}

export async function revokeApiToken(database: Database, actor: Actor, id: string) {
  await database.db.transaction(async (tx) => {
    const row = await revokeApiTokenRow(tx, id, new Date());
    if (!row) throw new AppError('not_found');
    await audit(tx, actor, 'api_token.revoke', {
      entity: 'api_token',
      id,
      before: { name: row.name, prefix: row.prefix },
    });
  });
}

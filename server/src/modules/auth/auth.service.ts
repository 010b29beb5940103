import { z } from 'zod';
import type { Database, DbOrTx } from '../../db/client.ts';
import type { AuthUser } from '../../http/access.ts';
import { AppError } from '../../http/errors.ts';
import { parseInput } from '../../http/validation.ts';
import { audit, type Actor } from '../audit/index.ts';
import {
  findUserById,
  findUserByUsername,
  recordFailedLogin,
  recordSuccessfulLogin,
  updateUserRow,
  verifyAgainstDummy,
  verifyPassword,
  type Role,
  type UserRow,
} from '../users/index.ts';
import { API_TOKEN_PREFIX, hashSecret, newApiToken, newSecret } from './domain/tokens.ts';
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
  loginMaxFailures: number;
  loginLockMinutes: number;
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
  raw: unknown,
  meta: { ip: string; userAgent?: string | undefined; requestId: string },
  now = new Date(),
): Promise<NewSession> {
  const input = parseInput(loginSchema, raw);
  const user = await findUserByUsername(database.db, input.username);
  const actor: Actor = {
    id: user?.id ?? null,
    label: input.username,
    role: user?.role ?? null,
    ip: meta.ip,
    requestId: meta.requestId,
  };
  if (!user) {
    await verifyAgainstDummy(input.password);
    throw new AppError('invalid_credentials');
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    throw new AppError('account_locked', {
      headers: { 'retry-after': String(Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 1000)) },
    });
  }
  const ok = (await verifyPassword(user.passwordHash, input.password)) && user.active;
  if (!ok) {
    // A lock that has run out gives the user a fresh set of attempts.
    if (user.lockedUntil && user.lockedUntil <= now) {
      await updateUserRow(database.db, user.id, { failedLogins: 0, lockedUntil: null });
    }
    const lockUntil = new Date(now.getTime() + policy.loginLockMinutes * 60_000);
    const state = await recordFailedLogin(database.db, user.id, policy.loginMaxFailures, lockUntil);
    const locked = state?.lockedUntil && state.lockedUntil > now;
    await audit(database.db, actor, locked ? 'auth.lockout' : 'auth.login_failed', { entity: 'user', id: user.id });
    throw new AppError('invalid_credentials');
  }
  let session: NewSession | undefined;
  await database.db.transaction(async (tx) => {
    session = await createSession(tx, policy, user, meta, now);
    await recordSuccessfulLogin(tx, user.id, now);
    await audit(tx, actor, 'auth.login', { entity: 'user', id: user.id });
  });
  return session!;
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

export async function resolveSession(database: Database, policy: AuthPolicy, token: string, now = new Date()) {
  if (token.length > 100) return undefined;
  const tokenHash = hashSecret(token);
  const row = await findLiveSession(database.db, tokenHash, now);
  if (!row) return undefined;
  if (now.getTime() - row.session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await extendSession(database.db, tokenHash, now, new Date(now.getTime() + policy.sessionHours * 3_600_000));
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

import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { parseInput } from '../../http/validation.ts';
import { audit, type Actor } from '../audit/index.ts';
import { agentSkills, canManageRole, roles, type AgentSkill, type Role } from './domain/roles.ts';
import {
  PASSWORD_MAX_LENGTH,
  passwordProblemMessages,
  passwordProblems,
  type PasswordOptions,
} from './domain/password-policy.ts';
import { hashPassword, verifyPassword } from './password-hasher.ts';
import {
  countUsers,
  findUserById,
  findUserByUsername,
  findUsers,
  insertUser,
  updateUserRow,
  type UserFilter,
  type UserRow,
} from './users.repository.ts';

// ---- shapes --------------------------------------------------------------------------

const plainText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    // Control characters have no place in a name; everything else (Arabic, markup) is data.
    .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), { message: 'control characters are not allowed' });

export const usernameSchema = z
  .string()
  .trim()
  .min(3)
  .max(32)
  .regex(/^[a-zA-Z0-9._-]+$/, 'letters a-z, digits, dot, dash and underscore');

export const passwordSchema = z.string().min(1).max(PASSWORD_MAX_LENGTH);
const teamName = plainText(64);

export const createUserSchema = z
  .object({
    username: usernameSchema,
    display_name: plainText(100),
    role: z.enum(roles),
    password: passwordSchema,
    skills: z.array(z.enum(agentSkills)).max(agentSkills.length).default([]),
    teams: z.array(teamName).max(20).default([]),
    active: z.boolean().default(true),
    locale: z.enum(['ar', 'en']).default('ar'),
  })
  .strict();
export type CreateUserInput = z.input<typeof createUserSchema>;

export const updateUserSchema = z
  .object({
    display_name: plainText(100),
    role: z.enum(roles),
    password: passwordSchema,
    skills: z.array(z.enum(agentSkills)).max(agentSkills.length),
    teams: z.array(teamName).max(20),
    active: z.boolean(),
    locale: z.enum(['ar', 'en']),
  })
  .partial()
  .strict();
export type UpdateUserInput = z.input<typeof updateUserSchema>;

export const profileSchema = z
  .object({ display_name: plainText(100), locale: z.enum(['ar', 'en']) })
  .partial()
  .strict();

/** What the API shows of a user: never the hash or the lock counters. */
export type PublicUser = {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  skills: AgentSkill[];
  teams: string[];
  active: boolean;
  locale: 'ar' | 'en';
  last_login_at: string | null;
  created_at: string;
  updated_at: string;
};

export function toPublicUser(row: UserRow): PublicUser {
  return {
    id: row.id,
    username: row.username,
    display_name: row.displayName,
    role: row.role as Role,
    // Written only through the schemas above (z.enum(agentSkills)).
    skills: row.skills as AgentSkill[],
    teams: row.teams,
    active: row.active,
    locale: row.locale as 'ar' | 'en',
    last_login_at: row.lastLoginAt?.toISOString() ?? null,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

// What the audit log keeps of a user: the public fields without timestamps.
function auditView(row: UserRow) {
  const { last_login_at: _l, created_at: _c, updated_at: _u, ...rest } = toPublicUser(row);
  return rest;
}

function assertPasswordAllowed(password: string, username: string, field = 'password', options: PasswordOptions = {}) {
  const problems = passwordProblems(password, username, options);
  if (problems.length === 0) return;
  throw new AppError('weak_password', {
    errors: problems.map((p) => ({
      field,
      code: p,
      message: passwordProblemMessages[p].en,
      message_ar: passwordProblemMessages[p].ar,
    })),
  });
}

function assertCanManage(actor: Actor, target: Role) {
  if (!actor.role || !canManageRole(actor.role as Role, target)) throw new AppError('forbidden');
}

// ---- use cases -----------------------------------------------------------------------

export async function listUsers(database: Database, filter: UserFilter, limit: number, offset: number) {
  const { items, total } = await findUsers(database.db, filter, limit, offset);
  return { items: items.map(toPublicUser), total };
}

export async function getUser(database: Database, id: string): Promise<PublicUser> {
  const row = await findUserById(database.db, id);
  if (!row) throw new AppError('not_found');
  return toPublicUser(row);
}

export async function getUserByUsername(database: Database, username: string): Promise<PublicUser | undefined> {
  const row = await findUserByUsername(database.db, username);
  return row && toPublicUser(row);
}

export async function hasAnyUser(database: Database): Promise<boolean> {
  return (await countUsers(database.db)) > 0;
}

/** `options.allowedPassword`: the demo loader creates its accounts with the published demo password. */
export async function createUser(
  database: Database,
  actor: Actor,
  raw: unknown,
  options: { allowedPassword?: string } = {},
): Promise<PublicUser> {
  const input = parseInput(createUserSchema, raw);
  if (actor.id !== null) assertCanManage(actor, input.role);
  assertPasswordAllowed(input.password, input.username, 'password', { allowed: options.allowedPassword });
  const passwordHash = await hashPassword(input.password);
  return database.db.transaction(async (tx) => {
    if (await findUserByUsername(tx, input.username)) throw new AppError('username_taken');
    const row = await insertUser(tx, {
      username: input.username,
      displayName: input.display_name,
      role: input.role,
      skills: input.skills,
      teams: input.teams,
      active: input.active,
      locale: input.locale,
      passwordHash,
    });
    await audit(tx, actor, 'user.create', { entity: 'user', id: row.id, after: auditView(row) });
    return toPublicUser(row);
  });
}

export async function updateUser(database: Database, actor: Actor, id: string, raw: unknown): Promise<PublicUser> {
  const input = parseInput(updateUserSchema, raw);
  const current = await findUserById(database.db, id);
  if (!current) throw new AppError('not_found');
  if (actor.id !== null) {
    assertCanManage(actor, current.role as Role);
    if (input.role) assertCanManage(actor, input.role);
    if (actor.id === id && (input.active === false || (input.role && input.role !== current.role))) {
      throw new AppError('cannot_change_self');
    }
  }
  let passwordHash: string | undefined;
  if (input.password !== undefined) {
    assertPasswordAllowed(input.password, current.username);
    passwordHash = await hashPassword(input.password);
  }
  return database.db.transaction(async (tx) => {
    const before = await findUserById(tx, id);
    if (!before) throw new AppError('not_found');
    const row = await updateUserRow(tx, id, {
      ...(input.display_name !== undefined && { displayName: input.display_name }),
      ...(input.role !== undefined && { role: input.role }),
      ...(input.skills !== undefined && { skills: input.skills }),
      ...(input.teams !== undefined && { teams: input.teams }),
      ...(input.active !== undefined && { active: input.active }),
      ...(input.locale !== undefined && { locale: input.locale }),
      // A new password (or deactivation) ends the user's sessions: see auth's session check.
      ...(passwordHash !== undefined && {
        passwordHash,
        passwordChangedAt: new Date(),
        failedLogins: 0,
        lockedUntil: null,
      }),
      ...(input.active === true && !before.active && { failedLogins: 0, lockedUntil: null }),
    });
    await audit(tx, actor, passwordHash ? 'user.update+password' : 'user.update', {
      entity: 'user',
      id,
      before: auditView(before),
      after: auditView(row!),
    });
    return toPublicUser(row!);
  });
}

export async function updateOwnProfile(database: Database, actor: Actor, raw: unknown): Promise<PublicUser> {
  if (!actor.id) throw new AppError('unauthenticated');
  const input = parseInput(profileSchema, raw);
  return database.db.transaction(async (tx) => {
    const before = await findUserById(tx, actor.id!);
    if (!before) throw new AppError('unauthenticated');
    const row = await updateUserRow(tx, actor.id!, {
      ...(input.display_name !== undefined && { displayName: input.display_name }),
      ...(input.locale !== undefined && { locale: input.locale }),
    });
    await audit(tx, actor, 'user.profile', {
      entity: 'user',
      id: actor.id,
      before: auditView(before),
      after: auditView(row!),
    });
    return toPublicUser(row!);
  });
}

export const changePasswordSchema = z
  .object({ current_password: passwordSchema, new_password: passwordSchema })
  .strict();

export async function changeOwnPassword(database: Database, actor: Actor, raw: unknown): Promise<void> {
  if (!actor.id) throw new AppError('unauthenticated');
  const input = parseInput(changePasswordSchema, raw);
  const user = await findUserById(database.db, actor.id);
  if (!user) throw new AppError('unauthenticated');
  if (!(await verifyPassword(user.passwordHash, input.current_password))) {
    throw new AppError('wrong_current_password');
  }
  assertPasswordAllowed(input.new_password, user.username, 'new_password');
  const passwordHash = await hashPassword(input.new_password);
  await database.db.transaction(async (tx) => {
    await updateUserRow(tx, user.id, { passwordHash, passwordChangedAt: new Date() });
    await audit(tx, actor, 'user.password', { entity: 'user', id: user.id });
  });
}

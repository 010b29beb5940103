import { getCountries } from 'libphonenumber-js/max';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { parseInput } from '../../http/validation.ts';
import { audit, type Actor } from '../audit/index.ts';
import {
  findGroup,
  findGroupCodesOfUser,
  findGroups,
  findMembers,
  findUsersByIds,
  replaceGroupMembers,
  replaceUserGroups,
  updateGroupRow,
} from './tickets.repository.ts';

// Groups (مجموعات) and who belongs to them. The six groups are seeded by the migration; their
// countries and members are set here, from the settings page or the command line.

const countryCodes = new Set(getCountries() as string[]);
const country = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .refine((c) => countryCodes.has(c), { message: 'not an ISO 3166 country code' });

export const groupPatchSchema = z
  .object({
    name_ar: z.string().trim().min(1).max(100),
    name_en: z.string().trim().min(1).max(100),
    countries: z.array(country).max(250),
    active: z.boolean(),
  })
  .partial()
  .strict();
export const membersSchema = z.object({ user_ids: z.array(z.uuid()).max(1000) }).strict();

function view(g: Awaited<ReturnType<typeof findGroups>>[number]) {
  return {
    code: g.code,
    name_ar: g.nameAr,
    name_en: g.nameEn,
    countries: g.countries,
    active: g.active,
    updated_at: g.updatedAt.toISOString(),
  };
}

export async function groupsView(database: Database) {
  const [groups, members] = await Promise.all([findGroups(database.db), findMembers(database.db)]);
  return {
    items: groups.map((g) => ({
      ...view(g),
      members: members
        .filter((m) => m.groupCode === g.code)
        .map((m) => ({ id: m.id, username: m.username, display_name: m.displayName, role: m.role, active: m.active })),
    })),
  };
}

export async function updateGroup(
  database: Database,
  actor: Actor,
  code: string,
  patch: z.output<typeof groupPatchSchema>,
) {
  const before = await findGroup(database.db, code);
  if (!before) throw new AppError('not_found');
  const after = await database.db.transaction(async (tx) => {
    const row = await updateGroupRow(tx, code, {
      ...(patch.name_ar !== undefined ? { nameAr: patch.name_ar } : {}),
      ...(patch.name_en !== undefined ? { nameEn: patch.name_en } : {}),
      ...(patch.countries !== undefined ? { countries: [...new Set(patch.countries)].sort() } : {}),
      ...(patch.active !== undefined ? { active: patch.active } : {}),
    });
    await audit(tx, actor, 'ticket_group.update', {
      entity: 'ticket_group',
      id: code,
      before: view(before),
      after: view(row!),
    });
    return row!;
  });
  return view(after);
}

/** `tawasul groups set CODE --countries SA,AE` */
export async function setGroupCountries(database: Database, actor: Actor, code: string, countries: string[]) {
  return updateGroup(database, actor, code, parseInput(groupPatchSchema, { countries }));
}

export async function setGroupMembers(database: Database, actor: Actor, code: string, userIds: string[]) {
  if (!(await findGroup(database.db, code))) throw new AppError('not_found');
  const unique = [...new Set(userIds)];
  const found = await findUsersByIds(database.db, unique);
  const missing = unique.filter((id) => !found.some((u) => u.id === id));
  if (missing.length) {
    throw new AppError('validation_failed', {
      errors: missing.map((id) => ({
        field: 'user_ids',
        code: 'unknown_user',
        message: `No user ${id}.`,
        message_ar: 'مستخدم غير موجود.',
      })),
    });
  }
  await database.db.transaction(async (tx) => {
    await replaceGroupMembers(tx, code, unique);
    await audit(tx, actor, 'ticket_group.members', { entity: 'ticket_group', id: code, after: { user_ids: unique } });
  });
  return groupsView(database);
}

/** `tawasul users add … --groups key_accounts,tracking`: the user's groups become exactly these. */
/** The codes of the ticket groups a user is a member of. */
export function groupCodesOfUser(database: Database, userId: string): Promise<string[]> {
  return findGroupCodesOfUser(database.db, userId);
}

export async function setUserGroups(database: Database, actor: Actor, userId: string, codes: string[]) {
  await assertGroupCodes(database, codes);
  const before = await findGroupCodesOfUser(database.db, userId);
  await database.db.transaction(async (tx) => {
    await replaceUserGroups(tx, userId, [...new Set(codes)]);
    await audit(tx, actor, 'user.groups', { entity: 'user', id: userId, before, after: codes });
  });
  return findGroupCodesOfUser(database.db, userId);
}

/** Refuses unknown group codes with a 422 naming them (checked before a user is created). */
export async function assertGroupCodes(database: Database, codes: string[]) {
  const known = new Set((await findGroups(database.db)).map((g) => g.code));
  const unknown = codes.filter((c) => !known.has(c));
  if (unknown.length) {
    throw new AppError('validation_failed', {
      errors: unknown.map((c) => ({
        field: 'groups',
        code: 'unknown_group',
        message: `No group ${c} (groups: ${[...known].join(', ')}).`,
        message_ar: `لا توجد مجموعة بالرمز ${c}.`,
      })),
    });
  }
}

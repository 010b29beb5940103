import type { Database, DbOrTx } from '../../db/client.ts';
import type { AuthUser } from '../../http/access.ts';
import { AppError } from '../../http/errors.ts';
import type { Outbox } from '../messaging/index.ts';
import type { SettingsService } from '../settings/index.ts';
import { findGroupCodesOfUser, findTicketById, type TicketRow } from './tickets.repository.ts';

// What every ticket use case receives, and who may do what with a ticket.

export type TicketsDeps = {
  database: Database;
  settings: Pick<SettingsService, 'all' | 'get'>;
  /** The messaging outbox (acknowledgements, notices, replies); null sends nothing (CLI, some tests). */
  outbox: Outbox | null;
  now?: () => Date;
};

/** Roles that work tickets at all; ownership narrows what each one sees. */
export const ticketRoles = ['admin', 'manager', 'supervisor', 'agent', 'it', 'claims'] as const;
export const ticketCreateRoles = ['manager', 'supervisor', 'agent', 'it'] as const;
export const seeAllRoles = new Set(['admin', 'manager', 'supervisor']);
export const resolveAnyRoles = new Set(['manager', 'supervisor']);

export const nowOf = (deps: TicketsDeps) => (deps.now ? deps.now() : new Date());

// ---- who may do what -------------------------------------------------------------------------

export type Access = { user: AuthUser; groups: string[] };

export async function accessOf(db: DbOrTx, user: AuthUser): Promise<Access> {
  return { user, groups: await findGroupCodesOfUser(db, user.id) };
}

export function canSee(a: Access, t: TicketRow): boolean {
  if (seeAllRoles.has(a.user.role)) return true;
  if (t.assigneeId === a.user.id || t.createdBy === a.user.id) return true;
  if (a.groups.includes(t.groupCode)) return true;
  return a.user.role === 'claims' && t.category === 'claim' && t.claimApproval === 'approved';
}

/** Members of the assigned group (and supervisors, managers) work, resolve and close a ticket. */
export function canResolve(a: Access, t: TicketRow): boolean {
  if (resolveAnyRoles.has(a.user.role)) return true;
  if (a.groups.includes(t.groupCode)) return true;
  return a.user.role === 'claims' && t.category === 'claim' && t.claimApproval === 'approved';
}

/** A member of the group takes an unassigned ticket; supervisors and managers assign it to anyone in it. */
export function canTake(a: Access, t: { groupCode: string; assigneeId: string | null; status: string }): boolean {
  return t.status !== 'closed' && t.assigneeId === null && a.groups.includes(t.groupCode);
}
export function canAssign(a: Access, t: { status: string }): boolean {
  return t.status !== 'closed' && resolveAnyRoles.has(a.user.role);
}

/** Who may add notes and replies: whoever may see it (the key-account officer follows up his tickets). */
export function canWork(a: Access, t: TicketRow): boolean {
  return a.user.role !== 'admin' && canSee(a, t);
}

export async function visibleTicket(db: DbOrTx, a: Access, id: string): Promise<TicketRow> {
  const t = await findTicketById(db, id);
  if (!t) throw new AppError('not_found');
  if (!canSee(a, t)) throw new AppError('forbidden');
  return t;
}

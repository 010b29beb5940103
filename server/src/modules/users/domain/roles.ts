// Roles and skills of the call center (SPEC §1). The roles themselves stand in shared/ (the
// HTTP layer declares each route's roles with them).
import { roles, type Role } from '../../../shared/roles.ts';

export { roles, type Role };

export const agentSkills = ['collections', 'marketing', 'service', 'key_accounts'] as const;
export type AgentSkill = (typeof agentSkills)[number];

/** Roles that administer accounts (users CRUD). */
export const userAdminRoles: readonly Role[] = ['admin', 'manager'];

/**
 * Whether `actor` may create or change an account of role `target`. Only an admin manages
 * admins (a manager cannot make himself, or anyone, an admin).
 */
export function canManageRole(actor: Role, target: Role): boolean {
  if (actor === 'admin') return true;
  if (actor === 'manager') return target !== 'admin';
  return false;
}

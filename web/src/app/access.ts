// Roles and skills as the server knows them (SPEC §1), and which page each role may open.
// The navigation and the route guards read the same table; the API enforces it again.

export const roles = ['admin', 'manager', 'supervisor', 'agent', 'it', 'marketing', 'claims'] as const;
export type Role = (typeof roles)[number];

export const skills = ['collections', 'marketing', 'service', 'key_accounts'] as const;
export type Skill = (typeof skills)[number];

export type Page = 'home' | 'customers' | 'imports' | 'users' | 'settings' | 'audit' | 'tokens' | 'profile';

const pageRoles: Record<Page, readonly Role[] | 'everyone'> = {
  home: 'everyone',
  // Agents only with a skill that answers customers (see `skillPages`); the API checks the same.
  customers: ['admin', 'manager', 'supervisor', 'it', 'marketing', 'claims', 'agent'],
  imports: ['admin', 'manager', 'supervisor', 'it'],
  users: ['admin', 'manager'],
  settings: ['admin', 'manager'],
  audit: ['admin', 'manager'],
  tokens: ['admin'],
  profile: 'everyone',
};

/** Pages an agent opens only with one of these skills (others see customers through their work lists). */
const skillPages: Partial<Record<Page, readonly Skill[]>> = {
  customers: ['service', 'key_accounts'],
};

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

export function canOpen(page: Page, role: string, userSkills: readonly string[] = []): boolean {
  const allowed = pageRoles[page];
  if (allowed === 'everyone') return true;
  if (!isRole(role) || !allowed.includes(role)) return false;
  const needed = skillPages[page];
  return role !== 'agent' || !needed || needed.some((skill) => userSkills.includes(skill));
}

// What a role may do on a customer (the same lists as the server's customers.service.ts).
const customerActions = {
  export: ['admin', 'manager', 'supervisor'],
  reveal: ['admin', 'manager', 'supervisor', 'it'],
  edit: ['admin', 'manager', 'supervisor', 'it'],
  correctNumber: ['admin', 'it'],
} as const satisfies Record<string, readonly Role[]>;
export type CustomerAction = keyof typeof customerActions;

export function canDo(action: CustomerAction, role: string): boolean {
  return isRole(role) && (customerActions[action] as readonly Role[]).includes(role);
}

/** Roles an actor may give to an account: only an admin makes admins. */
export function assignableRoles(actorRole: string): readonly Role[] {
  return actorRole === 'admin' ? roles : roles.filter((r) => r !== 'admin');
}

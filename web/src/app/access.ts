// Roles and skills as the server knows them (SPEC §1), and which page each role may open.
// The navigation and the route guards read the same table; the API enforces it again.

export const roles = ['admin', 'manager', 'supervisor', 'agent', 'it', 'marketing', 'claims'] as const;
export type Role = (typeof roles)[number];

export const skills = ['collections', 'marketing', 'service', 'key_accounts'] as const;
export type Skill = (typeof skills)[number];

export type Page = 'home' | 'users' | 'settings' | 'audit' | 'tokens' | 'profile';

const pageRoles: Record<Page, readonly Role[] | 'everyone'> = {
  home: 'everyone',
  users: ['admin', 'manager'],
  settings: ['admin', 'manager'],
  audit: ['admin', 'manager'],
  tokens: ['admin'],
  profile: 'everyone',
};

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

export function canOpen(page: Page, role: string): boolean {
  const allowed = pageRoles[page];
  return allowed === 'everyone' || (isRole(role) && allowed.includes(role));
}

/** Roles an actor may give to an account: only an admin makes admins. */
export function assignableRoles(actorRole: string): readonly Role[] {
  return actorRole === 'admin' ? roles : roles.filter((r) => r !== 'admin');
}

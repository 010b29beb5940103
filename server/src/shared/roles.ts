// Roles of the call center (SPEC §1). The users module manages them; the HTTP layer declares
// each route's roles with them, so they stand outside both.
export const roles = ['admin', 'manager', 'supervisor', 'agent', 'it', 'marketing', 'claims'] as const;
export type Role = (typeof roles)[number];

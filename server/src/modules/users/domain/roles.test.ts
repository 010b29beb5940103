import { describe, expect, it } from 'vitest';
import { canManageRole, roles } from './roles.ts';

describe('canManageRole', () => {
  it.each(roles)('an admin manages %s accounts', (target) => expect(canManageRole('admin', target)).toBe(true));
  it.each(roles.filter((r) => r !== 'admin'))('a manager manages %s accounts', (target) =>
    expect(canManageRole('manager', target)).toBe(true),
  );
  it('a manager cannot create or change an admin', () => expect(canManageRole('manager', 'admin')).toBe(false));
  it.each(roles.filter((r) => r !== 'admin' && r !== 'manager'))('%s manages no account', (actor) =>
    expect(roles.some((t) => canManageRole(actor, t))).toBe(false),
  );
});

import type { BusEvent } from '../../events/index.ts';
import type { Role } from '../../users/index.ts';

// Who is told that work changed: the roles that oversee the lists (GET /worklists) and the
// agents whose own items (GET /my/items) changed, before and after a change, in ids only.

const overseers: Role[] = ['admin', 'manager', 'supervisor'];

export function workItemChanged(itemId: string, assignees: readonly (string | null)[]): BusEvent {
  return { type: 'work-item.changed', id: itemId, to: { roles: overseers, users: unique(assignees) } };
}

/**
 * A list, or with no id the lists of a day, changed; `assignees` are the agents whose items did.
 * The marketing department is told of its own lists (purpose `marketing`) too.
 */
export function workListChanged(
  listId: string | undefined,
  assignees: readonly (string | null)[] = [],
  purpose?: string,
): BusEvent {
  return {
    type: 'work-list.changed',
    ...(listId === undefined ? {} : { id: listId }),
    to: { roles: purpose === 'marketing' ? [...overseers, 'marketing'] : overseers, users: unique(assignees) },
  };
}

function unique(values: readonly (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== null))];
}

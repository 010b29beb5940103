// The number an agent's call on a work item goes to (A6 click-to-call): the item's current number
// in the list's order, read on the server — the agent names the item, never the number.
import type { Database } from '../../db/client.ts';
import type { AuthUser } from '../../http/access.ts';
import { AppError } from '../../http/errors.ts';
import { findItemToDial } from './dial-target.repository.ts';
import { closedStatuses } from './domain/outcomes.ts';

export type DialTarget = { itemId: string; customerId: string; number: string };

/**
 * The agent's own open phone item and the number to dial now: 404 for an unknown item, 403 for
 * another agent's, 409 for a closed item, a customer who asked not to be called, or no number left.
 */
export async function itemDialTarget(database: Database, user: AuthUser, itemId: string): Promise<DialTarget> {
  const item = await findItemToDial(database.db, itemId);
  if (!item) throw new AppError('not_found');
  if (item.assigned_to !== user.id) throw new AppError('forbidden');
  if (item.channel !== 'phone' || closedStatuses.has(item.status) || item.list_status === 'signed_off')
    throw new AppError('item_closed');
  if (item.do_not_call) throw new AppError('do_not_call');
  const number = item.phones[item.next_phone];
  if (!number) throw new AppError('number_unusable');
  return { itemId: item.id, customerId: item.customer_id, number };
}

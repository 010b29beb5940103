import type { BusEvent } from '../../events/index.ts';

/**
 * The outbox is watched by the roles that open it (GET /messaging/outbox). One message names
 * its id; a batch (a day's SMS, a dispatch chunk) is one event without one.
 */
export function outboxChanged(ids: readonly string[]): BusEvent {
  return {
    type: 'outbox.message.changed',
    ...(ids.length === 1 ? { id: ids[0]! } : {}),
    to: { roles: ['admin', 'manager', 'supervisor'] },
  };
}

import { z } from 'zod';
import type { Database, DbOrTx, Unlisten } from '../../db/client.ts';
import { roles } from '../users/index.ts';
import { liveEventTypes, splitForPayload, type BusEvent } from './domain/audience.ts';
import { channelOf, notify } from './events.repository.ts';

/**
 * Publishes an event to every process. Called with the transaction that made the change, it
 * reaches the listeners when that transaction commits, and never if it rolls back; called with
 * the database, at once.
 */
export async function publish(db: DbOrTx, event: BusEvent): Promise<void> {
  for (const part of splitForPayload(event)) await notify(db, JSON.stringify(part));
}

const ids = z.array(z.string().max(100)).max(1000).optional();
const busEventSchema = z.object({
  type: z.enum(liveEventTypes),
  id: z.string().max(100).optional(),
  to: z.object({ roles: z.array(z.enum(roles)).optional(), users: ids, groups: ids, agentSkills: ids }),
});

/**
 * Calls `onEvent` with every event any process publishes; `onResync` when events may have been
 * lost (the listening connection dropped and is back), so that clients reload what they show.
 */
export function subscribe(
  database: Database,
  onEvent: (event: BusEvent) => void,
  onResync: () => void,
): Promise<Unlisten> {
  return database.listen(
    channelOf(database.schemaName),
    (payload) => {
      const parsed = parseEvent(payload);
      if (parsed) onEvent(parsed);
    },
    onResync,
  );
}

function parseEvent(payload: string): BusEvent | undefined {
  try {
    const result = busEventSchema.safeParse(JSON.parse(payload));
    return result.success ? (result.data as BusEvent) : undefined;
  } catch {
    return undefined;
  }
}

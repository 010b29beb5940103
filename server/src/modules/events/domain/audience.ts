import type { Role } from '../../users/index.ts';

/** What changed. */
export const liveEventTypes = [
  'ticket.changed',
  'inquiry.changed',
  'work-item.changed',
  'work-list.changed',
  'outbox.message.changed',
  'import.progress',
  /** A call record (id: the call), or with no id many of them (an import). */
  'call.updated',
  /** An agent's state changed (id: the agent's username). */
  'agent.state',
  /** An escalation was raised, taken or closed (id: the escalation). */
  'escalation.changed',
] as const;
export type LiveEventType = (typeof liveEventTypes)[number];

/**
 * Who may receive an event, in ids and codes only (never a name, number or address): every
 * user of `roles`, the users in `users`, the members of the ticket groups in `groups`, and the
 * agents with one of `agentSkills`. Nothing given, nobody receives it.
 */
export type Audience = {
  roles?: readonly Role[];
  users?: readonly string[];
  groups?: readonly string[];
  agentSkills?: readonly string[];
};

/** An event as it travels between processes. `id` names the thing that changed, when one did. */
export type BusEvent = { type: LiveEventType; id?: string; to: Audience };

/**
 * What a WebSocket client receives: an event without its audience; `ready` once the socket
 * receives events; `resync` when some may have been lost (reload everything shown).
 */
export type ClientEvent = { type: LiveEventType; id?: string } | { type: 'ready' } | { type: 'resync' };

export type Recipient = {
  id: string;
  role: Role;
  skills: readonly string[];
  /** The ticket groups the user is a member of. */
  groups: readonly string[];
};

/** Whether `recipient` may receive an event addressed to `to`. */
export function mayReceive(recipient: Recipient, to: Audience): boolean {
  if (to.roles?.includes(recipient.role)) return true;
  if (to.users?.includes(recipient.id)) return true;
  if (to.groups?.some((g) => recipient.groups.includes(g))) return true;
  return recipient.role === 'agent' && (to.agentSkills?.some((s) => recipient.skills.includes(s)) ?? false);
}

export function toClientEvent(event: BusEvent): ClientEvent {
  return event.id === undefined ? { type: event.type } : { type: event.type, id: event.id };
}

/** PostgreSQL refuses a notification payload of 8000 bytes or more; keep well under it. */
export const MAX_PAYLOAD_BYTES = 7000;

/**
 * An event whose user list would not fit in one notification (a list distributed to many
 * agents) is sent as several: the first with the rest of the audience, each with a slice of the users.
 */
export function splitForPayload(event: BusEvent, maxBytes = MAX_PAYLOAD_BYTES): BusEvent[] {
  if (Buffer.byteLength(JSON.stringify(event)) <= maxBytes) return [event];
  const users = event.to.users ?? [];
  if (users.length <= 1) throw new Error(`event ${event.type} does not fit in a notification`);
  const half = Math.ceil(users.length / 2);
  return [
    ...splitForPayload({ ...event, to: { ...event.to, users: users.slice(0, half) } }, maxBytes),
    ...splitForPayload({ ...event, to: { users: users.slice(half) } }, maxBytes),
  ];
}

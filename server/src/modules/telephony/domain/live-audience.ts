import type { BusEvent } from '../../events/index.ts';

// Who hears about calls and agent states: the people who oversee the center, and the agent
// himself (by user id; an agent not known as a user — a PBX extension — is heard by overseers only).
const overseers = ['admin', 'manager', 'supervisor'] as const;

/** A call record changed; with no id, many did (an import): reload the list. */
export function callUpdated(callId: string | undefined, agentUserId: string | null): BusEvent {
  return {
    type: 'call.updated',
    ...(callId === undefined ? {} : { id: callId }),
    to: { roles: overseers, ...(agentUserId ? { users: [agentUserId] } : {}) },
  };
}

/** An agent's state changed; the id is his username (what the calls and timelines name). */
export function agentStateChanged(agent: string, agentUserId: string | null): BusEvent {
  return { type: 'agent.state', id: agent, to: { roles: overseers, ...(agentUserId ? { users: [agentUserId] } : {}) } };
}

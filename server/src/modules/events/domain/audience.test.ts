import { describe, expect, it } from 'vitest';
import {
  mayReceive,
  splitForPayload,
  toClientEvent,
  type Audience,
  type BusEvent,
  type Recipient,
} from './audience.ts';

const agentA: Recipient = { id: 'a', role: 'agent', skills: ['collections'], groups: [] };
const agentB: Recipient = { id: 'b', role: 'agent', skills: ['service'], groups: ['customer_care'] };
const supervisor: Recipient = { id: 's', role: 'supervisor', skills: [], groups: [] };
const itUser: Recipient = { id: 'i', role: 'it', skills: ['service'], groups: [] };
const claims: Recipient = { id: 'c', role: 'claims', skills: [], groups: [] };

describe('mayReceive', () => {
  const cases: [name: string, recipient: Recipient, to: Audience, expected: boolean][] = [
    ['a role in the audience receives it', supervisor, { roles: ['admin', 'manager', 'supervisor'] }, true],
    ['a role not in the audience does not', agentA, { roles: ['admin', 'manager', 'supervisor'] }, false],
    ['the assignee receives his own item', agentA, { roles: ['supervisor'], users: ['a'] }, true],
    ["another agent does not receive an agent's item", agentB, { roles: ['supervisor'], users: ['a'] }, false],
    ['a member of the ticket group receives it', agentB, { groups: ['customer_care'] }, true],
    ['a member of another group does not', agentB, { groups: ['shipping'] }, false],
    ['an agent with the skill receives the shared mailbox', agentB, { agentSkills: ['service', 'key_accounts'] }, true],
    ['an agent without the skill does not', agentA, { agentSkills: ['service', 'key_accounts'] }, false],
    ['a skill counts for agents only', itUser, { agentSkills: ['service'] }, false],
    ['claims officer by role when the claim is approved', claims, { roles: ['claims'] }, true],
    ['an empty audience reaches nobody, not even a supervisor', supervisor, {}, false],
    ['empty lists reach nobody', agentA, { roles: [], users: [], groups: [], agentSkills: [] }, false],
  ];
  it.each(cases)('%s', (_name, recipient, to, expected) => {
    expect(mayReceive(recipient, to)).toBe(expected);
  });
});

describe('splitForPayload', () => {
  const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const event = (users: number): BusEvent => ({
    type: 'work-list.changed',
    id: uuid(0),
    to: { roles: ['supervisor'], users: Array.from({ length: users }, (_, i) => uuid(i + 1)) },
  });

  it('a small event stays one notification', () => {
    expect(splitForPayload(event(3))).toEqual([event(3)]);
  });

  it('a list given to 500 agents is split into notifications that each fit and reach every agent once', () => {
    const parts = splitForPayload(event(500));
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(Buffer.byteLength(JSON.stringify(part))).toBeLessThanOrEqual(7000);
    expect(parts.flatMap((p) => p.to.users)).toEqual(event(500).to.users);
    // The roles go once, so a supervisor is not told the same thing many times.
    expect(parts.filter((p) => p.to.roles?.length)).toHaveLength(1);
  });

  it('an event that cannot be split refuses instead of being cut', () => {
    const huge: BusEvent = { type: 'ticket.changed', to: { groups: ['x'.repeat(8000)] } };
    expect(() => splitForPayload(huge)).toThrow(/does not fit/);
  });
});

describe('toClientEvent', () => {
  it('keeps the type and id and drops the audience', () => {
    expect(toClientEvent({ type: 'ticket.changed', id: 't1', to: { users: ['a'] } })).toEqual({
      type: 'ticket.changed',
      id: 't1',
    });
    expect(toClientEvent({ type: 'outbox.message.changed', to: { roles: ['admin'] } })).toEqual({
      type: 'outbox.message.changed',
    });
  });
});

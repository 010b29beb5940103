import { describe, expect, it } from 'vitest';
import { mayReceive, type Recipient } from '../../events/index.ts';
import { inquiryChanged, ticketChanged, type TicketFacts } from './live-audience.ts';

const ticket: TicketFacts = {
  id: 't1',
  assigneeId: 'assignee',
  createdBy: 'creator',
  groupCode: 'customer_care',
  category: 'complaint',
  claimApproval: 'not_needed',
};
const who = (id: string, role: Recipient['role'], groups: string[] = [], skills: string[] = []): Recipient => ({
  id,
  role,
  groups,
  skills,
});

describe('ticketChanged reaches whoever may see the ticket', () => {
  const cases: [name: string, recipient: Recipient, expected: boolean][] = [
    ['its assignee', who('assignee', 'agent'), true],
    ['the agent who opened it', who('creator', 'agent'), true],
    ['a member of its group', who('x', 'agent', ['customer_care']), true],
    ['an agent of another group', who('x', 'agent', ['shipping']), false],
    ['an agent with no tie to it', who('x', 'agent', [], ['service']), false],
    ['a supervisor', who('x', 'supervisor'), true],
    ['an admin', who('x', 'admin'), true],
    ['the claims officer, for a claim not approved', who('x', 'claims'), false],
    ['marketing', who('x', 'marketing'), false],
  ];
  it.each(cases)('%s: %s', (_name, recipient, expected) => {
    expect(mayReceive(recipient, ticketChanged(ticket).to)).toBe(expected);
  });

  it('an approved claim reaches the claims officer', () => {
    const claim = { ...ticket, category: 'claim', claimApproval: 'approved' };
    expect(mayReceive(who('x', 'claims'), ticketChanged(claim).to)).toBe(true);
  });

  it('a transfer reaches the group it left and the agent it was taken from', () => {
    const before = ticket;
    const after = { ...ticket, groupCode: 'shipping', assigneeId: null };
    const to = ticketChanged(before, after).to;
    expect(mayReceive(who('x', 'agent', ['customer_care']), to)).toBe(true);
    expect(mayReceive(who('x', 'agent', ['shipping']), to)).toBe(true);
    expect(mayReceive(who('assignee', 'agent'), to)).toBe(true);
    expect(to.users).toEqual(['assignee', 'creator']);
  });
});

describe('inquiryChanged', () => {
  const cases: [name: string, channel: string, recipient: Recipient, expected: boolean][] = [
    ['a phone inquiry reaches the agent who logged it', 'phone', who('creator', 'agent'), true],
    ['a phone inquiry does not reach another service agent', 'phone', who('x', 'agent', [], ['service']), false],
    ['an email inquiry reaches every service agent', 'email', who('x', 'agent', [], ['service']), true],
    ['a fax reaches key-account agents', 'fax', who('x', 'agent', [], ['key_accounts']), true],
    ['an email inquiry does not reach a collections agent', 'email', who('x', 'agent', [], ['collections']), false],
    ['a supervisor sees every inquiry', 'phone', who('x', 'supervisor'), true],
    ['IT does not work inquiries', 'email', who('x', 'it', [], ['service']), false],
  ];
  it.each(cases)('%s', (_name, channel, recipient, expected) => {
    expect(mayReceive(recipient, inquiryChanged({ id: 'q1', createdBy: 'creator', channel }).to)).toBe(expected);
  });
});

import type { BusEvent } from '../../events/index.ts';
import type { Role } from '../../users/index.ts';

// Who is told that a ticket or an inquiry changed: the same people who may open it
// (canSee in tickets.service, canSeeInquiry in inquiries.service), in ids and codes only.

const seeAll: Role[] = ['admin', 'manager', 'supervisor'];

export type TicketFacts = {
  id: string;
  assigneeId: string | null;
  createdBy: string | null;
  groupCode: string;
  category: string;
  claimApproval: string;
};

/**
 * A ticket's event reaches those who could see it before the change and after it: the agent a
 * ticket is taken from, or the group it is transferred away from, drops it from the queue.
 */
export function ticketChanged(...states: TicketFacts[]): BusEvent {
  const approvedClaim = states.some((t) => t.category === 'claim' && t.claimApproval === 'approved');
  return {
    type: 'ticket.changed',
    id: states[0]!.id,
    to: {
      roles: approvedClaim ? [...seeAll, 'claims'] : seeAll,
      users: unique(states.flatMap((t) => [t.assigneeId, t.createdBy])),
      groups: unique(states.map((t) => t.groupCode)),
    },
  };
}

export type InquiryFacts = { id: string; createdBy: string | null; channel: string };

/** The agent who logged a phone inquiry; the shared mailbox (email, fax) to every answering agent. */
export function inquiryChanged(inquiry: InquiryFacts): BusEvent {
  return {
    type: 'inquiry.changed',
    id: inquiry.id,
    to: {
      roles: seeAll,
      users: unique([inquiry.createdBy]),
      // The agents who may log inquiries at all (canBrowseCustomers).
      ...(inquiry.channel === 'phone' ? {} : { agentSkills: ['service', 'key_accounts'] }),
    },
  };
}

function unique(values: (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== null))];
}

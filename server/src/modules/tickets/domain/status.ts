// The life of a ticket: new → open ⇄ pending (on the customer; the SLA clock stops) → resolved →
// closed, with escalated after an SLA breach and reopen from resolved or closed.

export const ticketStatuses = ['new', 'open', 'pending', 'escalated', 'resolved', 'closed'] as const;
export type TicketStatus = (typeof ticketStatuses)[number];
export const openStatuses: readonly TicketStatus[] = ['new', 'open', 'pending', 'escalated'];

export const statusActions = ['open', 'pending', 'resolve', 'reopen', 'close'] as const;
export type StatusAction = (typeof statusActions)[number];

const allowedFrom: Record<StatusAction, readonly TicketStatus[]> = {
  open: ['new', 'pending', 'escalated'],
  pending: ['new', 'open', 'escalated'],
  resolve: ['new', 'open', 'pending', 'escalated'],
  reopen: ['resolved', 'closed'],
  close: ['new', 'open', 'pending', 'escalated', 'resolved'],
};

const resultOf: Record<StatusAction, TicketStatus> = {
  open: 'open',
  pending: 'pending',
  resolve: 'resolved',
  reopen: 'open',
  close: 'closed',
};

/** The status after `action`, or null when the action is not possible from `status`. */
export function nextStatus(status: TicketStatus, action: StatusAction): TicketStatus | null {
  return allowedFrom[action].includes(status) ? resultOf[action] : null;
}

/** Resolving and closing belong to the assigned group (and supervisors); other actions to anyone who may work the ticket. */
export function needsGroupMembership(action: StatusAction): boolean {
  return action === 'resolve' || action === 'close';
}

export const statusNames: Record<TicketStatus, { ar: string; en: string }> = {
  new: { ar: 'جديدة', en: 'New' },
  open: { ar: 'مفتوحة', en: 'Open' },
  pending: { ar: 'بانتظار العميل', en: 'Pending on customer' },
  escalated: { ar: 'مصعّدة', en: 'Escalated' },
  resolved: { ar: 'محلولة', en: 'Resolved' },
  closed: { ar: 'مغلقة', en: 'Closed' },
};

/** The number customers and staff quote: T-000123. */
export function ticketNumber(n: number): string {
  return `T-${String(n).padStart(6, '0')}`;
}

/** A ticket number in an email subject (`[T-000123]`), for threading replies that lost their headers. */
export function ticketNumberInSubject(subject: string | null | undefined): number | null {
  const m = /\[T-(\d{1,12})\]/.exec(subject ?? '');
  return m ? Number(m[1]) : null;
}

/** The inquiry number written in a mail's subject (`… [Q-000123]`), or null. */
export function inquiryNumberInSubject(subject: string | null | undefined): number | null {
  const m = /\[Q-(\d{1,12})\]/.exec(subject ?? '');
  return m ? Number(m[1]) : null;
}

/** Headers that keep our answer in the customer's mail thread (and his next reply in ours). */
export function threadHeaders(threadId: string | null | undefined): Record<string, string> | undefined {
  return threadId ? { 'In-Reply-To': threadId, References: threadId } : undefined;
}

export function inquiryNumber(n: number): string {
  return `Q-${String(n).padStart(6, '0')}`;
}

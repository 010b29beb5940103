import { canDoCollections, canOpen } from '../../../app/access';
import { groupOf } from '../../collections/api/work-order';
import type { MyItem, WorkList } from '../../collections/api/collections';
import type { QueueItem } from '../../tickets/api/tickets';

// The home page shows each role its day from the endpoints its pages already use: an agent's
// items and tickets, a supervisor's lists and queue, a manager's run and the tickets at SLA risk.

export type HomePanel = 'myItems' | 'myTickets' | 'worklists' | 'groupQueue' | 'run' | 'slaRisks';

export function homePanels(role: string, skills: readonly string[] = []): HomePanel[] {
  const panels: HomePanel[] = [];
  const leads = role === 'supervisor' || role === 'manager' || role === 'admin';
  if (canOpen('myList', role, skills)) panels.push('myItems');
  if (canOpen('tickets', role, skills) && !leads) panels.push('myTickets');
  if (canDoCollections('runDay', role)) panels.push('run');
  if (canOpen('worklists', role, skills)) panels.push('worklists');
  if (role === 'supervisor') panels.push('groupQueue');
  if (canOpen('tickets', role, skills) && (role === 'manager' || role === 'admin')) panels.push('slaRisks');
  return panels;
}

/** An agent's items of the day: to call now, waiting for a later attempt, done. */
export function myItemCounts(items: readonly Pick<MyItem, 'top' | 'due_now' | 'status'>[]) {
  const counts = { total: items.length, dueNow: 0, waiting: 0, done: 0 };
  for (const item of items) {
    const group = groupOf(item);
    if (group === 'closed') counts.done++;
    else if (group === 'waiting') counts.waiting++;
    else counts.dueNow++;
  }
  return counts;
}

/** The open tickets of a queue page and those past or near their SLA. */
export function queueCounts(items: readonly Pick<QueueItem, 'sla_state' | 'breached' | 'status'>[]) {
  const open = items.filter((i) => i.status !== 'closed' && i.status !== 'resolved');
  return {
    open: open.length,
    breached: open.filter((i) => i.breached || i.sla_state === 'breached').length,
    warning: open.filter((i) => !i.breached && i.sla_state === 'warning').length,
  };
}

/** The day's lists: how many, their items, and how many still wait for distribution or sign-off. */
export function worklistCounts(lists: readonly Pick<WorkList, 'status' | 'total' | 'channel'>[]) {
  return {
    lists: lists.length,
    items: lists.reduce((n, l) => n + l.total, 0),
    toDistribute: lists.filter((l) => l.channel === 'phone' && (l.status === 'draft' || l.status === 'approved'))
      .length,
    toSign: lists.filter((l) => l.status === 'completed').length,
  };
}

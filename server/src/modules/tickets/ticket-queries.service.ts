import { z } from 'zod';
import type { AuthUser } from '../../http/access.ts';
import { AppError } from '../../http/errors.ts';
import { ticketCategories } from './domain/categories.ts';
import { checkTransfer } from './domain/routing.ts';
import { slaStateOf } from './domain/sla.ts';
import { openStatuses, ticketNumber, ticketStatuses } from './domain/status.ts';
import {
  findAttachmentsOf,
  findCustomerRefById,
  findEvents,
  findGroups,
  findMembers,
  findMessagesOfTicket,
  findQueue,
  findUsersByIds,
  type CustomerRef,
  type QueueRow,
  type TicketRow,
} from './tickets.repository.ts';
import {
  accessOf,
  canAssign,
  canResolve,
  canTake,
  canWork,
  nowOf,
  seeAllRoles,
  visibleTicket,
  type Access,
  type TicketsDeps,
} from './ticket-access.ts';

export const queueQuerySchema = z
  .object({
    queue: z.enum(['mine', 'group', 'all']).optional(),
    status: z
      .string()
      .max(100)
      .optional()
      .transform((s, ctx) => {
        if (!s || s === 'open') return [...openStatuses];
        if (s === 'any') return [...ticketStatuses];
        const list = s.split(',').map((x) => x.trim());
        for (const x of list) {
          if (!(ticketStatuses as readonly string[]).includes(x)) {
            ctx.addIssue({ code: 'custom', message: `unknown status ${x}` });
            return z.NEVER;
          }
        }
        return list;
      }),
    category: z.enum(ticketCategories).optional(),
    group: z.string().max(40).optional(),
    customer_no: z.string().max(50).optional(),
    breached: z.enum(['true', 'false']).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();

// ---- reading -------------------------------------------------------------------------------------

function iso(v: string | Date | null): string | null {
  return v === null ? null : new Date(v).toISOString();
}

function queueItem(a: Access, r: QueueRow, now: Date) {
  const state = slaStateOf(
    {
      status: r.status,
      slaDueAt: new Date(r.sla_due_at),
      slaWarnAt: new Date(r.sla_warn_at),
      slaPausedAt: r.sla_paused_at ? new Date(r.sla_paused_at) : null,
      slaBreachedAt: r.sla_breached_at ? new Date(r.sla_breached_at) : null,
      resolvedAt: r.resolved_at ? new Date(r.resolved_at) : null,
    },
    now,
  );
  return {
    id: r.id,
    number: ticketNumber(Number(r.number)),
    customer_no: r.customer_no,
    customer_name: r.customer_name,
    key_account: r.key_account,
    country: r.country,
    category: r.category,
    subject: r.subject,
    group: r.group_code,
    assignee: r.assignee_id ? { id: r.assignee_id, name: r.assignee_name } : null,
    status: r.status,
    priority: r.priority,
    claim_approval: r.claim_approval,
    sla_due_at: iso(r.sla_due_at),
    sla_state: state,
    breached: state === 'breached' || state === 'missed',
    created_at: iso(r.created_at),
    updated_at: iso(r.updated_at),
    version: r.version,
    can_take: canTake(a, { groupCode: r.group_code, assigneeId: r.assignee_id, status: r.status }),
    can_assign: canAssign(a, r),
  };
}

export type QueueQuery = z.output<typeof queueQuerySchema>;

/** Queues (S3): my tickets, my groups' tickets (with the ones I opened), or all for supervisors. */
export async function listQueue(deps: TicketsDeps, user: AuthUser, query: QueueQuery) {
  const a = await accessOf(deps.database.db, user);
  const queue = query.queue ?? (seeAllRoles.has(user.role) ? 'all' : 'group');
  if (queue === 'all' && !seeAllRoles.has(user.role)) throw new AppError('forbidden');
  const now = nowOf(deps);
  const filter = {
    statuses: query.status,
    ...(query.category ? { category: query.category } : {}),
    ...(query.group ? { group: query.group } : {}),
    ...(query.customer_no ? { customerNo: query.customer_no } : {}),
    ...(query.breached ? { breached: query.breached === 'true' } : {}),
    ...(queue === 'mine' ? { assigneeId: user.id } : {}),
    ...(queue === 'group'
      ? {
          groups: a.groups,
          assigneeOr: user.id,
          creatorOr: user.id,
          ...(user.role === 'claims' ? { approvedClaims: true } : {}),
        }
      : {}),
  };
  const found = await findQueue(deps.database.db, filter, query.limit + 1, query.offset, now);
  return {
    queue,
    groups: a.groups,
    items: found.slice(0, query.limit).map((r) => queueItem(a, r, now)),
    has_more: found.length > query.limit,
  };
}

export function ticketSummary(t: TicketRow) {
  return {
    id: t.id,
    number: ticketNumber(t.number),
    group: t.groupCode,
    status: t.status,
    assignee_id: t.assigneeId,
    sla_due_at: t.slaDueAt.toISOString(),
    version: t.version,
    updated_at: t.updatedAt.toISOString(),
  };
}

/** The ticket page: fields, conversation, notes, attachments, history, SLA state and what the user may do. */
export async function getTicket(deps: TicketsDeps, user: AuthUser, id: string) {
  const db = deps.database.db;
  const a = await accessOf(db, user);
  const t = await visibleTicket(db, a, id);
  const now = nowOf(deps);
  const [customer, messages, attachments, events, groups, people, members] = await Promise.all([
    findCustomerRefById(db, t.customerId),
    findMessagesOfTicket(db, id),
    findAttachmentsOf(db, { ticketId: id }),
    findEvents(db, id),
    findGroups(db),
    findUsersByIds(
      db,
      [t.assigneeId].filter((x): x is string => Boolean(x)),
    ),
    canAssign(a, t) ? findMembers(db, t.groupCode) : Promise.resolve([]),
  ]);
  const closed = t.status === 'closed';
  return {
    id: t.id,
    number: ticketNumber(t.number),
    customer: customer && {
      customer_no: customer.customerNo,
      name: customer.name,
      key_account: customer.keyAccount,
      country: customer.country,
    },
    category: t.category,
    subject: t.subject,
    description: t.description,
    fields: t.fields,
    group: t.groupCode,
    assignee: t.assigneeId ? { id: t.assigneeId, name: people[0]?.displayName ?? null } : null,
    status: t.status,
    priority: t.priority,
    source: t.source,
    requester_email: t.requesterEmail,
    resolution: t.resolution,
    claim:
      t.category === 'claim'
        ? { amount: t.claimAmount, approval: t.claimApproval, decided_at: t.claimDecidedAt?.toISOString() ?? null }
        : null,
    sla: {
      clock: t.slaClock,
      resolution_minutes: t.slaResolutionMinutes,
      response_due_at: t.responseDueAt?.toISOString() ?? null,
      first_response_at: t.firstResponseAt?.toISOString() ?? null,
      due_at: t.slaDueAt.toISOString(),
      warn_at: t.slaWarnAt.toISOString(),
      paused_at: t.slaPausedAt?.toISOString() ?? null,
      remaining_minutes_when_paused: t.slaRemainingMinutes,
      warned_at: t.slaWarnedAt?.toISOString() ?? null,
      breached_at: t.slaBreachedAt?.toISOString() ?? null,
      escalated_at: t.escalatedAt?.toISOString() ?? null,
      state: slaStateOf(t, now),
    },
    created_by: t.createdByLabel,
    created_at: t.createdAt.toISOString(),
    updated_at: t.updatedAt.toISOString(),
    resolved_at: t.resolvedAt?.toISOString() ?? null,
    closed_at: t.closedAt?.toISOString() ?? null,
    version: t.version,
    messages: messages.map((m) => ({
      id: m.id,
      kind: m.kind,
      body: m.body,
      author: m.author,
      created_at: iso(m.created_at),
      delivery_status: m.outbound_status,
    })),
    attachments: attachments.map((x) => ({
      id: x.id,
      filename: x.filename,
      content_type: x.contentType,
      size: x.size,
      uploaded_by: x.uploadedBy,
      created_at: x.createdAt.toISOString(),
    })),
    history: events.map((e) => ({
      at: e.at.toISOString(),
      kind: e.kind,
      // People by their name; the system by its label (`system:sla`, `system:mail-intake`).
      actor: e.actorName ?? e.actor,
      data: e.data,
    })),
    permissions: {
      can_work: canWork(a, t),
      can_resolve: canResolve(a, t) && !closed,
      can_transfer: canResolve(a, t) && !closed && t.status !== 'resolved',
      can_reply: canWork(a, t) && !closed,
      can_approve_claim: user.role === 'manager' && t.claimApproval === 'pending',
      can_take: canTake(a, t),
      can_assign: canAssign(a, t),
      can_hand_back: !closed && t.assigneeId === user.id,
    },
    // Whom a supervisor may assign it to: the group's active members.
    assignees: members.filter((m) => m.active).map((m) => ({ id: m.id, name: m.displayName })),
    transfer_targets: groups
      .filter((g) => checkTransfer({ group: t.groupCode, country: t.country }, g.code, groups).ok)
      .map((g) => g.code),
  };
}

export type { CustomerRef };

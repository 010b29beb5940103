import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Tx } from '../../db/client.ts';
import type { AuthUser } from '../../http/access.ts';
import { AppError, type FieldError } from '../../http/errors.ts';
import { parseInput } from '../../http/validation.ts';
import { audit, type Actor } from '../audit/index.ts';
import { publish } from '../events/index.ts';
import { addTimelineEntry, answersInboundContacts, findReplyAddresses, parsePhone } from '../customers/index.ts';
import { AUTO_GENERATED, AUTO_REPLIED } from '../messaging/index.ts';
import {
  categoryNames,
  complaintCategories,
  mandatoryFieldErrors,
  parseAmount,
  ticketCategories,
  type TicketCategory,
} from './domain/categories.ts';
import { withGreeting } from './domain/customer-mail.ts';
import { ticketChanged } from './domain/live-audience.ts';
import { checkTransfer, routeNewTicket } from './domain/routing.ts';
import type { BusinessCalendar } from './domain/business-hours.ts';
import { remainingAt, slaTimes, type SlaPolicy } from './domain/sla.ts';
import {
  needsGroupMembership,
  nextStatus,
  statusActions,
  ticketNumber,
  threadHeaders,
  type StatusAction,
  type TicketStatus,
} from './domain/status.ts';
import { businessCalendar, policyFor, ticketSettingValues } from './ticket-settings.service.ts';
import {
  findCustomerRefById,
  findCustomerRefByNo,
  findGroupCodesOfUser,
  findGroups,
  findUsersByIds,
  insertEvent,
  insertMessage,
  insertSurveyRequest,
  insertTicket,
  isMember,
  lockTicket,
  updateTicketAtVersion,
  type CustomerRef,
  type NewTicketRow,
  type TicketRow,
} from './tickets.repository.ts';

import {
  accessOf,
  canResolve,
  canWork,
  nowOf,
  resolveAnyRoles,
  visibleTicket,
  type TicketsDeps,
} from './ticket-access.ts';
import { ticketSummary } from './ticket-queries.service.ts';

export { ticketRoles, ticketCreateRoles, type TicketsDeps } from './ticket-access.ts';

// ---- input shapes ---------------------------------------------------------------------------

// Text is data: markup and script are stored as written and always rendered as text.
const text = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(s), 'control characters are not allowed');
const required = (max: number) => text(max).pipe(z.string().trim().min(1));

const fieldValue = z.union([text(2000), z.number().finite(), z.boolean(), z.null()]);
const version = z.number().int().positive().optional();

export const createTicketSchema = z
  .object({
    customer_no: required(50),
    category: z.enum(ticketCategories),
    subject: required(300),
    description: text(20_000).default(''),
    fields: z.record(z.string().regex(/^[a-z][a-z0-9_]{0,39}$/), fieldValue).default({}),
    priority: z.enum(['low', 'normal', 'high', 'urgent']).default('normal'),
  })
  .strict()
  .refine((v) => Object.keys(v.fields).length <= 40, { message: 'at most 40 fields', path: ['fields'] });

export const transferSchema = z.object({ group: required(40), note: text(2000).optional(), version }).strict();
export const closeSchema = z.object({ resolution: required(5000), version }).strict();
export const statusSchema = z
  .object({
    action: z.enum(statusActions.filter((a) => a !== 'close') as [StatusAction, ...StatusAction[]]),
    resolution: text(5000).optional(),
    version,
  })
  .strict();
export const assignSchema = z.object({ assignee_id: z.uuid().nullable(), version }).strict();
export const noteSchema = z.object({ body: required(20_000), version }).strict();
export const claimDecisionSchema = z.object({ approve: z.boolean(), note: text(2000).optional(), version }).strict();

// ---- create ------------------------------------------------------------------------------------

export type CreatedTicket = {
  id: string;
  number: string;
  group: string;
  status: string;
  sla_due_at: string;
  created_at: string;
};

/**
 * Opens a ticket (S2, S3): the customer must exist, the category's mandatory fields must be
 * complete and valid, the group follows the routing rules, the SLA policy of that group and
 * category sets the due time. Complaints are acknowledged to the customer.
 */
export async function createTicket(
  deps: TicketsDeps,
  actor: Actor,
  user: AuthUser | null,
  raw: unknown,
  extra: {
    source?: string;
    requesterEmail?: string | null;
    emailThreadId?: string | null;
    inquiryId?: string | null;
    dataCorrectionTaskId?: string | null;
    /** Runs in the transaction that writes the ticket (the mail intake's bookmark). */
    inTransaction?: (tx: Tx, ticket: TicketRow) => Promise<void>;
    /** The customer's mail the ticket came from: the acknowledgement answers it in its thread. */
    inReplyTo?: { messageId: string; references: string[] };
    /** False for a mail that was itself automatic (RFC 3834): no acknowledgement, no mail loop. */
    acknowledge?: boolean;
  } = {},
): Promise<CreatedTicket> {
  const input = parseInput(createTicketSchema, raw);
  if (user && user.role === 'agent' && !answersInboundContacts(user)) {
    const groups = await findGroupCodesOfUser(deps.database.db, user.id);
    if (groups.length === 0) throw new AppError('forbidden');
  }
  const db = deps.database.db;
  const customer = await findCustomerRefByNo(db, input.customer_no.trim());
  const errors: FieldError[] = [];
  if (!customer) {
    errors.push({
      field: 'customer_no',
      code: 'unknown_customer',
      message: `There is no customer ${input.customer_no}.`,
      message_ar: `لا يوجد عميل برقم ${input.customer_no}.`,
    });
  } else {
    errors.push(...mandatoryFieldErrors(input.category, input.fields, customer.country, parsePhone));
  }
  if (errors.length || !customer) throw new AppError('validation_failed', { errors });

  const groups = await findGroups(db);
  const route = routeNewTicket(customer, input.category, groups);
  if (!route.ok) {
    throw new AppError('validation_failed', {
      errors: [
        {
          field: 'customer_no',
          code: 'no_group_in_country',
          message: `No ${route.tried} group serves ${customer.country}.`,
          message_ar: `لا توجد مجموعة مناسبة (${route.tried}) في دولة العميل ${customer.country}.`,
        },
      ],
    });
  }
  const now = nowOf(deps);
  const [policy, calendar, values] = await Promise.all([
    policyFor(db, route.group, input.category),
    businessCalendar(db, deps.settings),
    ticketSettingValues(db),
  ]);
  const times = slaTimes(policy, calendar, now, policy.resolutionMinutes);
  const fields = normaliseFields(input.fields, customer.country);
  const claimAmount = input.category === 'claim' ? parseAmount(input.fields.claim_amount) : null;
  const row: NewTicketRow = {
    customerId: customer.id,
    country: customer.country,
    category: input.category,
    subject: input.subject.trim(),
    description: input.description,
    fields,
    groupCode: route.group,
    status: 'new',
    priority: input.priority,
    source: extra.source ?? 'web',
    requesterEmail: extra.requesterEmail ?? null,
    emailThreadId: extra.emailThreadId ?? null,
    inquiryId: extra.inquiryId ?? null,
    dataCorrectionTaskId: extra.dataCorrectionTaskId ?? null,
    slaClock: policy.clock,
    slaResolutionMinutes: policy.resolutionMinutes,
    slaWarnBeforeMinutes: policy.warnBeforeMinutes,
    responseDueAt: times.responseDueAt,
    slaDueAt: times.dueAt,
    slaWarnAt: times.warnAt,
    claimAmount,
    claimApproval: claimAmount !== null && claimAmount > values.claim_approval_above ? 'pending' : 'not_needed',
    createdBy: actor.id,
    createdByLabel: actor.label,
    createdAt: now,
    updatedAt: now,
  };
  const ticket = await deps.database.db.transaction(async (tx) => {
    const t = await insertTicket(tx, row);
    await insertEvent(tx, {
      ticketId: t.id,
      kind: 'created',
      actorId: actor.id,
      actor: actor.label,
      at: now,
      data: {
        group: t.groupCode,
        category: t.category,
        sla: { clock: policy.clock, resolution_minutes: policy.resolutionMinutes, due_at: t.slaDueAt.toISOString() },
        claim_approval: t.claimApproval,
        routed_as_key_account: customer.keyAccount,
      },
    });
    await audit(tx, actor, 'ticket.create', { entity: 'ticket', id: t.id, after: auditView(t) });
    await addTimelineEntry(tx, {
      customerId: customer.id,
      kind: 'ticket',
      summary: `${ticketNumber(t.number)} — ${categoryNames[input.category].ar}: ${t.subject}`.slice(0, 500),
      data: { number: ticketNumber(t.number), category: t.category, group: t.groupCode, status: t.status },
      actor,
      refType: 'ticket',
      refId: t.id,
    });
    await extra.inTransaction?.(tx, t);
    // The acknowledgement is written with the ticket: both land, or neither does.
    if (complaintCategories.includes(input.category) && extra.acknowledge !== false) {
      await queueCustomerNotice(deps, tx, t, customer, 'complaint_ack', extra.inReplyTo);
    }
    await publish(tx, ticketChanged(t));
    return t;
  });
  return {
    id: ticket.id,
    number: ticketNumber(ticket.number),
    group: ticket.groupCode,
    status: ticket.status,
    sla_due_at: ticket.slaDueAt.toISOString(),
    created_at: ticket.createdAt.toISOString(),
  };
}

/** Phones in the fields are kept as written with their E.164 form beside them. */
function normaliseFields(fields: Record<string, unknown>, country: string): Record<string, unknown> {
  const out: Record<string, unknown> = { ...fields };
  for (const name of ['shipper_phone', 'consignee_phone']) {
    const v = fields[name];
    if (typeof v === 'string' && v.trim()) {
      const parsed = parsePhone(v, country);
      if (parsed.e164) out[`${name}_e164`] = parsed.e164;
    }
  }
  if (fields.claim_amount !== undefined && fields.claim_amount !== null)
    out.claim_amount = parseAmount(fields.claim_amount);
  return out;
}

function auditView(t: TicketRow) {
  return {
    number: ticketNumber(t.number),
    group: t.groupCode,
    status: t.status,
    category: t.category,
    assignee_id: t.assigneeId,
    priority: t.priority,
    sla_due_at: t.slaDueAt.toISOString(),
    claim_approval: t.claimApproval,
    version: t.version,
  };
}

// ---- changes -------------------------------------------------------------------------------------

type Change = {
  patch: Partial<NewTicketRow>;
  event: { kind: string; data?: unknown };
  after?: (tx: Tx, updated: TicketRow) => Promise<void>;
};

/**
 * Every change of a ticket goes through here: the row is locked, the caller's `version` (when
 * given) must still be current, the change is written with version + 1, and its event and
 * audit entry are written in the same transaction. A second writer with the same version gets
 * 409 and the first writer's change stays.
 */
export async function changeTicket(
  deps: TicketsDeps,
  actor: Actor,
  id: string,
  expectedVersion: number | undefined,
  decide: (t: TicketRow, tx: Tx) => Change | Promise<Change>,
  options: { tx?: Tx } = {},
): Promise<TicketRow> {
  const run = async (tx: Tx) => {
    const current = await lockTicket(tx, id);
    if (!current) throw new AppError('not_found');
    if (expectedVersion !== undefined && expectedVersion !== current.version) {
      throw new AppError('ticket_version_conflict');
    }
    const change = await decide(current, tx);
    const updated = await updateTicketAtVersion(tx, id, current.version, change.patch);
    if (!updated) throw new AppError('ticket_version_conflict');
    await insertEvent(tx, {
      ticketId: id,
      kind: change.event.kind,
      actorId: actor.id,
      actor: actor.label,
      data: change.event.data ?? null,
    });
    await audit(tx, actor, `ticket.${change.event.kind}`, {
      entity: 'ticket',
      id,
      before: auditView(current),
      after: auditView(updated),
    });
    await change.after?.(tx, updated);
    await publish(tx, ticketChanged(current, updated));
    return updated;
  };
  return options.tx ? run(options.tx) : deps.database.db.transaction(run);
}

/** Stops the SLA clock, keeping the minutes it has left. */
function stopClock(calendar: BusinessCalendar, t: TicketRow, at: Date): Partial<NewTicketRow> {
  if (t.slaPausedAt) return {};
  return {
    slaPausedAt: at,
    slaRemainingMinutes: remainingAt(t.slaClock as SlaPolicy['clock'], calendar, at, t.slaDueAt),
  };
}

/** Starts the SLA clock again with the minutes it had left. */
function restartClock(calendar: BusinessCalendar, t: TicketRow, at: Date): Partial<NewTicketRow> {
  if (!t.slaPausedAt) return {};
  const times = slaTimes(
    { clock: t.slaClock as SlaPolicy['clock'], warnBeforeMinutes: t.slaWarnBeforeMinutes },
    calendar,
    at,
    t.slaRemainingMinutes ?? 0,
  );
  return {
    slaPausedAt: null,
    slaRemainingMinutes: null,
    slaDueAt: times.dueAt,
    slaWarnAt: times.warnAt,
    // A new due time earns a new warning.
    slaWarnedAt: null,
  };
}

function lateAt(t: TicketRow, at: Date): Partial<NewTicketRow> {
  return !t.slaBreachedAt && !t.slaPausedAt && at > t.slaDueAt ? { slaBreachedAt: t.slaDueAt } : {};
}

export async function changeStatus(deps: TicketsDeps, actor: Actor, user: AuthUser, id: string, raw: unknown) {
  const input = parseInput(statusSchema, raw);
  return applyStatusAction(deps, actor, user, id, input.action, input.resolution, input.version);
}

export async function closeTicket(deps: TicketsDeps, actor: Actor, user: AuthUser, id: string, raw: unknown) {
  const input = parseInput(closeSchema, raw);
  return applyStatusAction(deps, actor, user, id, 'close', input.resolution, input.version);
}

async function applyStatusAction(
  deps: TicketsDeps,
  actor: Actor,
  user: AuthUser,
  id: string,
  action: StatusAction,
  resolution: string | undefined,
  expectedVersion: number | undefined,
) {
  const a = await accessOf(deps.database.db, user);
  await visibleTicket(deps.database.db, a, id);
  if (action === 'resolve' && !resolution?.trim()) {
    throw new AppError('validation_failed', {
      errors: [
        {
          field: 'resolution',
          code: 'required',
          message: 'Say how the ticket was resolved.',
          message_ar: 'اكتب كيف حُلّت التذكرة.',
        },
      ],
    });
  }
  const now = nowOf(deps);
  // Read before the transaction: the embedded database has one connection, held by the transaction.
  const calendar = await businessCalendar(deps.database.db, deps.settings);
  let notify = false;
  const updated = await changeTicket(deps, actor, id, expectedVersion, async (t) => {
    if (needsGroupMembership(action) && !canResolve(a, t)) throw new AppError('not_group_member');
    if (!canWork(a, t)) throw new AppError('forbidden');
    const to = nextStatus(t.status as TicketStatus, action);
    if (!to) throw new AppError('ticket_status');
    if ((action === 'resolve' || action === 'close') && t.claimApproval === 'pending') {
      throw new AppError('claim_needs_approval');
    }
    const patch: Partial<NewTicketRow> = { status: to };
    if (action === 'pending') Object.assign(patch, stopClock(calendar, t, now));
    if (action === 'open') Object.assign(patch, restartClock(calendar, t, now), { slaPausedAt: null });
    if (action === 'resolve' || (action === 'close' && !t.resolvedAt)) {
      Object.assign(patch, lateAt(t, now), stopClock(calendar, t, now), {
        resolution: resolution!.trim(),
        resolvedAt: now,
        resolvedBy: actor.id,
      });
      notify = complaintCategories.includes(t.category as TicketCategory);
    }
    if (action === 'close') Object.assign(patch, { closedAt: now, closedBy: actor.id });
    if (action === 'close' && t.resolvedAt && resolution?.trim()) patch.resolution = resolution.trim();
    if (action === 'reopen') {
      Object.assign(patch, restartClock(calendar, t, now), {
        resolvedAt: null,
        resolvedBy: null,
        closedAt: null,
        closedBy: null,
      });
    }
    return {
      patch,
      event: { kind: action === 'close' ? 'closed' : `status_${action}`, data: { from: t.status, to, resolution } },
      after: async (tx, u) => {
        // The resolution notice is written with the resolution itself.
        if (notify) {
          const customer = await findCustomerRefById(tx, u.customerId);
          if (customer) await queueCustomerNotice(deps, tx, u, customer, 'resolution_notice');
        }
        if (action === 'close') {
          // The satisfaction-survey hook (Q3): the surveys module picks these rows up.
          await insertSurveyRequest(tx, {
            ticketId: u.id,
            customerId: u.customerId,
            category: u.category,
            groupCode: u.groupCode,
            closedAt: now,
          });
        }
      },
    };
  });
  return ticketSummary(updated);
}

export async function transferTicket(deps: TicketsDeps, actor: Actor, user: AuthUser, id: string, raw: unknown) {
  const input = parseInput(transferSchema, raw);
  const a = await accessOf(deps.database.db, user);
  await visibleTicket(deps.database.db, a, id);
  const groups = await findGroups(deps.database.db);
  const updated = await changeTicket(deps, actor, id, input.version, (t) => {
    if (!canResolve(a, t)) throw new AppError('not_group_member');
    if (t.status === 'closed' || t.status === 'resolved') throw new AppError('ticket_status');
    const check = checkTransfer({ group: t.groupCode, country: t.country }, input.group, groups);
    if (!check.ok) {
      if (check.reason === 'never_back_to_key_accounts') throw new AppError('ticket_never_back_to_key_accounts');
      if (check.reason === 'same_group') throw new AppError('ticket_same_group');
      throw new AppError('validation_failed', {
        errors: [
          check.reason === 'unknown_group'
            ? {
                field: 'group',
                code: 'unknown_group',
                message: `There is no group ${input.group}.`,
                message_ar: `لا توجد مجموعة بالرمز ${input.group}.`,
              }
            : {
                field: 'group',
                code: 'not_in_country',
                message: `The group ${input.group} does not serve ${t.country}.`,
                message_ar: `المجموعة ${input.group} غير متوفرة في دولة العميل ${t.country}.`,
              },
        ],
      });
    }
    return {
      // The customer's clock does not restart on an internal hand-off.
      patch: { groupCode: input.group, assigneeId: null, status: t.status === 'new' ? 'new' : 'open' },
      event: { kind: 'transferred', data: { from: t.groupCode, to: input.group, note: input.note ?? null } },
    };
  });
  return ticketSummary(updated);
}

/**
 * Who works a ticket: a member of its group takes an unassigned ticket for himself (or hands back
 * his own); supervisors and managers assign it to any active member of the group, or clear it.
 */
export async function assignTicket(deps: TicketsDeps, actor: Actor, user: AuthUser, id: string, raw: unknown) {
  const input = parseInput(assignSchema, raw);
  const a = await accessOf(deps.database.db, user);
  await visibleTicket(deps.database.db, a, id);
  const [assignee] = input.assignee_id ? await findUsersByIds(deps.database.db, [input.assignee_id]) : [];
  const updated = await changeTicket(deps, actor, id, input.version, async (t, tx) => {
    if (!canResolve(a, t)) throw new AppError('not_group_member');
    if (t.status === 'closed') throw new AppError('ticket_status');
    if (!resolveAnyRoles.has(user.role)) {
      const takes = input.assignee_id === user.id;
      const handsBack = input.assignee_id === null && t.assigneeId === user.id;
      if (!takes && !handsBack) throw new AppError('assign_by_supervisor');
      if (takes && t.assigneeId && t.assigneeId !== user.id) throw new AppError('ticket_already_assigned');
    }
    if (input.assignee_id) {
      const ok =
        assignee?.active &&
        (resolveAnyRoles.has(assignee.role) ||
          (await isMember(tx, assignee.id, t.groupCode)) ||
          (assignee.role === 'claims' && t.category === 'claim' && t.claimApproval === 'approved'));
      if (!ok) {
        throw new AppError('validation_failed', {
          errors: [
            {
              field: 'assignee_id',
              code: 'not_in_group',
              message: 'The assignee must be an active member of the ticket’s group.',
              message_ar: 'يجب أن يكون المُسند إليه مستخدمًا نشطًا وعضوًا في مجموعة التذكرة.',
            },
          ],
        });
      }
    }
    const [previous] = t.assigneeId ? await findUsersByIds(tx, [t.assigneeId]) : [];
    return {
      patch: { assigneeId: input.assignee_id, status: t.status === 'new' && input.assignee_id ? 'open' : t.status },
      event: {
        kind: 'assigned',
        data: {
          from: t.assigneeId,
          from_name: previous?.displayName ?? null,
          to: input.assignee_id,
          name: assignee?.displayName ?? null,
          taken: input.assignee_id !== null && input.assignee_id === user.id,
        },
      },
    };
  });
  return ticketSummary(updated);
}

export async function addNote(deps: TicketsDeps, actor: Actor, user: AuthUser, id: string, raw: unknown) {
  const input = parseInput(noteSchema, raw);
  const a = await accessOf(deps.database.db, user);
  await visibleTicket(deps.database.db, a, id);
  let messageId = '';
  const updated = await changeTicket(deps, actor, id, input.version, (t) => {
    if (!canWork(a, t)) throw new AppError('forbidden');
    return {
      patch: {},
      event: { kind: 'note_added' },
      after: async (tx) => {
        const m = await insertMessage(tx, {
          ticketId: id,
          kind: 'note',
          body: input.body,
          authorId: actor.id,
          author: user.displayName,
        });
        messageId = m.id;
      },
    };
  });
  return { id: messageId, ticket: ticketSummary(updated) };
}

/**
 * A reply to the customer goes out by email (Arabic, right-to-left) through the outbox; the
 * outbox row and the ticket's message are written in one transaction.
 */
export async function addReply(deps: TicketsDeps, actor: Actor, user: AuthUser, id: string, raw: unknown) {
  const input = parseInput(noteSchema, raw);
  const a = await accessOf(deps.database.db, user);
  const t0 = await visibleTicket(deps.database.db, a, id);
  if (!canWork(a, t0)) throw new AppError('forbidden');
  if (t0.status === 'closed') throw new AppError('ticket_closed');
  if (!deps.outbox) throw new AppError('unavailable');
  const customer = (await findCustomerRefById(deps.database.db, t0.customerId))!;
  const to = t0.requesterEmail ?? (await findReplyAddresses(deps.database.db, t0.customerId)).email;
  if (!to) throw new AppError('no_customer_email');
  const company = await deps.settings.get('company_name');
  const now = nowOf(deps);
  let messageId = '';
  let updated: TicketRow | undefined;
  const result = await deps.outbox.enqueueEmail(
    [
      {
        purpose: 'general',
        businessRef: `ticket-reply:${t0.id}:${createHash('sha256').update(`${now.getTime()}:${input.body}`).digest('hex').slice(0, 16)}`,
        to,
        language: 'ar',
        subject: `${t0.subject} [${ticketNumber(t0.number)}]`,
        text: `${withGreeting(input.body, customer.name)}\n\n${company}\nرقم التذكرة: ${ticketNumber(t0.number)}`,
        createdBy: actor.id,
        headers: threadHeaders(t0.emailThreadId),
      },
    ],
    {
      inTransaction: async (tx, inserted) => {
        updated = await changeTicket(
          deps,
          actor,
          id,
          input.version,
          (t) => {
            if (t.status === 'closed') throw new AppError('ticket_closed');
            return {
              patch: {
                firstResponseAt: t.firstResponseAt ?? now,
                status: t.status === 'new' ? 'open' : t.status,
              },
              event: { kind: 'reply_sent', data: { to } },
              after: async (inner) => {
                const m = await insertMessage(inner, {
                  ticketId: id,
                  kind: 'reply',
                  body: input.body,
                  authorId: actor.id,
                  author: user.displayName,
                  outboundMessageId: inserted[0]?.id ?? null,
                });
                messageId = m.id;
              },
            };
          },
          { tx },
        );
      },
    },
  );
  if (result.refused.length) {
    const r = result.refused[0]!;
    throw new AppError('no_customer_email', { en: r.message, ar: r.message_ar });
  }
  if (!updated) throw new AppError('ticket_reply_not_recorded');
  return { id: messageId, ticket: ticketSummary(updated) };
}

export async function decideClaim(deps: TicketsDeps, actor: Actor, id: string, raw: unknown) {
  const input = parseInput(claimDecisionSchema, raw);
  const updated = await changeTicket(deps, actor, id, input.version, (t) => {
    if (t.claimApproval !== 'pending') throw new AppError('claim_not_pending');
    return {
      // Approved claims go to the claims officer of Customer Care (seed 001: مسؤول المطالبات).
      patch: {
        claimApproval: input.approve ? 'approved' : 'rejected',
        claimDecidedBy: actor.id,
        claimDecidedAt: nowOf(deps),
        ...(input.approve ? { groupCode: 'customer_care', assigneeId: null } : {}),
      },
      event: { kind: input.approve ? 'claim_approved' : 'claim_rejected', data: { note: input.note ?? null } },
    };
  });
  return ticketSummary(updated);
}

// ---- messages to the customer --------------------------------------------------------------------

/**
 * The acknowledgement of a complaint and the notice of its resolution (S2), by email and SMS,
 * in Arabic, through the outbox, written in the caller's transaction (the ticket's change).
 * Idempotent per ticket: a second call queues nothing.
 */
async function queueCustomerNotice(
  deps: TicketsDeps,
  tx: Tx,
  t: TicketRow,
  customer: CustomerRef,
  purpose: 'complaint_ack' | 'resolution_notice',
  inReplyTo?: { messageId: string; references: string[] },
) {
  if (!deps.outbox) return;
  // One after the other: the embedded database's transaction is one connection.
  const contacts = await findReplyAddresses(tx, customer.id);
  const { company_name: company, timezone: timeZone } = await deps.settings.all(tx);
  const email = t.requesterEmail ?? contacts.email;
  const number = ticketNumber(t.number);
  const due = new Intl.DateTimeFormat('ar-SA-u-ca-gregory-nu-latn', {
    timeZone,
    dateStyle: 'full',
    timeStyle: 'short',
  }).format(t.slaDueAt);
  const ack = purpose === 'complaint_ack';
  const subject = ack ? `تم استلام شكواك [${number}]` : `تم حل شكواك [${number}]`;
  const body = ack
    ? `عميلنا العزيز ${customer.name}،\n\nشكرًا لتواصلك معنا. تم استلام شكواك «${t.subject}» وتسجيلها برقم ${number}، وسنعمل على حلها وإفادتك في موعد أقصاه ${due}.\n\nللمتابعة يرجى ذكر رقم الشكوى في ردك.\n\nمع التحية،\n${company}`
    : `عميلنا العزيز ${customer.name}،\n\nيسعدنا إبلاغك بأنه تم حل شكواك رقم ${number} «${t.subject}».\n\n${t.resolution ?? ''}\n\nنشكرك على صبرك، وقد نتواصل معك قريبًا لمعرفة رأيك في الخدمة.\n\nمع التحية،\n${company}`;
  if (email) {
    await deps.outbox.enqueueEmail(
      [
        {
          purpose,
          businessRef: `ticket:${t.id}`,
          to: email,
          language: 'ar',
          subject,
          text: body,
          createdBy: null,
          // In the customer's thread: the acknowledgement answers his mail; the notice follows it.
          headers: inReplyTo
            ? {
                ...AUTO_REPLIED,
                'In-Reply-To': inReplyTo.messageId,
                References: [...inReplyTo.references, inReplyTo.messageId].join(' '),
              }
            : { ...(ack ? AUTO_REPLIED : AUTO_GENERATED), ...threadHeaders(t.emailThreadId) },
        },
      ],
      { tx },
    );
  }
  if (contacts.mobile) {
    await deps.outbox.enqueueSms(
      [
        {
          purpose,
          businessRef: `ticket:${t.id}`,
          to: contacts.mobile,
          body: ack
            ? `تم استلام شكواك رقم ${number} وسنتابعها معك. ${company}`
            : `تم حل شكواك رقم ${number}. شكرًا لك. ${company}`,
          maxSegments: 2,
          optedOut: customer.smsOptOut,
          honourWindow: false,
        },
      ],
      { tx },
    );
  }
}

// ---- system changes (mail intake, data corrections) -------------------------------------------------

/** Resolves a ticket on behalf of the system (the data-correction task behind it is done). */
export async function resolveBySystem(deps: TicketsDeps, actor: Actor, id: string, resolution: string) {
  const now = nowOf(deps);
  const calendar = await businessCalendar(deps.database.db, deps.settings);
  return changeTicket(deps, actor, id, undefined, (t) => {
    const to = nextStatus(t.status as TicketStatus, 'resolve');
    if (!to) throw new AppError('ticket_status');
    return {
      patch: {
        status: to,
        resolution,
        resolvedAt: now,
        resolvedBy: null,
        ...lateAt(t, now),
        ...stopClock(calendar, t, now),
      },
      event: { kind: 'status_resolve', data: { from: t.status, to, resolution } },
    };
  });
}

/**
 * A message from the customer joins its ticket: a ticket pending on the customer starts its
 * clock again, a resolved one reopens; a closed one keeps the message and stays closed.
 */
export async function addInboundMessage(
  deps: TicketsDeps,
  actor: Actor,
  id: string,
  message: { body: string; author: string; inboundEmailId: string },
  inTransaction?: (tx: Tx) => Promise<void>,
) {
  const now = nowOf(deps);
  const calendar = await businessCalendar(deps.database.db, deps.settings);
  return changeTicket(deps, actor, id, undefined, (t) => {
    const patch: Partial<NewTicketRow> =
      t.status === 'pending'
        ? { status: 'open', ...restartClock(calendar, t, now) }
        : t.status === 'resolved'
          ? { status: 'open', resolvedAt: null, resolvedBy: null, ...restartClock(calendar, t, now) }
          : {};
    return {
      patch,
      event: { kind: 'customer_message', data: { from_status: t.status, to_status: patch.status ?? t.status } },
      after: async (tx) => {
        await insertMessage(tx, {
          ticketId: id,
          kind: 'inbound',
          body: message.body,
          authorId: null,
          author: message.author,
          inboundEmailId: message.inboundEmailId,
        });
        await inTransaction?.(tx);
      },
    };
  });
}

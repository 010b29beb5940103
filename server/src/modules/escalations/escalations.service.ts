// المتابعات المصعّدة (SPEC A5): an agent escalates a customer to the supervisors with the
// follow-up time he promised; the task is due then, on the supervisors' list and the customer's
// timeline; a supervisor takes it and closes it with a note. Every change is audited and heard live.
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import type { AuthUser } from '../../http/access.ts';
import { AppError } from '../../http/errors.ts';
import { audit, type Actor } from '../audit/index.ts';
import { addTimelineEntry, readableCustomer } from '../customers/index.ts';
import { publish, type BusEvent } from '../events/index.ts';
import { findAgentCall } from '../telephony/index.ts';
import { mayClose, mayTake, promiseProblem, stateOf, type EscalationStatus } from './domain/escalation-rules.ts';
import {
  countOpenEscalations,
  findEscalations,
  insertEscalation,
  lockEscalation,
  updateEscalation,
  type EscalationListRow,
  type EscalationRow,
} from './escalations.repository.ts';

/** Who handles escalations (SPEC §1: the supervisor handles escalations; managers oversee). */
export const handlerRoles = ['supervisor', 'manager', 'admin'] as const;
const handlers = new Set<string>(handlerRoles);

export const escalateBody = z
  .object({
    call_id: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .meta({ description: 'The call on my seat (its id at the telephone)' }),
    customer_no: z.string().min(1).max(50).optional(),
    due_at: z.iso.datetime({ offset: true }).meta({ description: 'The follow-up time promised to the customer' }),
    note: z.string().trim().min(1).max(2000),
  })
  .strict()
  .refine((b) => b.call_id !== undefined || b.customer_no !== undefined, {
    message: 'name the call or the customer',
    path: ['call_id'],
  });

function changed(id: string, agentId: string): BusEvent {
  return { type: 'escalation.changed', id, to: { roles: handlerRoles, users: [agentId] } };
}

export function escalationView(row: EscalationListRow, now: Date) {
  return {
    id: row.id,
    customer: row.customerNo ? { customer_no: row.customerNo, name: row.customerName ?? '' } : null,
    agent: row.agent,
    agent_name: row.agentName ?? row.agent,
    due_at: row.dueAt.toISOString(),
    note: row.note,
    status: row.status as EscalationStatus,
    state: stateOf({ status: row.status as EscalationStatus, dueAt: row.dueAt }, now),
    taken_by: row.takenBy,
    taken_at: row.takenAt?.toISOString() ?? null,
    done_by: row.doneBy,
    done_at: row.doneAt?.toISOString() ?? null,
    done_note: row.doneNote,
    created_at: row.createdAt.toISOString(),
    has_call: row.callId !== null,
  };
}

export async function escalate(
  database: Database,
  telephonySource: string,
  actor: Actor,
  user: AuthUser,
  input: z.output<typeof escalateBody>,
  now = new Date(),
) {
  const dueAt = new Date(input.due_at);
  const problem = promiseProblem(dueAt, now);
  if (problem) {
    throw new AppError('validation_failed', {
      errors: [
        problem === 'past'
          ? {
              field: 'due_at',
              code: 'past',
              message: 'The follow-up time has passed.',
              message_ar: 'موعد المتابعة مضى.',
            }
          : {
              field: 'due_at',
              code: 'too_far',
              message: 'A follow-up is promised within 30 days.',
              message_ar: 'تُحدَّد المتابعة خلال ٣٠ يومًا.',
            },
      ],
    });
  }
  let callId: string | null = null;
  let customerId: string | null = null;
  if (input.call_id) {
    // Only a call the agent himself took can be escalated by its id.
    const call = await findAgentCall(database.db, telephonySource, input.call_id, user.username);
    if (!call) throw new AppError('not_found');
    callId = call.id;
    customerId = call.customerId;
  }
  if (input.customer_no) {
    const customer = await readableCustomer(database, user, input.customer_no);
    customerId = customer.id;
  }
  return database.db.transaction(async (tx) => {
    const row = await insertEscalation(tx, {
      customerId,
      callId,
      agent: user.username,
      agentId: user.id,
      dueAt,
      note: input.note,
    });
    await audit(tx, actor, 'escalation.create', {
      entity: 'escalation',
      id: row.id,
      after: { due_at: row.dueAt.toISOString(), call_id: callId, customer_id: customerId },
    });
    if (customerId) {
      await addTimelineEntry(tx, {
        customerId,
        kind: 'escalation',
        summary: input.note,
        data: { due_at: row.dueAt.toISOString(), status: 'open' },
        actor,
        refType: 'escalation',
        refId: row.id,
      });
    }
    await publish(tx, changed(row.id, user.id));
    return row;
  });
}

export async function listEscalations(
  database: Database,
  user: AuthUser,
  query: { scope: 'mine' | 'all'; status: 'open' | 'done' | 'any' },
  now = new Date(),
) {
  if (query.scope === 'all' && !handlers.has(user.role)) throw new AppError('forbidden');
  const rows = await findEscalations(database.db, {
    ...(query.scope === 'mine' ? { agentId: user.id } : {}),
    ...(query.status === 'any' ? {} : { open: query.status === 'open' }),
    limit: 500,
  });
  const items = rows.map((r) => escalationView(r, now));
  return { now: now.toISOString(), items };
}

export async function escalationSummary(database: Database, now = new Date()) {
  const { open, overdue, nextDueAt } = await countOpenEscalations(database.db, now);
  return { now: now.toISOString(), open, overdue, next_due_at: nextDueAt?.toISOString() ?? null };
}

async function change(
  database: Database,
  actor: Actor,
  user: AuthUser,
  id: string,
  action: 'take' | 'done',
  note: string | null,
  now: Date,
): Promise<EscalationRow> {
  return database.db.transaction(async (tx) => {
    const row = await lockEscalation(tx, id);
    if (!row) throw new AppError('not_found');
    const current = { status: row.status as EscalationStatus, takenBy: row.takenBy };
    const allowed = action === 'take' ? mayTake(current, user.username) : mayClose(current, user.username);
    if (!allowed) throw new AppError('escalation_state');
    const next =
      action === 'take'
        ? await updateEscalation(tx, id, { status: 'taken', takenBy: user.username, takenAt: row.takenAt ?? now })
        : await updateEscalation(tx, id, { status: 'done', doneBy: user.username, doneAt: now, doneNote: note });
    await audit(tx, actor, `escalation.${action}`, {
      entity: 'escalation',
      id,
      before: { status: row.status, taken_by: row.takenBy },
      after: { status: next.status, taken_by: next.takenBy, ...(note ? { note } : {}) },
    });
    if (action === 'done' && row.customerId) {
      await addTimelineEntry(tx, {
        customerId: row.customerId,
        kind: 'escalation',
        summary: note ?? row.note,
        data: { due_at: row.dueAt.toISOString(), status: 'done' },
        actor,
        refType: 'escalation',
        refId: id,
      });
    }
    await publish(tx, changed(id, row.agentId));
    return next;
  });
}

export function takeEscalation(database: Database, actor: Actor, user: AuthUser, id: string, now = new Date()) {
  return change(database, actor, user, id, 'take', null, now);
}

export const doneBody = z.object({ note: z.string().trim().min(1).max(2000) }).strict();

export function closeEscalation(
  database: Database,
  actor: Actor,
  user: AuthUser,
  id: string,
  note: string,
  now = new Date(),
) {
  return change(database, actor, user, id, 'done', note, now);
}

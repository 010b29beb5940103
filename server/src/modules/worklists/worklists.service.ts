import { z } from 'zod';
import type { Database, Tx } from '../../db/client.ts';
import type { AuthUser } from '../../http/access.ts';
import { AppError } from '../../http/errors.ts';
import { parseInput } from '../../http/validation.ts';
import { audit, type Actor } from '../audit/index.ts';
import { publish } from '../events/index.ts';
import {
  addManualPhone,
  addTimelineEntry,
  correctNumber,
  currencyDecimals,
  flagWrongNumberInTx,
  maskPhone,
  minorToUnits,
  parseAmountMinor,
} from '../customers/index.ts';
import { workItemChanged, workListChanged } from './domain/live-audience.ts';
import { isListStatus, lifecycleStep, type ListAction } from './domain/lifecycle.ts';
import { skillForPurpose } from './domain/purposes.ts';
import { applyOutcome, closedStatuses, defaultRetryPolicy, outcomes, type RetryPolicy } from './domain/outcomes.ts';
import {
  findItemsOfList,
  findListsOfDate,
  findWorkListHeader,
  openDataCorrectionTask,
} from './worklists.repository.ts';
import {
  completeListIfDone,
  findAgentItems,
  insertAttempt,
  insertPaymentPromise,
  lockItemForAttempt,
  markListStarted,
  reopenCompletedList,
  sendItemBack,
  updateItemAfterAttempt,
} from './agent-work.repository.ts';
import {
  countOpenForSignOff,
  findActiveAgents,
  findActiveAgentsWithSkill,
  findContactPointNumber,
  findDataCorrectionTask,
  findDataCorrectionTasks,
  findListProgress,
  findPromisesOfCustomer,
  markDataCorrectionDone,
  markListSignedOff,
  reassignOpenItems,
  reopenItemsOnNumber,
  reopenListsOfCustomer,
} from './supervision.repository.ts';
import { calendarDate } from '../../shared/calendar-date.ts';

// ---- the agent's day --------------------------------------------------------------------

/** The agent's items of a day, in working order: dropped calls first, then due items by priority. */
export async function myItems(database: Database, user: AuthUser, date: string, now = new Date()) {
  const items = await findAgentItems(database.db, user.id, date);
  return items.map((i) => {
    const decimals = currencyDecimals(i.currency);
    const current = i.phones[i.next_phone] ?? null;
    const nextAt = i.next_attempt_at ? new Date(i.next_attempt_at) : null;
    return {
      id: i.id,
      purpose: i.purpose,
      customer_no: i.customer_no,
      name: i.name,
      amount: minorToUnits(Number(i.amount_minor), decimals),
      currency: i.currency,
      tier: i.tier,
      credit_type: i.credit_type ?? null,
      phone_masked: current ? maskPhone(current) : null,
      phone_position: current ? i.next_phone + 1 : 0,
      phones_count: i.phones.length,
      status: i.status,
      due_now: i.status === 'pending' || (i.status === 'waiting' && nextAt !== null && nextAt <= now),
      outcome: i.outcome ?? null,
      attempts: i.attempts,
      next_attempt_at: nextAt?.toISOString() ?? null,
      top: i.priority < 0,
      reason: i.reason ?? null,
      installments: i.installments.map((x) => ({
        contract_no: x.contract_no,
        installment_no: x.installment_no,
        due_date: x.due_date,
        outstanding: minorToUnits(Number(x.outstanding_minor), decimals),
      })),
    };
  });
}

export const attemptSchema = z
  .object({
    outcome: z.enum(outcomes),
    /** The attempts count the agent saw: a second click on the same state is refused. */
    expected_attempts: z.number().int().min(0),
    promise_date: calendarDate().optional(),
    promise_amount: z.union([z.number().positive().max(1e10), z.string().max(20)]).optional(),
    callback_at: z.iso.datetime({ offset: true }).optional(),
    /** A marketing `sale`: the amount sold (required with `sale`). */
    sale_amount: z.union([z.number().positive().max(1e10), z.string().max(20)]).optional(),
    note: z.string().trim().max(1000).optional(),
  })
  .strict();

function amountMinorOf(value: number | string, currency: string, field: string): number {
  const minor =
    typeof value === 'number'
      ? Math.round(value * 10 ** currencyDecimals(currency))
      : parseAmountMinor(value, currencyDecimals(currency));
  if (!minor || minor <= 0) {
    throw new AppError('validation_failed', {
      errors: [{ field, code: 'invalid', message: 'Not an amount.', message_ar: 'ليس مبلغًا صحيحًا.' }],
    });
  }
  return minor;
}

export async function recordAttempt(
  database: Database,
  actor: Actor,
  user: AuthUser,
  itemId: string,
  raw: unknown,
  policy: RetryPolicy = defaultRetryPolicy,
  now = new Date(),
) {
  const input = parseInput(attemptSchema, raw);
  if (input.outcome === 'promise_to_pay' && (!input.promise_date || input.promise_amount === undefined)) {
    throw new AppError('validation_failed', {
      errors: [
        ...(!input.promise_date
          ? [
              {
                field: 'promise_date',
                code: 'required',
                message: 'The promised date is required.',
                message_ar: 'تاريخ الوعد بالسداد مطلوب.',
              },
            ]
          : []),
        ...(input.promise_amount === undefined
          ? [
              {
                field: 'promise_amount',
                code: 'required',
                message: 'The promised amount is required.',
                message_ar: 'مبلغ الوعد بالسداد مطلوب.',
              },
            ]
          : []),
      ],
    });
  }
  if (input.outcome === 'sale' && input.sale_amount === undefined) {
    throw new AppError('validation_failed', {
      errors: [
        {
          field: 'sale_amount',
          code: 'required',
          message: 'The amount of the sale is required.',
          message_ar: 'مبلغ البيع مطلوب.',
        },
      ],
    });
  }
  if (input.outcome === 'callback_requested' && !input.callback_at) {
    throw new AppError('validation_failed', {
      errors: [
        {
          field: 'callback_at',
          code: 'required',
          message: 'When should we call back?',
          message_ar: 'حدد موعد معاودة الاتصال.',
        },
      ],
    });
  }
  return database.db.transaction(async (tx) => {
    const item = await lockItemForAttempt(tx, itemId);
    if (!item) throw new AppError('not_found');
    // An agent records outcomes only on his own items.
    if (item.assigned_to !== user.id) throw new AppError('forbidden');
    if (closedStatuses.has(item.status) || item.list_status === 'signed_off') {
      throw new AppError('item_closed');
    }
    if (item.attempts !== input.expected_attempts) {
      throw new AppError('item_changed');
    }
    const phones = item.phones;
    const phone = phones[item.next_phone] ?? null;
    const effect = applyOutcome(
      { phones, nextPhone: item.next_phone, attemptsToday: item.attempts_today },
      input.outcome,
      now,
      policy,
      input.callback_at ? new Date(input.callback_at) : undefined,
    );
    let promiseMinor: number | null = null;
    if (input.outcome === 'promise_to_pay') {
      promiseMinor =
        typeof input.promise_amount === 'number'
          ? Math.round(input.promise_amount * 10 ** currencyDecimals(item.currency))
          : parseAmountMinor(input.promise_amount!, currencyDecimals(item.currency));
      if (!promiseMinor) {
        throw new AppError('validation_failed', {
          errors: [
            { field: 'promise_amount', code: 'invalid', message: 'Not an amount.', message_ar: 'ليس مبلغًا صحيحًا.' },
          ],
        });
      }
    }
    const saleMinor = input.outcome === 'sale' ? amountMinorOf(input.sale_amount!, item.currency, 'sale_amount') : null;
    const attemptId = await insertAttempt(tx, {
      saleAmountMinor: saleMinor,
      itemId,
      agentId: user.id,
      phone,
      outcome: input.outcome,
      at: now.toISOString(),
      promiseDate: input.promise_date ?? null,
      promiseAmountMinor: promiseMinor,
      callbackAt: input.callback_at ?? null,
      note: input.note ?? null,
    });
    const closed = effect.status === 'done' || effect.status === 'unreachable';
    await updateItemAfterAttempt(tx, itemId, {
      status: effect.status,
      nextPhone: effect.nextPhone,
      attemptsToday: effect.attemptsToday,
      nextAttemptAt: effect.nextAttemptAt?.toISOString() ?? null,
      top: effect.top,
      outcome: closed ? input.outcome : null,
      closedAt: closed ? now.toISOString() : null,
      reason:
        effect.status === 'unreachable'
          ? 'unreachable'
          : effect.status === 'waiting_correction'
            ? 'wrong_number'
            : null,
    });
    await markListStarted(tx, item.list_id);
    const customerId = item.customer_id;
    if (effect.flagWrong && phone) {
      const contactPointId = await flagWrongNumberInTx(tx, actor, customerId, phone);
      await openDataCorrectionTask(tx, {
        customerId,
        contactPointId,
        itemId,
        reason: 'wrong_number',
        createdBy: actor.label,
      });
    } else if (effect.flagWrong) {
      await openDataCorrectionTask(tx, {
        customerId,
        contactPointId: null,
        itemId,
        reason: 'no_usable_number',
        createdBy: actor.label,
      });
    }
    if (promiseMinor !== null) {
      await insertPaymentPromise(tx, {
        customerId,
        itemId,
        attemptId,
        promisedDate: input.promise_date!,
        amountMinor: promiseMinor,
        createdBy: user.id,
      });
    }
    await addTimelineEntry(tx, {
      customerId,
      kind: 'call',
      summary: input.outcome,
      data: {
        purpose: item.purpose,
        outcome: input.outcome,
        masked: phone ? maskPhone(phone) : null,
        promise_date: input.promise_date ?? null,
        note: input.note ?? null,
      },
      actor,
      refType: 'work_attempt',
      refId: attemptId,
    });
    await audit(tx, actor, 'work_item.attempt', {
      entity: 'work_item',
      id: itemId,
      after: { outcome: input.outcome, status: effect.status },
    });
    await completeListIfDone(tx, item.list_id);
    await publish(tx, workItemChanged(itemId, [user.id]));
    return {
      id: itemId,
      status: effect.status,
      next_attempt_at: effect.nextAttemptAt?.toISOString() ?? null,
      attempts: item.attempts + 1,
    };
  });
}

// ---- the supervisor's day ---------------------------------------------------------------

export async function listsOverview(database: Database, date: string) {
  const lists = await findListsOfDate(database.db, date);
  const progress = await findListProgress(database.db, date);
  return {
    date,
    lists: lists.map((l) => {
      const mine = progress.filter((p) => p.list_id === l.id);
      const agents = new Map<
        string,
        { agent: string | null; agent_name: string | null; by_status: Record<string, number>; total: number }
      >();
      for (const p of mine) {
        const key = p.agent ?? '';
        const entry = agents.get(key) ?? { agent: p.agent, agent_name: p.agent_name, by_status: {}, total: 0 };
        entry.by_status[p.status] = (entry.by_status[p.status] ?? 0) + p.n;
        entry.total += p.n;
        agents.set(key, entry);
      }
      return {
        id: l.id,
        purpose: l.purpose,
        channel: l.channel,
        source: l.source,
        status: l.status,
        total: mine.reduce((n, p) => n + p.n, 0),
        /** Items neither closed nor explained: while above zero the list cannot be signed off. */
        open_items: mine.reduce((n, p) => n + p.open, 0),
        by_agent: [...agents.values()],
        created_at: l.createdAt.toISOString(),
        distributed_at: l.distributedAt?.toISOString() ?? null,
        distributed_by: l.distributedBy,
        distributed_by_name: l.distributedByName,
        completed_at: l.completedAt?.toISOString() ?? null,
        signed_off_at: l.signedOffAt?.toISOString() ?? null,
        signed_off_by: l.signedOffBy,
        signed_off_by_name: l.signedOffByName,
      };
    }),
  };
}

export async function listItems(database: Database, listId: string) {
  const items = await findItemsOfList(database.db, listId);
  return items
    .filter((i) => i.status !== 'moved')
    .map((i) => {
      const decimals = currencyDecimals(i.currency);
      const current = i.phones[i.next_phone] ?? i.phones[0] ?? null;
      return {
        id: i.id,
        customer_no: i.customer_no,
        name: i.name,
        amount: minorToUnits(Number(i.amount_minor), decimals),
        currency: i.currency,
        tier: i.tier,
        phone_masked: current ? maskPhone(current) : null,
        agent: i.agent,
        agent_name: i.agent_name,
        status: i.message_status ?? i.status,
        outcome: i.outcome,
        // The last call's outcome, also on an item still open (no answer, dropped call …).
        last_outcome: i.last_outcome,
        next_attempt_at: i.next_attempt_at ? new Date(i.next_attempt_at).toISOString() : null,
        reason: i.reason,
        attempts: i.attempts,
        installments: i.installments.map((x) => ({
          ...x,
          outstanding: minorToUnits(Number(x.outstanding_minor), decimals),
        })),
      };
    });
}

/** Refuses a step the list's lifecycle does not allow now, with the step's stable code. */
export function requireStep(status: string, action: ListAction) {
  if (!isListStatus(status)) throw new AppError('conflict');
  const step = lifecycleStep(status, action);
  if (!step.ok) throw new AppError(step.refusal);
  return step.to;
}

async function requireList(database: Database, listId: string) {
  const list = await findWorkListHeader(database.db, listId);
  if (!list) throw new AppError('not_found');
  return list;
}

async function agentsByUsername(database: Database, usernames: string[]) {
  const found = await findActiveAgents(database.db, usernames);
  const missing = usernames.filter((u) => !found.some((f) => f.username === u));
  if (missing.length > 0) {
    throw new AppError('validation_failed', {
      errors: missing.map((u) => ({
        field: 'agents',
        code: 'unknown_agent',
        message: `No active agent ${u}.`,
        message_ar: `لا يوجد موظف نشط باسم ${u}.`,
      })),
    });
  }
  return usernames.map((u) => found.find((f) => f.username === u)!);
}

export const reassignSchema = z
  .object({
    to: z.string().min(1).max(64),
    item_ids: z.array(z.uuid()).max(10_000).optional(),
    from: z.string().min(1).max(64).optional(),
  })
  .strict()
  .refine((v) => v.item_ids || v.from, { message: 'item_ids or from is required', path: ['item_ids'] });

/** Moves items (or an absent agent's whole open share) to another agent. */
export async function reassignItems(database: Database, actor: Actor, listId: string, raw: unknown) {
  const input = parseInput(reassignSchema, raw);
  const list = await requireList(database, listId);
  if (list.status === 'signed_off') throw new AppError('list_signed_off');
  const [to] = await agentsByUsername(database, [input.to]);
  const from = input.from ? (await agentsByUsername(database, [input.from]))[0] : undefined;
  // The move and its audit entry are one transaction: never moved without a trace.
  return database.db.transaction(async (tx) => {
    const moved = await reassignOpenItems(tx, listId, to!.id, { itemIds: input.item_ids, fromId: from?.id });
    await publish(tx, workListChanged(listId, [to!.id, ...moved.map((m) => m.previous)]));
    await audit(tx, actor, 'work_list.reassign', {
      entity: 'work_list',
      id: listId,
      after: { to: input.to, from: input.from ?? null, items: moved.length },
    });
    return { moved: moved.length };
  });
}

export async function distributeToAgents(
  database: Database,
  actor: Actor,
  listId: string,
  usernames: string[] | undefined,
  distribute: (tx: Tx, agents: Array<{ id: string; username: string }>) => Promise<void>,
) {
  const list = await requireList(database, listId);
  requireStep(list.status, 'distribute');
  if (list.channel !== 'phone') throw new AppError('list_not_phone');
  const agents =
    usernames && usernames.length > 0
      ? await agentsByUsername(database, usernames)
      : await findActiveAgentsWithSkill(database.db, skillForPurpose(list.purpose));
  if (agents.length === 0) throw new AppError('no_active_agent');
  await database.db.transaction(async (tx) => {
    await distribute(tx, agents);
    await audit(tx, actor, 'work_list.distribute', {
      entity: 'work_list',
      id: listId,
      after: { agents: agents.map((a) => a.username) },
    });
  });
}

export async function sendBack(database: Database, actor: Actor, itemId: string, raw: unknown) {
  const input = parseInput(z.object({ note: z.string().trim().min(1).max(500) }).strict(), raw);
  // Moving the item back, reopening its list and the audit entry happen together or not at all.
  return database.db.transaction(async (tx) => {
    const item = await sendItemBack(tx, itemId, input.note);
    if (!item) throw new AppError('item_not_sendable_back');
    await reopenCompletedList(tx, item.list_id);
    await publish(tx, workItemChanged(itemId, [item.assigned_to]));
    await audit(tx, actor, 'work_item.send_back', {
      entity: 'work_item',
      id: itemId,
      after: { note: input.note },
    });
    return { id: itemId, status: 'pending' };
  });
}

/** Sign-off (P1-2 steps 9–12): every item closed or explained; who and when are kept. */
export async function signOff(database: Database, actor: Actor, listId: string) {
  const list = await requireList(database, listId);
  if (list.status === 'signed_off')
    throw new AppError('list_signed_off', { en: 'Already signed off.', ar: 'تم اعتماد الكشف من قبل.' });
  requireStep(list.status, 'sign_off');
  const open = await countOpenForSignOff(database.db, listId);
  if (open > 0) {
    throw new AppError('list_has_open_items', {
      en: `${open} item(s) are neither closed nor explained yet.`,
      ar: `ما زال ${open} من البنود دون إغلاق أو تبرير.`,
    });
  }
  await database.db.transaction(async (tx) => {
    await markListSignedOff(tx, listId, actor.label);
    await audit(tx, actor, 'work_list.sign_off', {
      entity: 'work_list',
      id: listId,
      before: { status: list.status },
      after: { status: 'signed_off' },
    });
  });
  await publish(database.db, workListChanged(listId));
  return { id: listId, status: 'signed_off' };
}

// ---- IT's queue --------------------------------------------------------------------------

export async function dataCorrectionQueue(database: Database, status: 'open' | 'done') {
  return (await findDataCorrectionTasks(database.db, status)).map((t) => ({
    id: t.id,
    reason: t.reason,
    status: t.status,
    created_at: new Date(t.created_at).toISOString(),
    created_by: t.created_by,
    created_by_name: t.created_by_name,
    customer_no: t.customer_no,
    name: t.name,
    kind: t.kind ?? null,
    masked: t.raw ? maskPhone(t.raw, t.country) : null,
    contract_nos: t.contract_nos ?? null,
  }));
}

export const resolveSchema = z
  .object({
    raw: z.string().trim().min(3).max(40).optional(),
    kind: z.enum(['mobile', 'landline', 'work', 'home']).optional(),
  })
  .strict();

/** IT corrects the number (or adds one): the task closes and the item waiting for it reopens. */
export async function resolveDataCorrection(database: Database, actor: Actor, taskId: string, raw: unknown) {
  const input = parseInput(resolveSchema, raw);
  const task = await findDataCorrectionTask(database.db, taskId);
  if (!task) throw new AppError('not_found');
  if (task.status !== 'open') throw new AppError('task_already_done');
  let e164: string | null;
  if (task.contact_point_id) {
    await correctNumber(database, actor, task.customer_no, task.contact_point_id, input.raw ? { raw: input.raw } : {});
    const cp = await findContactPointNumber(database.db, task.contact_point_id);
    e164 = cp?.valid ? cp.e164 : null;
  } else {
    if (!input.raw) {
      throw new AppError('validation_failed', {
        errors: [
          { field: 'raw', code: 'required', message: 'The new number is required.', message_ar: 'الرقم الجديد مطلوب.' },
        ],
      });
    }
    const row = await addManualPhone(database, actor, task.customer_no, input.kind ?? 'mobile', input.raw);
    e164 = row.valid ? row.e164 : null;
  }
  await database.db.transaction(async (tx) => {
    await markDataCorrectionDone(tx, taskId, actor.id);
    if (e164) {
      // The item waiting for this number reopens, on the corrected number.
      const reopened = await reopenItemsOnNumber(tx, task.customer_id, e164);
      for (const item of reopened) await publish(tx, workItemChanged(item.id, [item.assigned_to]));
      await reopenListsOfCustomer(tx, task.customer_id);
    }
    await audit(tx, actor, 'data_correction.resolve', {
      entity: 'data_correction_task',
      id: taskId,
      after: { reopened: Boolean(e164) },
    });
  });
  return { id: taskId, status: 'done', reopened: Boolean(e164) };
}

// ---- promises to pay ---------------------------------------------------------------------

/** A promise is kept when the customer's payments from the promise up to the promised date reach its amount. */
export async function promisesOf(
  database: Database,
  customerNo: string,
  today: string,
  timeZone: string,
  currency = 'SAR',
) {
  const decimals = currencyDecimals(currency);
  return (await findPromisesOfCustomer(database.db, customerNo, timeZone)).map((p) => {
    const kept = Number(p.paid_minor) >= Number(p.amount_minor);
    return {
      id: p.id,
      promised_date: p.promised_date,
      amount: minorToUnits(Number(p.amount_minor), decimals),
      paid: minorToUnits(Number(p.paid_minor), decimals),
      agent: p.agent ?? null,
      created_at: new Date(p.created_at).toISOString(),
      status: kept ? 'kept' : p.promised_date < today ? 'broken' : 'open',
    };
  });
}

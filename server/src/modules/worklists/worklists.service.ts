import { sql } from 'drizzle-orm';
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
import { applyOutcome, closedStatuses, defaultRetryPolicy, outcomes, type RetryPolicy } from './domain/outcomes.ts';
import { findItemsOfList, findListsOfDate, openDataCorrectionTask } from './worklists.repository.ts';
import { rowsOf as rows } from '../../db/client.ts';
import { calendarDate } from '../../shared/calendar-date.ts';

// ---- the agent's day --------------------------------------------------------------------

/** The agent's items of a day, in working order: dropped calls first, then due items by priority. */
export async function myItems(database: Database, user: AuthUser, date: string, now = new Date()) {
  const items = rows<Record<string, unknown>>(
    await database.db.execute(sql`
      select w.id, l.purpose, l.id as list_id, c.customer_no, c.name, w.amount_minor, w.currency, w.tier, w.phones, w.next_phone,
             w.status, w.outcome, w.attempts, w.attempts_today, w.next_attempt_at, w.priority, w.reason,
             (select string_agg(distinct k.credit_type, '، ') from work_item_installments wi join installments i on i.id = wi.installment_id
                join contracts k on k.id = i.contract_id where wi.item_id = w.id) as credit_type,
             (select coalesce(json_agg(json_build_object('contract_no', k.contract_no, 'installment_no', i.installment_no,
                     'due_date', i.due_date, 'outstanding_minor', wi.outstanding_minor) order by i.due_date), '[]'::json)
                from work_item_installments wi join installments i on i.id = wi.installment_id join contracts k on k.id = i.contract_id
               where wi.item_id = w.id) as installments
        from work_items w
        join work_lists l on l.id = w.list_id
        join customers c on c.id = w.customer_id
       where w.assigned_to = ${user.id}::uuid and l.business_date = ${date}::date and l.channel = 'phone'
       order by case when w.status in ('done','unreachable','moved') then 2 when w.status = 'pending' then 0 else 1 end,
                w.priority, c.customer_no`),
  );
  return items.map((i) => {
    const decimals = currencyDecimals(i.currency as string);
    const phones = i.phones as string[];
    const current = phones[i.next_phone as number] ?? null;
    const nextAt = i.next_attempt_at ? new Date(i.next_attempt_at as string) : null;
    return {
      id: i.id as string,
      purpose: i.purpose as string,
      customer_no: i.customer_no as string,
      name: i.name as string,
      amount: minorToUnits(Number(i.amount_minor), decimals),
      currency: i.currency as string,
      tier: i.tier as number | null,
      credit_type: (i.credit_type as string | null) ?? null,
      phone_masked: current ? maskPhone(current) : null,
      phone_position: current ? (i.next_phone as number) + 1 : 0,
      phones_count: phones.length,
      status: i.status as string,
      due_now: i.status === 'pending' || (i.status === 'waiting' && nextAt !== null && nextAt <= now),
      outcome: (i.outcome as string | null) ?? null,
      attempts: i.attempts as number,
      next_attempt_at: nextAt?.toISOString() ?? null,
      top: (i.priority as number) < 0,
      reason: (i.reason as string | null) ?? null,
      installments: (
        i.installments as Array<{
          contract_no: string;
          installment_no: number;
          due_date: string;
          outstanding_minor: number;
        }>
      ).map((x) => ({
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
    note: z.string().trim().max(1000).optional(),
  })
  .strict();

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
    const [item] = rows<Record<string, unknown>>(
      await tx.execute(sql`select w.*, l.purpose, l.status as list_status from work_items w join work_lists l on l.id = w.list_id
                            where w.id = ${itemId}::uuid for update of w`),
    );
    if (!item) throw new AppError('not_found');
    // An agent records outcomes only on his own items.
    if (item.assigned_to !== user.id) throw new AppError('forbidden');
    if (closedStatuses.has(item.status as string) || item.list_status === 'signed_off') {
      throw new AppError('conflict', { en: 'This item is already closed.', ar: 'هذا البند مغلق بالفعل.' });
    }
    if ((item.attempts as number) !== input.expected_attempts) {
      throw new AppError('conflict', {
        en: 'This item changed since you opened it; reload it.',
        ar: 'تغيّر هذا البند منذ فتحه؛ أعد تحميله.',
      });
    }
    const phones = item.phones as string[];
    const phone = phones[item.next_phone as number] ?? null;
    const effect = applyOutcome(
      { phones, nextPhone: item.next_phone as number, attemptsToday: item.attempts_today as number },
      input.outcome,
      now,
      policy,
      input.callback_at ? new Date(input.callback_at) : undefined,
    );
    let promiseMinor: number | null = null;
    if (input.outcome === 'promise_to_pay') {
      promiseMinor =
        typeof input.promise_amount === 'number'
          ? Math.round(input.promise_amount * 10 ** currencyDecimals(item.currency as string))
          : parseAmountMinor(input.promise_amount!, currencyDecimals(item.currency as string));
      if (!promiseMinor) {
        throw new AppError('validation_failed', {
          errors: [
            { field: 'promise_amount', code: 'invalid', message: 'Not an amount.', message_ar: 'ليس مبلغًا صحيحًا.' },
          ],
        });
      }
    }
    const [attempt] = rows<{ id: string }>(
      await tx.execute(sql`
        insert into work_attempts (item_id, agent_id, phone, outcome, at, promise_date, promise_amount_minor, callback_at, note)
        values (${itemId}::uuid, ${user.id}::uuid, ${phone}, ${input.outcome}, ${now.toISOString()}::timestamptz, ${input.promise_date ?? null}::date,
                ${promiseMinor}, ${input.callback_at ?? null}::timestamptz, ${input.note ?? null})
        returning id`),
    );
    const closed = effect.status === 'done' || effect.status === 'unreachable';
    await tx.execute(sql`
      update work_items set status = ${effect.status}, next_phone = ${effect.nextPhone}, attempts = attempts + 1,
             attempts_today = ${effect.attemptsToday}, next_attempt_at = ${effect.nextAttemptAt?.toISOString() ?? null}::timestamptz,
             priority = case when ${effect.top} then -1 else priority end,
             outcome = ${closed ? input.outcome : null}, closed_at = ${closed ? now.toISOString() : null}::timestamptz,
             reason = ${effect.status === 'unreachable' ? 'unreachable' : effect.status === 'waiting_correction' ? 'wrong_number' : null},
             updated_at = now()
       where id = ${itemId}::uuid`);
    await tx.execute(
      sql`update work_lists set status = 'in_progress', started_at = coalesce(started_at, now()) where id = ${item.list_id as string}::uuid and status = 'distributed'`,
    );
    const customerId = item.customer_id as string;
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
      await tx.execute(sql`
        insert into payment_promises (customer_id, item_id, attempt_id, promised_date, amount_minor, created_by)
        values (${customerId}::uuid, ${itemId}::uuid, ${attempt!.id}::uuid, ${input.promise_date!}::date, ${promiseMinor}, ${user.id}::uuid)`);
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
      refId: attempt!.id,
    });
    await audit(tx, actor, 'work_item.attempt', {
      entity: 'work_item',
      id: itemId,
      after: { outcome: input.outcome, status: effect.status },
    });
    await completeListIfDone(tx, item.list_id as string);
    await publish(tx, workItemChanged(itemId, [user.id]));
    return {
      id: itemId,
      status: effect.status,
      next_attempt_at: effect.nextAttemptAt?.toISOString() ?? null,
      attempts: (item.attempts as number) + 1,
    };
  });
}

async function completeListIfDone(tx: Parameters<Parameters<Database['db']['transaction']>[0]>[0], listId: string) {
  await tx.execute(sql`
    update work_lists set status = 'completed', completed_at = now()
     where id = ${listId}::uuid and status in ('distributed','in_progress')
       and not exists (select 1 from work_items w where w.list_id = ${listId}::uuid and w.status not in ('done','unreachable','moved','waiting_correction'))`);
}

// ---- the supervisor's day ---------------------------------------------------------------

/** An item (`w`, its message `m`) that keeps its list from being signed off: neither closed nor explained. */
const openForSignOff = sql`w.status <> 'moved'
         and not (w.status in ('done','unreachable') or (w.status = 'waiting_correction' and w.reason is not null)
                  or coalesce(m.status in ('sent','delivered','failed','expired','rejected'), false))`;

export async function listsOverview(database: Database, date: string) {
  const lists = await findListsOfDate(database.db, date);
  const progress = rows<{
    list_id: string;
    agent: string | null;
    agent_name: string | null;
    status: string;
    n: number;
    open: number;
  }>(
    await database.db.execute(sql`
      select w.list_id, u.username as agent, u.display_name as agent_name, coalesce(m.status, w.status) as status, count(*)::int as n,
             count(*) filter (where ${openForSignOff})::int as open
        from work_items w join work_lists l on l.id = w.list_id
        left join users u on u.id = w.assigned_to left join outbound_messages m on m.id = w.message_id
       where l.business_date = ${date}::date and w.status <> 'moved'
       group by 1, 2, 3, 4`),
  );
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
        completed_at: l.completedAt?.toISOString() ?? null,
        signed_off_at: l.signedOffAt?.toISOString() ?? null,
        signed_off_by: l.signedOffBy,
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

async function requireList(database: Database, listId: string) {
  const [list] = rows<Record<string, unknown>>(
    await database.db.execute(sql`select * from work_lists where id = ${listId}::uuid`),
  );
  if (!list) throw new AppError('not_found');
  return list;
}

async function agentsByUsername(database: Database, usernames: string[]) {
  const found = rows<{ id: string; username: string }>(
    await database.db.execute(sql`select id, username from users where active and role = 'agent'
                                   and username in (${sql.join(
                                     usernames.map((u) => sql`${u}`),
                                     sql`, `,
                                   )})`),
  );
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
  if (list.status === 'signed_off')
    throw new AppError('conflict', { en: 'The list is signed off.', ar: 'تم اعتماد الكشف وإغلاقه.' });
  const [to] = await agentsByUsername(database, [input.to]);
  const from = input.from ? (await agentsByUsername(database, [input.from]))[0] : undefined;
  // The move and its audit entry are one transaction: never moved without a trace.
  return database.db.transaction(async (tx) => {
    const moved = rows<{ id: string; previous: string | null }>(
      await tx.execute(sql`
      update work_items w set assigned_to = ${to!.id}::uuid, updated_at = now()
        from work_items old
       where old.id = w.id and w.list_id = ${listId}::uuid and w.status not in ('done','unreachable','moved')
         ${
           input.item_ids
             ? sql`and w.id in (${sql.join(
                 input.item_ids.map((id) => sql`${id}::uuid`),
                 sql`, `,
               )})`
             : sql``
         }
         ${from ? sql`and w.assigned_to = ${from.id}::uuid` : sql``}
      returning w.id, old.assigned_to as previous`),
    );
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
  if (list.channel !== 'phone')
    throw new AppError('conflict', { en: 'Only phone lists are distributed.', ar: 'توزَّع كشوف الاتصال الهاتفي فقط.' });
  const agents =
    usernames && usernames.length > 0
      ? await agentsByUsername(database, usernames)
      : rows<{ id: string; username: string }>(
          await database.db.execute(
            sql`select id, username from users where active and role = 'agent' and 'collections' = any(skills) order by username`,
          ),
        );
  if (agents.length === 0)
    throw new AppError('conflict', { en: 'There is no active collections agent.', ar: 'لا يوجد موظف تحصيل نشط.' });
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
    const [item] = rows<Record<string, unknown>>(
      await tx.execute(sql`
      update work_items w set status = 'pending', closed_at = null, outcome = null, attempts_today = 0, next_attempt_at = null, reason = ${`sent_back: ${input.note}`}, updated_at = now()
        from work_lists l
       where w.id = ${itemId}::uuid and l.id = w.list_id and l.status <> 'signed_off' and l.channel = 'phone'
      returning w.id, w.list_id, w.assigned_to`),
    );
    if (!item) throw new AppError('conflict', { en: 'This item cannot be sent back.', ar: 'لا يمكن إعادة هذا البند.' });
    await tx.execute(
      sql`update work_lists set status = 'in_progress', completed_at = null where id = ${item.list_id as string}::uuid and status = 'completed'`,
    );
    await publish(tx, workItemChanged(itemId, [item.assigned_to as string | null]));
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
    throw new AppError('conflict', { en: 'Already signed off.', ar: 'تم اعتماد الكشف من قبل.' });
  const [open] = rows<{ n: number }>(
    await database.db.execute(sql`
      select count(*)::int as n from work_items w left join outbound_messages m on m.id = w.message_id
       where w.list_id = ${listId}::uuid and ${openForSignOff}`),
  );
  if (open!.n > 0) {
    throw new AppError('conflict', {
      en: `${open!.n} item(s) are neither closed nor explained yet.`,
      ar: `ما زال ${open!.n} من البنود دون إغلاق أو تبرير.`,
    });
  }
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`update work_lists set status = 'signed_off', signed_off_at = now(), signed_off_by = ${actor.label},
                                  completed_at = coalesce(completed_at, now()) where id = ${listId}::uuid`);
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
  return rows<Record<string, unknown>>(
    await database.db.execute(sql`
      select t.id, t.reason, t.status, t.created_at, t.created_by, c.customer_no, c.name, c.country, cp.kind, cp.raw,
             (select string_agg(distinct k.contract_no, ', ') from contracts k where k.customer_id = c.id) as contract_nos
        from data_correction_tasks t join customers c on c.id = t.customer_id left join contact_points cp on cp.id = t.contact_point_id
       where t.status = ${status} order by t.created_at limit 500`),
  ).map((t) => ({
    id: t.id,
    reason: t.reason,
    status: t.status,
    created_at: new Date(t.created_at as string).toISOString(),
    created_by: t.created_by,
    customer_no: t.customer_no,
    name: t.name,
    kind: t.kind ?? null,
    masked: t.raw ? maskPhone(t.raw as string, t.country as string) : null,
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
  const [task] = rows<Record<string, unknown>>(
    await database.db.execute(
      sql`select t.*, c.customer_no from data_correction_tasks t join customers c on c.id = t.customer_id where t.id = ${taskId}::uuid`,
    ),
  );
  if (!task) throw new AppError('not_found');
  if (task.status !== 'open')
    throw new AppError('conflict', { en: 'The task is already done.', ar: 'تم إنجاز المهمة من قبل.' });
  let e164: string | null;
  if (task.contact_point_id) {
    await correctNumber(
      database,
      actor,
      task.customer_no as string,
      task.contact_point_id as string,
      input.raw ? { raw: input.raw } : {},
    );
    const [cp] = rows<{ e164: string | null; valid: boolean }>(
      await database.db.execute(
        sql`select e164, valid from contact_points where id = ${task.contact_point_id as string}::uuid`,
      ),
    );
    e164 = cp?.valid ? cp.e164 : null;
  } else {
    if (!input.raw) {
      throw new AppError('validation_failed', {
        errors: [
          { field: 'raw', code: 'required', message: 'The new number is required.', message_ar: 'الرقم الجديد مطلوب.' },
        ],
      });
    }
    const row = await addManualPhone(database, actor, task.customer_no as string, input.kind ?? 'mobile', input.raw);
    e164 = row.valid ? row.e164 : null;
  }
  await database.db.transaction(async (tx) => {
    await tx.execute(
      sql`update data_correction_tasks set status = 'done', done_by = ${actor.id}::uuid, done_at = now() where id = ${taskId}::uuid`,
    );
    if (e164) {
      // The item waiting for this number reopens, on the corrected number.
      const reopened = rows<{ id: string; assigned_to: string | null }>(
        await tx.execute(sql`
        update work_items set status = 'pending', reason = null, updated_at = now(),
               phones = case when ${e164} = any(phones) then phones else array_append(phones, ${e164}) end,
               next_phone = coalesce(array_position(case when ${e164} = any(phones) then phones else array_append(phones, ${e164}) end, ${e164}) - 1, 0)
         where customer_id = ${task.customer_id as string}::uuid and status = 'waiting_correction'
        returning id, assigned_to`),
      );
      for (const item of reopened) await publish(tx, workItemChanged(item.id, [item.assigned_to]));
      await tx.execute(sql`
        update work_lists l set status = 'in_progress', completed_at = null
         where l.status = 'completed' and exists (select 1 from work_items w where w.list_id = l.id and w.customer_id = ${task.customer_id as string}::uuid and w.status = 'pending')`);
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
  return rows<Record<string, unknown>>(
    await database.db.execute(sql`
      select p.id, p.promised_date::text as promised_date, p.amount_minor, p.created_at, u.display_name as agent,
             (select coalesce(sum(pay.amount_minor), 0) from payments pay
               where pay.customer_id = p.customer_id and pay.paid_at >= p.created_at
                 and pay.paid_at < ((p.promised_date + 1)::timestamp at time zone ${timeZone})) as paid_minor
        from payment_promises p join customers c on c.id = p.customer_id left join users u on u.id = p.created_by
       where c.customer_no = ${customerNo} order by p.created_at desc`),
  ).map((p) => {
    const kept = Number(p.paid_minor) >= Number(p.amount_minor);
    return {
      id: p.id,
      promised_date: p.promised_date,
      amount: minorToUnits(Number(p.amount_minor), decimals),
      paid: minorToUnits(Number(p.paid_minor), decimals),
      agent: p.agent ?? null,
      created_at: new Date(p.created_at as string).toISOString(),
      status: kept ? 'kept' : (p.promised_date as string) < today ? 'broken' : 'open',
    };
  });
}

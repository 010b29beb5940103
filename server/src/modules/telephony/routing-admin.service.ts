// Routing administration (issue #12 items 5, 6, 8): managers edit queues, break reasons, IVR
// menus and DNIS routes. Each change is checked, audited, and handed to the running call center
// at once (a runtime that cannot reload does not undo the saved change).
import type { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { AppError, type FieldError } from '../../http/errors.ts';
import type { AppContext } from '../../http/context.ts';
import { audit, type Actor } from '../audit/index.ts';
import { parseHours } from './domain/acd.ts';
import {
  startIvr,
  stepIvr,
  validateIvr,
  type IvrAction,
  type IvrInput,
  type IvrNode,
  type IvrProblemCode,
  type IvrStep,
} from './domain/ivr.ts';
import type {
  breakReasonBody,
  dialRouteBody,
  ivrMenuBody,
  ivrTryBody,
  ivrTryStepSchema,
  queueBody,
} from './routing-admin.contract.ts';
import {
  deleteDialRoute,
  deleteIvrMenu,
  findAllBreakReasons,
  findBreakReason,
  findDialRoute,
  findIvrMenu,
  findIvrMenus,
  findQueue,
  upsertBreakReason,
  upsertIvrMenu,
  upsertQueue,
  type BreakReasonRow,
  type DialRouteRow,
  type IvrMenuRow,
} from './routing-admin.repository.ts';
import { findDialRoutes, findQueues, upsertDialRoute, type QueueRow } from './routing.repository.ts';
import { telephonyOf } from './telephony.instance.ts';

type Host = Pick<AppContext, 'database' | 'config' | 'settings'>;

/** Reasons the call center sets by itself (call-center.ts): renamed, never switched off. */
export const systemBreakReasons: readonly string[] = ['missed_call', 'seat_unreachable'];

/**
 * Routing reads queues, routes and menus when it starts: tell it they changed. The change is
 * saved already; a runtime that cannot reload (the switch is away) is logged, not an error.
 * `host` is the app context itself (one runtime per context).
 */
export async function reloadRouting(host: Host, log: { warn: (obj: object, msg: string) => void }) {
  try {
    await (await telephonyOf(host)).reload();
  } catch (error) {
    log.warn({ err: error }, 'telephony reload after a routing change failed');
  }
}

function invalid(errors: FieldError[]): never {
  throw new AppError('validation_failed', { errors });
}

// ---------------------------------------------------------------------------------------------
// Queues

export function queueView(row: QueueRow) {
  return {
    code: row.code,
    name_ar: row.nameAr,
    name_en: row.nameEn,
    skill: row.skill as z.output<typeof queueBody>['skill'],
    strategy: row.strategy as z.output<typeof queueBody>['strategy'],
    priority: row.priority,
    wrap_up_seconds: row.wrapUpSeconds,
    sl_seconds: row.slSeconds,
    sl_target_percent: row.slTarget,
    sl_abandoned: row.slAbandoned as z.output<typeof queueBody>['sl_abandoned'],
    short_abandon_seconds: row.shortAbandonSeconds,
    overflow_seconds: row.overflowSeconds,
    overflow_queue: row.overflowQueue,
    callback_after_seconds: row.callbackAfterSeconds,
    hours: row.hours,
    closed_action: row.closedAction as z.output<typeof queueBody>['closed_action'],
    greeting: row.greeting ?? null,
    active: row.active,
    updated_at: row.updatedAt.toISOString(),
  };
}

export async function listQueuesAdmin(database: Database) {
  return (await findQueues(database.db)).map(queueView);
}

export async function saveQueue(host: Host, actor: Actor, code: string, input: z.output<typeof queueBody>) {
  const problems: FieldError[] = [];
  const hours = input.hours.trim();
  if (parseHours(hours) === null) {
    problems.push({
      field: 'hours',
      code: 'invalid_hours',
      message: 'Opening hours are written 08:00-20:00 (several ranges separated by commas; 24:00 ends the day).',
      message_ar: 'تُكتب ساعات العمل بالشكل 08:00-20:00 (عدة فترات تفصلها فواصل؛ 24:00 نهاية اليوم).',
    });
  }
  if ((input.overflow_seconds === null) !== (input.overflow_queue === null)) {
    problems.push({
      field: input.overflow_queue === null ? 'overflow_queue' : 'overflow_seconds',
      code: 'overflow_incomplete',
      message: 'Overflow needs both a wait in seconds and the queue calls move to.',
      message_ar: 'التحويل عند الانتظار يحتاج إلى مدة الانتظار بالثواني والطابور الذي تنتقل إليه المكالمات.',
    });
  }
  if (input.overflow_queue !== null) {
    if (input.overflow_queue === code) {
      problems.push({
        field: 'overflow_queue',
        code: 'overflow_to_itself',
        message: 'A queue cannot overflow to itself.',
        message_ar: 'لا يمكن تحويل الطابور إلى نفسه.',
      });
    } else if (!(await findQueue(host.database.db, input.overflow_queue))) {
      problems.push({
        field: 'overflow_queue',
        code: 'unknown_queue',
        message: `There is no queue ${input.overflow_queue}.`,
        message_ar: `لا يوجد طابور بالرمز ${input.overflow_queue}.`,
      });
    }
  }
  if (problems.length > 0) invalid(problems);

  const saved = await host.database.db.transaction(async (tx) => {
    const before = await findQueue(tx, code);
    const row = await upsertQueue(tx, {
      code,
      nameAr: input.name_ar,
      nameEn: input.name_en,
      skill: input.skill,
      strategy: input.strategy,
      priority: input.priority,
      wrapUpSeconds: input.wrap_up_seconds,
      slSeconds: input.sl_seconds,
      slTarget: input.sl_target_percent,
      slAbandoned: input.sl_abandoned,
      shortAbandonSeconds: input.short_abandon_seconds,
      overflowSeconds: input.overflow_seconds,
      overflowQueue: input.overflow_queue,
      callbackAfterSeconds: input.callback_after_seconds,
      hours,
      closedAction: input.closed_action,
      greeting: input.greeting,
      active: input.active,
    });
    const { updated_at: _a, ...after } = queueView(row);
    const old = before ? (({ updated_at: _b, ...rest }) => rest)(queueView(before)) : null;
    await audit(tx, actor, before ? 'telephony.queue.update' : 'telephony.queue.create', {
      entity: 'call_queue',
      id: code,
      before: old,
      after,
    });
    return { row, created: !before };
  });
  return { queue: queueView(saved.row), created: saved.created };
}

// ---------------------------------------------------------------------------------------------
// Break reasons

function breakReasonView(row: BreakReasonRow) {
  return {
    code: row.code,
    name_ar: row.nameAr,
    name_en: row.nameEn,
    limit_minutes: row.limitMinutes,
    sort: row.sort,
    active: row.active,
    system: systemBreakReasons.includes(row.code),
  };
}

export async function listBreakReasonsAdmin(database: Database) {
  return (await findAllBreakReasons(database.db)).map(breakReasonView);
}

export async function saveBreakReason(host: Host, actor: Actor, code: string, input: z.output<typeof breakReasonBody>) {
  if (systemBreakReasons.includes(code) && !input.active) throw new AppError('break_reason_system');
  const saved = await host.database.db.transaction(async (tx) => {
    const before = await findBreakReason(tx, code);
    const row = await upsertBreakReason(tx, {
      code,
      nameAr: input.name_ar,
      nameEn: input.name_en,
      limitMinutes: input.limit_minutes,
      sort: input.sort,
      active: input.active,
    });
    await audit(tx, actor, before ? 'telephony.break_reason.update' : 'telephony.break_reason.create', {
      entity: 'break_reason',
      id: code,
      before: before ? breakReasonView(before) : null,
      after: breakReasonView(row),
    });
    return { row, created: !before };
  });
  return { reason: breakReasonView(saved.row), created: saved.created };
}

// ---------------------------------------------------------------------------------------------
// IVR menus

const problemText: Record<IvrProblemCode, { en: (d: string) => string; ar: (d: string) => string }> = {
  unknown_queue: {
    en: (d) => `There is no queue ${d}.`,
    ar: (d) => `لا يوجد طابور بالرمز ${d}.`,
  },
  unknown_menu: {
    en: (d) => `There is no menu ${d}.`,
    ar: (d) => `لا توجد قائمة بالرمز ${d}.`,
  },
  empty_menu: {
    en: () => 'A menu needs at least one key.',
    ar: () => 'تحتاج القائمة إلى مفتاح واحد على الأقل.',
  },
  invalid_digit: {
    en: (d) => `"${d}" is not a phone key (0–9, * or #).`,
    ar: (d) => `«${d}» ليس مفتاحًا في الهاتف (0–9 أو * أو #).`,
  },
  duplicate_digit: {
    en: (d) => `The key ${d} is used twice in this menu.`,
    ar: (d) => `المفتاح ${d} مستخدم مرتين في هذه القائمة.`,
  },
  loop_without_exit: {
    en: (d) => `Going to ${d} leads round in a circle with no way to a queue or a message.`,
    ar: (d) => `الانتقال إلى ${d} يدور في حلقة لا تؤدي إلى طابور أو رسالة.`,
  },
  missing_arabic_prompt: {
    en: () => 'The Arabic prompt is missing.',
    ar: () => 'النص العربي للرسالة الصوتية مفقود.',
  },
  too_deep: {
    en: () => 'The menu is too deep: a caller would go through more than eight levels.',
    ar: () => 'القائمة عميقة جدًا: سيمر المتصل بأكثر من ثمانية مستويات.',
  },
};

function storedMenus(rows: readonly IvrMenuRow[]): Map<string, IvrNode> {
  return new Map(rows.map((r) => [r.code, r.tree as unknown as IvrNode]));
}

function menuSummary(row: IvrMenuRow, routes: readonly DialRouteRow[]) {
  return {
    code: row.code,
    name: row.name,
    version: row.version,
    updated_at: row.updatedAt.toISOString(),
    updated_by: row.updatedBy,
    dnis: routes.filter((r) => r.targetKind === 'ivr' && r.target === row.code).map((r) => r.dnis),
  };
}

export async function listIvrMenus(database: Database) {
  const [rows, routes] = await Promise.all([findIvrMenus(database.db), findDialRoutes(database.db)]);
  return rows.map((r) => menuSummary(r, routes));
}

export async function getIvrMenu(database: Database, code: string) {
  const row = await findIvrMenu(database.db, code);
  if (!row) throw new AppError('not_found');
  return { ...menuSummary(row, await findDialRoutes(database.db)), tree: row.tree as unknown as IvrNode };
}

export async function saveIvrMenu(host: Host, actor: Actor, code: string, input: z.output<typeof ivrMenuBody>) {
  const db = host.database.db;
  const [queues, menus] = await Promise.all([findQueues(db), findIvrMenus(db)]);
  const problems = validateIvr(input.tree, {
    queues: new Set(queues.map((q) => q.code)),
    menus: storedMenus(menus.filter((m) => m.code !== code)),
    code,
  });
  if (problems.length > 0) {
    invalid(
      problems.map((p) => ({
        field: p.path ? `tree.${p.path}` : 'tree',
        code: p.code,
        message: problemText[p.code].en(p.detail ?? ''),
        message_ar: problemText[p.code].ar(p.detail ?? ''),
      })),
    );
  }
  const saved = await db.transaction(async (tx) => {
    const before = await findIvrMenu(tx, code);
    const row = await upsertIvrMenu(tx, {
      code,
      name: input.name,
      tree: input.tree as unknown as Record<string, unknown>,
      updatedBy: actor.label,
    });
    await audit(tx, actor, before ? 'telephony.ivr_menu.update' : 'telephony.ivr_menu.create', {
      entity: 'ivr_menu',
      id: code,
      before: before ? { name: before.name, version: before.version, tree: before.tree } : null,
      after: { name: row.name, version: row.version, tree: row.tree },
    });
    return { row, created: !before };
  });
  return { menu: await getIvrMenu(host.database, saved.row.code), created: saved.created };
}

function gotoTargets(node: IvrNode): string[] {
  switch (node.kind) {
    case 'goto':
      return [node.menu];
    case 'menu':
      return [...Object.values(node.options), ...(node.fallback ? [node.fallback] : [])].flatMap(gotoTargets);
    case 'message':
      return node.next ? gotoTargets(node.next) : [];
    case 'lookup':
      return gotoTargets(node.next);
    default:
      return [];
  }
}

export async function removeIvrMenu(host: Host, actor: Actor, code: string) {
  await host.database.db.transaction(async (tx) => {
    const row = await findIvrMenu(tx, code);
    if (!row) throw new AppError('not_found');
    const routes = (await findDialRoutes(tx)).filter((r) => r.targetKind === 'ivr' && r.target === code);
    const users = (await findIvrMenus(tx)).filter(
      (m) => m.code !== code && gotoTargets(m.tree as unknown as IvrNode).includes(code),
    );
    if (routes.length > 0 || users.length > 0) {
      const by = [...routes.map((r) => r.dnis), ...users.map((m) => m.code)].join(', ');
      throw new AppError('ivr_menu_in_use', {
        en: `This IVR menu is still in use by ${by}: change those first.`,
        ar: `القائمة الصوتية ما زالت مستخدمة في ${by}: غيّر ذلك أولًا.`,
      });
    }
    await deleteIvrMenu(tx, code);
    await audit(tx, actor, 'telephony.ivr_menu.delete', {
      entity: 'ivr_menu',
      id: code,
      before: { name: row.name, version: row.version, tree: row.tree },
    });
  });
}

type TryStep = z.output<typeof ivrTryStepSchema>;

function tryStepOf(input: string | null, step: IvrStep): TryStep | null {
  const action: IvrAction = step.action;
  if (action.type === 'none') return null;
  const prompt = action.type === 'play' || action.type === 'callback' ? action.prompt : undefined;
  return {
    input,
    menu: step.state.menu,
    path: step.state.path.join('.'),
    action: action.type,
    prompt_ar: prompt?.ar ?? null,
    prompt_en: prompt?.en ?? null,
    queue: action.type === 'queue' || action.type === 'callback' ? action.queue : null,
    reason: action.type === 'hangup' ? action.reason : null,
  };
}

/**
 * Walks a draft tree with the IVR walker, the way the runtime does: each prompt plays to its end,
 * then the next key (or a timeout) is given; stops when the call leaves the IVR or keys run out.
 */
export async function tryIvrMenu(database: Database, code: string, input: z.output<typeof ivrTryBody>) {
  const menus = storedMenus(await findIvrMenus(database.db));
  menus.set(code, input.tree);
  const steps: TryStep[] = [];
  const pending = [...input.inputs];
  let step = startIvr(code, menus);
  let label: string | null = null;
  // A bound on the walk: a draft with a loop must not keep the server busy.
  for (let turn = 0; turn < 200; turn++) {
    const shown = tryStepOf(label, step);
    if (shown) steps.push(shown);
    if (step.state.phase === 'done') return { steps, finished: true };
    let next: IvrInput;
    if (step.action.type === 'play' || step.action.type === 'lookup') {
      next = { kind: 'played' };
      label = null;
    } else {
      const key = pending.shift();
      if (key === undefined) return { steps, finished: false };
      next = key === 'timeout' ? { kind: 'timeout' } : { kind: 'digit', digit: key };
      label = key;
    }
    step = stepIvr(step.state, next, menus);
  }
  return { steps, finished: false };
}

// ---------------------------------------------------------------------------------------------
// DNIS routes

function routeView(row: DialRouteRow) {
  return {
    dnis: row.dnis,
    target_kind: row.targetKind as 'ivr' | 'queue' | 'campaign',
    target: row.target,
    note: row.note,
    updated_at: row.updatedAt.toISOString(),
  };
}

export async function listDialRoutes(database: Database) {
  return (await findDialRoutes(database.db)).map(routeView);
}

export async function saveDialRoute(host: Host, actor: Actor, dnis: string, input: z.output<typeof dialRouteBody>) {
  const db = host.database.db;
  const exists =
    input.target_kind === 'queue'
      ? (await findQueue(db, input.target)) !== null
      : (await findIvrMenu(db, input.target)) !== null;
  if (!exists) {
    invalid([
      {
        field: 'target',
        code: 'unknown_target',
        message:
          input.target_kind === 'queue'
            ? `There is no queue ${input.target}.`
            : `There is no IVR menu ${input.target}.`,
        message_ar:
          input.target_kind === 'queue'
            ? `لا يوجد طابور بالرمز ${input.target}.`
            : `لا توجد قائمة صوتية بالرمز ${input.target}.`,
      },
    ]);
  }
  const saved = await db.transaction(async (tx) => {
    const before = await findDialRoute(tx, dnis);
    await upsertDialRoute(tx, { dnis, targetKind: input.target_kind, target: input.target, note: input.note ?? null });
    const row = (await findDialRoute(tx, dnis))!;
    await audit(tx, actor, before ? 'telephony.route.update' : 'telephony.route.create', {
      entity: 'dial_route',
      id: dnis,
      before: before ? { target_kind: before.targetKind, target: before.target, note: before.note } : null,
      after: { target_kind: row.targetKind, target: row.target, note: row.note },
    });
    return { row, created: !before };
  });
  return { route: routeView(saved.row), created: saved.created };
}

export async function removeDialRoute(host: Host, actor: Actor, dnis: string) {
  await host.database.db.transaction(async (tx) => {
    const before = await findDialRoute(tx, dnis);
    if (!before) throw new AppError('not_found');
    await deleteDialRoute(tx, dnis);
    await audit(tx, actor, 'telephony.route.delete', {
      entity: 'dial_route',
      id: dnis,
      before: { target_kind: before.targetKind, target: before.target, note: before.note },
    });
  });
}

// The call-protocol assistant on the agent's seat (seed 003, SPEC A3–A4): the protocol steps of
// his current call, kept as `protocol` events on the call record (QA reads them in GET
// /calls/:id), the outcome with the agent's note, and the rating invitation by SMS after it.
import type { AppContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { findCustomerContacts, isValidMobile } from '../customers/index.ts';
import { messagingRuntimeOf } from '../messaging/index.ts';
import { inviteAfterCall, surveysDepsOf, type AutoOutcome } from '../surveys/index.ts';
import { recordSeatCallEvents, seatCallOf, type SeatCall } from '../telephony/index.ts';
import { findUserByUsername } from '../users/index.ts';
import { findItemPurpose } from '../worklists/index.ts';
import { reasonOfListPurpose } from './domain/call-reason.ts';
import { defaultPurpose } from './domain/phrases.ts';
import {
  decideStep,
  greetingDelay,
  holdState,
  missingClosing,
  protocolSteps,
  type ProtocolStep,
  type StepRecord,
} from './domain/protocol-steps.ts';
import { ratingInvitation, type CallOutcome, type RatingDecision } from './domain/wrap-up.ts';
import { findInvitationOfCall, findLatestInvitation, insertInvitation } from './protocol.repository.ts';

type Host = Pick<AppContext, 'database' | 'config' | 'settings'>;

export const seatRoles = ['agent', 'supervisor'] as const;

function stepsOf(call: SeatCall): StepRecord[] {
  const steps: StepRecord[] = [];
  for (const e of call.events) {
    if (e.type !== 'protocol' || !e.data) continue;
    const step = e.data.step as ProtocolStep;
    if (!(protocolSteps as readonly string[]).includes(step)) continue;
    steps.push({
      step,
      at: e.at,
      ...(typeof e.data.late === 'boolean' ? { late: e.data.late } : {}),
      ...(typeof e.data.hold === 'number' ? { hold: e.data.hold } : {}),
    });
  }
  return steps.sort((a, b) => a.at.getTime() - b.at.getTime());
}

function outcomeOf(call: SeatCall) {
  const last = call.events.filter((e) => e.type === 'outcome').at(-1);
  if (!last) return null;
  return {
    code: String(last.data?.outcome ?? ''),
    note: typeof last.data?.note === 'string' ? last.data.note : null,
    at: last.at.toISOString(),
  };
}

/** The protocol of the agent's current call, as his call panel shows it. */
export async function callProtocolView(ctx: Host, username: string, rating: RatingDecision | null = null) {
  const call = await seatCallOf(ctx, username);
  return viewOf(ctx, call, rating);
}

async function viewOf(ctx: Host, call: SeatCall, rating: RatingDecision | null) {
  const [user, company, holdSeconds, target] = await Promise.all([
    findUserByUsername(ctx.database.db, call.agent),
    ctx.settings.get('company_name'),
    ctx.settings.get('hold_seconds'),
    ctx.settings.get('greeting_target_seconds'),
  ]);
  const steps = stepsOf(call);
  const hold = holdState(steps);
  const greeted = steps.find((s) => s.step === 'greeted');
  const answeredAt = call.record?.answeredAt ?? null;
  const greeting = greeted && answeredAt ? greetingDelay(answeredAt, greeted.at, target) : null;
  const direction = (call.record?.direction ?? 'inbound') as 'inbound' | 'outbound';
  // A call placed for a work item is about that item: its list's purpose picks the script and the reason.
  const listReason = call.record?.workItemId
    ? reasonOfListPurpose(await findItemPurpose(ctx.database.db, call.record.workItemId))
    : null;
  const invited = call.callId ? await findInvitationOfCall(ctx.database.db, call.callId) : undefined;
  return {
    call_id: call.callId,
    phase: call.phase,
    held: call.held,
    direction,
    queue: call.record?.queue ?? null,
    answered_at: answeredAt?.toISOString() ?? null,
    ended_at: call.record?.endedAt?.toISOString() ?? null,
    now: call.now.toISOString(),
    purpose: listReason?.purpose ?? defaultPurpose(direction, call.record?.queue ?? null),
    greeting_values: {
      agent: user?.displayName ?? call.agent,
      company,
      department: call.queue?.nameAr ?? null,
      department_en: call.queue?.nameEn ?? null,
      reason: listReason?.reason ?? null,
    },
    hold_seconds: holdSeconds,
    greeting_target_seconds: target,
    steps: steps.map((s) => ({ ...s, at: s.at.toISOString() })),
    greeting: greeting ? { seconds: greeting.seconds, on_time: greeting.onTime } : null,
    hold: { holds: hold.holds, held_since: hold.heldSince?.toISOString() ?? null, consent: hold.consent },
    missing_closing: missingClosing(steps),
    outcome: outcomeOf(call),
    rating: rating
      ? { sent: rating.send, reason: rating.send ? null : rating.reason }
      : invited
        ? { sent: true, reason: null }
        : null,
  };
}

/** Records a protocol step on the agent's own call, if the protocol allows it now (409 with a code otherwise). */
export async function recordStep(ctx: Host, username: string, step: ProtocolStep) {
  const call = await seatCallOf(ctx, username);
  const holdSeconds = await ctx.settings.get('hold_seconds');
  const decision = decideStep(stepsOf(call), step, call.phase, call.now, holdSeconds);
  if (!decision.ok) throw new AppError(decision.code);
  const { record } = decision;
  await recordSeatCallEvents(ctx, call, [
    {
      type: 'protocol',
      at: record.at,
      agent: username,
      step: record.step,
      ...(record.late !== undefined ? { late: record.late } : {}),
      ...(record.hold !== undefined ? { hold: record.hold } : {}),
    },
  ]);
  return viewOf(ctx, await seatCallOf(ctx, username), null);
}

/**
 * The outcome of the agent's call with his note (wrap-up). An answered call needs its closing
 * checklist ticked first. Then the customer is invited to rate the service by SMS, once per
 * cool-down, through the outbox (the surveys issue reads the answers).
 */
export async function recordOutcome(ctx: Host, username: string, outcome: CallOutcome, note: string | undefined) {
  const call = await seatCallOf(ctx, username);
  const answered = call.record?.answeredAt != null;
  if (answered && missingClosing(stepsOf(call)).length > 0) throw new AppError('protocol_checklist_incomplete');
  const callId = await recordSeatCallEvents(ctx, call, [
    { type: 'outcome', at: call.now, agent: username, outcome, ...(note ? { note } : {}) },
  ]);
  const customerId = call.record?.customerId ?? null;
  const rating =
    (await inviteToSurvey(ctx, callId, answered, customerId, username, call.now)) ??
    (await inviteToRate(ctx, callId, answered, customerId, call.now));
  return viewOf(ctx, await seatCallOf(ctx, username), rating);
}

const surveyReasons: Record<Exclude<AutoOutcome, 'invited' | 'no_survey'>, RatingDecision & { send: false }> = {
  cooldown: { send: false, reason: 'cooling_down' },
  do_not_contact: { send: false, reason: 'opted_out' },
  no_address: { send: false, reason: 'no_mobile' },
  not_sampled: { send: false, reason: 'not_sampled' },
  refused: { send: false, reason: 'refused' },
  stale: { send: false, reason: 'refused' },
};

/**
 * When a survey is set to follow answered calls, the invitation is its single-use link (by SMS, or
 * e-mail without a mobile) under the survey's own sampling and cool-down; null when there is none,
 * and the plain rating SMS goes instead.
 */
async function inviteToSurvey(
  ctx: Host,
  callId: string,
  answered: boolean,
  customerId: string | null,
  username: string,
  now: Date,
): Promise<RatingDecision | null> {
  if (!answered || !customerId) return null;
  if ((await findInvitationOfCall(ctx.database.db, callId)) !== undefined)
    return { send: false, reason: 'already_sent' };
  const agent = await findUserByUsername(ctx.database.db, username);
  const outcome = await inviteAfterCall(surveysDepsOf(ctx), { callId, customerId, agentId: agent?.id ?? null });
  if (outcome === 'no_survey') return null;
  if (outcome !== 'invited') return surveyReasons[outcome];
  await insertInvitation(ctx.database.db, { callId, customerId, messageKey: null, sentAt: now });
  return { send: true };
}

async function inviteToRate(
  ctx: Host,
  callId: string,
  answered: boolean,
  customerId: string | null,
  now: Date,
): Promise<RatingDecision> {
  const db = ctx.database.db;
  const cooldownDays = await ctx.settings.get('rating_cooldown_days');
  const customer = customerId ? (await findCustomerContacts(db, [customerId])).get(customerId) : undefined;
  const mobile = customer?.phones.find((p) => isValidMobile(p, customer.country))?.e164 ?? null;
  const last = customerId
    ? await findLatestInvitation(db, customerId, new Date(now.getTime() - 366 * 86_400_000))
    : undefined;
  const decision = ratingInvitation({
    answered,
    customerId: customer?.id ?? null,
    optedOut: customer?.smsOptOut ?? false,
    mobile,
    lastSentAt: last?.sentAt ?? null,
    sentForCall: last?.callId === callId || (await findInvitationOfCall(db, callId)) !== undefined,
    now,
    cooldownDays,
  });
  if (!decision.send || !customer || !mobile) return decision;
  const company = await ctx.settings.get('company_name');
  return db.transaction(async (tx): Promise<RatingDecision> => {
    const result = await messagingRuntimeOf(ctx).outbox.enqueueSms(
      [
        {
          purpose: 'survey_invitation',
          businessRef: `call:${callId}`,
          to: mobile,
          body: `شكرًا لتواصلك مع ${company}. يسعدنا تقييمك لخدمتنا في مكالمتك اليوم: أرسل رقمًا من 1 إلى 5.`,
          maxSegments: 2,
          optedOut: customer.smsOptOut,
        },
      ],
      { tx },
    );
    if (result.refused.length > 0) return { send: false, reason: 'refused' };
    const key = result.queued[0]?.key ?? result.duplicates[0]?.key ?? null;
    await insertInvitation(tx, { callId, customerId: customer.id, messageKey: key, sentAt: now });
    return decision;
  });
}

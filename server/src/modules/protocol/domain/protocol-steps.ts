// تعليمات الاتصال بالعميل — the call protocol's steps (seed 003) and the rules that keep them in
// order: greet once, ask before every hold, return in time (or apologise), ask again for a second
// hold and suggest a call-back after it, tick the closing checklist before the outcome.

export const protocolSteps = [
  'greeted',
  'hold_consent_asked',
  'hold_started',
  'hold_returned',
  'second_hold',
  'callback_suggested',
  'resolved_confirmed',
  'more_help_offered',
  'rating_invited',
] as const;
export type ProtocolStep = (typeof protocolSteps)[number];

/** إنهاء المكالمة — ticked before the outcome of an answered call. */
export const closingChecklist = ['resolved_confirmed', 'more_help_offered', 'rating_invited'] as const;
export type ClosingItem = (typeof closingChecklist)[number];

/** A step as stored on the call (a `protocol` call event). */
export type StepRecord = { step: ProtocolStep; at: Date; late?: boolean; hold?: number };

/** Where the call is: talking (or on hold), or ended and being wrapped up. */
export type CallPhase = 'connected' | 'wrap_up';

export type StepRefusal =
  | 'call_state'
  | 'protocol_step_repeated'
  | 'hold_consent_missing'
  | 'not_on_hold'
  | 'already_on_hold'
  | 'no_hold_before';

export type StepDecision = { ok: true; record: StepRecord } | { ok: false; code: StepRefusal };

/** Holds so far: how many started, whether one is running (and since when), consent waiting for it. */
export function holdState(steps: readonly StepRecord[]): {
  holds: number;
  held: boolean;
  heldSince: Date | null;
  consent: boolean;
  returned: number;
} {
  let holds = 0;
  let returned = 0;
  let heldSince: Date | null = null;
  let consent = false;
  for (const s of steps) {
    if (s.step === 'hold_consent_asked' || s.step === 'second_hold') consent = true;
    else if (s.step === 'hold_started') {
      holds += 1;
      heldSince = s.at;
      consent = false;
    } else if (s.step === 'hold_returned') {
      returned += 1;
      heldSince = null;
    }
  }
  return { holds, held: heldSince !== null, heldSince, consent, returned };
}

/** A return later than the hold asked for (strictly more seconds than `holdSeconds`) is late. */
export function isLateReturn(heldSince: Date, returnedAt: Date, holdSeconds: number): boolean {
  return returnedAt.getTime() - heldSince.getTime() > holdSeconds * 1000;
}

const onTheLine: ReadonlySet<ProtocolStep> = new Set([
  'greeted',
  'hold_consent_asked',
  'hold_started',
  'hold_returned',
  'second_hold',
  'callback_suggested',
]);
const once: ReadonlySet<ProtocolStep> = new Set(['greeted', ...closingChecklist]);

/**
 * Whether `step` may be recorded now, and the record to keep (a return is marked late by the
 * clock, never by the client). Steps of the conversation need the call connected; the closing
 * checklist may still be ticked in the wrap-up.
 */
export function decideStep(
  steps: readonly StepRecord[],
  step: ProtocolStep,
  phase: CallPhase,
  at: Date,
  holdSeconds: number,
): StepDecision {
  if (phase !== 'connected' && onTheLine.has(step)) return { ok: false, code: 'call_state' };
  if (once.has(step) && steps.some((s) => s.step === step)) return { ok: false, code: 'protocol_step_repeated' };
  const hold = holdState(steps);
  switch (step) {
    case 'hold_consent_asked':
      if (hold.held) return { ok: false, code: 'already_on_hold' };
      return { ok: true, record: { step, at } };
    case 'second_hold':
      if (hold.held) return { ok: false, code: 'already_on_hold' };
      if (hold.returned === 0) return { ok: false, code: 'no_hold_before' };
      return { ok: true, record: { step, at } };
    case 'hold_started':
      if (hold.held) return { ok: false, code: 'already_on_hold' };
      if (!hold.consent) return { ok: false, code: 'hold_consent_missing' };
      return { ok: true, record: { step, at, hold: hold.holds + 1 } };
    case 'hold_returned':
      if (!hold.held || !hold.heldSince) return { ok: false, code: 'not_on_hold' };
      return {
        ok: true,
        record: { step, at, hold: hold.holds, late: isLateReturn(hold.heldSince, at, holdSeconds) },
      };
    default:
      return { ok: true, record: { step, at } };
  }
}

/** The closing items not ticked yet, in the checklist's order. */
export function missingClosing(steps: readonly StepRecord[]): ClosingItem[] {
  const done = new Set(steps.map((s) => s.step));
  return closingChecklist.filter((item) => !done.has(item));
}

export type HoldPrompt =
  /** Still within the time asked for. */
  | 'waiting'
  /** The first hold's time is up: go back and ask for another 40 s (the second-hold phrase). */
  | 'return_ask_again'
  /** A second (or later) hold's time is up: go back and suggest ending and calling back. */
  | 'return_suggest_callback';

/** The countdown of the running hold: seconds left (negative once over) and what to do. */
export function holdCountdown(
  heldSince: Date,
  now: Date,
  holdSeconds: number,
  holdNumber: number,
): { remaining: number; prompt: HoldPrompt } {
  const elapsed = Math.floor((now.getTime() - heldSince.getTime()) / 1000);
  const remaining = holdSeconds - elapsed;
  if (remaining > 0) return { remaining, prompt: 'waiting' };
  return { remaining, prompt: holdNumber >= 2 ? 'return_suggest_callback' : 'return_ask_again' };
}

/** Seconds from the answer to the greeting, and whether that met the target (at most `target`). */
export function greetingDelay(
  answeredAt: Date,
  greetedAt: Date,
  targetSeconds: number,
): { seconds: number; onTime: boolean } {
  const seconds = Math.max(0, (greetedAt.getTime() - answeredAt.getTime()) / 1000);
  return { seconds: Math.round(seconds * 10) / 10, onTime: seconds <= targetSeconds };
}

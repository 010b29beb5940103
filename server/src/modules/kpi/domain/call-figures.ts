// مؤشرات المكالمات — the call figures of SPEC K1, one place, pure. A figure is a ratio of sums,
// so the accumulator keeps the sums: adding one finished call updates every figure without
// reading the others again (the live wallboard adds calls as they end).
//
// Conventions, as SPEC K1 states them:
// - Only calls that entered a queue count (offered to the queue = queued). Outbound calls and
//   calls that never reached a queue are not queue traffic.
// - A call is counted when it ends, in the interval (day, week …) where it ends.
// - A short abandon (abandoned after waiting less than the queue's threshold, default 5 s) is left
//   out of offered, abandoned and the waits; it is counted on its own (`shortAbandoned`).
// - Service level = answered within T / offered, T and the abandoned-call convention per queue:
//   negative (abandons are misses), ignored (abandons leave the denominator), positive (abandons
//   within T count as met).
// - A figure with an empty denominator is null (no answered calls → no ASA), never NaN.

export type AbandonedConvention = 'negative' | 'ignored' | 'positive';

/** What a queue says about how its calls are measured (telephony's call_queues). */
export type QueueRules = {
  /** Service level time T in seconds (default 20). */
  slSeconds: number;
  slAbandoned: AbandonedConvention;
  /** Abandons after a wait shorter than this are short abandons (default 5). */
  shortAbandonSeconds: number;
};

export const defaultQueueRules: QueueRules = { slSeconds: 20, slAbandoned: 'negative', shortAbandonSeconds: 5 };

/** The fields of a call record the figures read. */
export type KpiCall = {
  queue: string | null;
  agent: string | null;
  queuedAt: Date | null;
  answeredAt: Date | null;
  endedAt: Date | null;
  wrapUpEndedAt: Date | null;
  /** normal, abandoned, no_answer, failed … */
  cause: string | null;
  holdSeconds: number;
};

/** How one finished call counts; null when it does not count (not queued, not ended). */
export type CallContribution = {
  answered: boolean;
  abandoned: boolean;
  shortAbandoned: boolean;
  /** Seconds from queue entry to answer or to hang-up. */
  waitSeconds: number;
  talkSeconds: number;
  holdSeconds: number;
  wrapUpSeconds: number;
  /** Whether the call meets the service level, and whether it is in its denominator. */
  slMet: boolean;
  slCounted: boolean;
};

const seconds = (from: Date, to: Date) => Math.max(0, (to.getTime() - from.getTime()) / 1000);

export function contributionOf(call: KpiCall, rules: QueueRules): CallContribution | null {
  if (call.queuedAt === null || call.endedAt === null) return null;
  const answered = call.answeredAt !== null;
  const waitSeconds = seconds(call.queuedAt, call.answeredAt ?? call.endedAt);
  const abandoned = !answered && call.cause === 'abandoned';
  const shortAbandoned = abandoned && waitSeconds < rules.shortAbandonSeconds;
  const hold = answered ? call.holdSeconds : 0;
  const talk = answered ? Math.max(0, seconds(call.answeredAt!, call.endedAt) - hold) : 0;
  const wrapUp = answered && call.wrapUpEndedAt !== null ? seconds(call.endedAt, call.wrapUpEndedAt) : 0;
  const within = waitSeconds <= rules.slSeconds;
  let slMet = answered && within;
  let slCounted = !shortAbandoned;
  if (abandoned && !shortAbandoned) {
    if (rules.slAbandoned === 'ignored') slCounted = false;
    if (rules.slAbandoned === 'positive') slMet = within;
  }
  return {
    answered,
    abandoned: abandoned && !shortAbandoned,
    shortAbandoned,
    waitSeconds,
    talkSeconds: talk,
    holdSeconds: hold,
    wrapUpSeconds: wrapUp,
    slMet,
    slCounted,
  };
}

export type CallFigures = {
  offered: number;
  answered: number;
  abandoned: number;
  short_abandoned: number;
  asa_seconds: number | null;
  avg_time_in_queue_seconds: number | null;
  aht_seconds: number | null;
  avg_talk_seconds: number | null;
  avg_hold_seconds: number | null;
  abandon_rate: number | null;
  service_level: number | null;
};

const ratio = (n: number, d: number): number | null => (d === 0 ? null : n / d);

/** Running sums of the call figures: `add` one finished call, `figures()` at any time. */
export class CallAccumulator {
  offered = 0;
  answered = 0;
  abandoned = 0;
  shortAbandoned = 0;
  answerWait = 0;
  abandonWait = 0;
  talk = 0;
  hold = 0;
  wrapUp = 0;
  slMet = 0;
  slCounted = 0;

  /** Adds a call; returns false (and changes nothing) when the call does not count. */
  add(call: KpiCall, rules: QueueRules): boolean {
    const c = contributionOf(call, rules);
    if (c === null) return false;
    this.addContribution(c);
    return true;
  }

  addContribution(c: CallContribution): void {
    if (c.shortAbandoned) {
      this.shortAbandoned += 1;
      return;
    }
    this.offered += 1;
    if (c.answered) {
      this.answered += 1;
      this.answerWait += c.waitSeconds;
      this.talk += c.talkSeconds;
      this.hold += c.holdSeconds;
      this.wrapUp += c.wrapUpSeconds;
    }
    if (c.abandoned) {
      this.abandoned += 1;
      this.abandonWait += c.waitSeconds;
    }
    if (c.slCounted) this.slCounted += 1;
    if (c.slCounted && c.slMet) this.slMet += 1;
  }

  /** Takes back a contribution added before (a live call whose record changed after it ended). */
  removeContribution(c: CallContribution): void {
    if (c.shortAbandoned) {
      this.shortAbandoned -= 1;
      return;
    }
    this.offered -= 1;
    if (c.answered) {
      this.answered -= 1;
      this.answerWait -= c.waitSeconds;
      this.talk -= c.talkSeconds;
      this.hold -= c.holdSeconds;
      this.wrapUp -= c.wrapUpSeconds;
    }
    if (c.abandoned) {
      this.abandoned -= 1;
      this.abandonWait -= c.waitSeconds;
    }
    if (c.slCounted) this.slCounted -= 1;
    if (c.slCounted && c.slMet) this.slMet -= 1;
  }

  figures(): CallFigures {
    return {
      offered: this.offered,
      answered: this.answered,
      abandoned: this.abandoned,
      short_abandoned: this.shortAbandoned,
      asa_seconds: ratio(this.answerWait, this.answered),
      avg_time_in_queue_seconds: ratio(this.answerWait + this.abandonWait, this.answered + this.abandoned),
      // Every answered call that ended was handled and completed.
      aht_seconds: ratio(this.talk + this.hold + this.wrapUp, this.answered),
      avg_talk_seconds: ratio(this.talk, this.answered),
      avg_hold_seconds: ratio(this.hold, this.answered),
      abandon_rate: ratio(this.abandoned, this.offered),
      service_level: ratio(this.slMet, this.slCounted),
    };
  }
}

/** The figures of a set of calls in one go (the accumulator over all of them). */
export function callFigures(calls: readonly KpiCall[], rulesOf: (queue: string | null) => QueueRules): CallFigures {
  const acc = new CallAccumulator();
  for (const call of calls) acc.add(call, rulesOf(call.queue));
  return acc.figures();
}

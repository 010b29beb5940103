import { describe, expect, it } from 'vitest';
import { CallAccumulator, callFigures, contributionOf, type KpiCall, type QueueRules } from './call-figures.ts';

// Hand-computed cases for every SPEC K1 call formula and convention. Times are seconds after
// t0; each call is queued at its `q`.

const t0 = Date.parse('2026-12-01T06:00:00Z');
const at = (s: number) => new Date(t0 + s * 1000);

function call(p: {
  q?: number | null;
  answer?: number | null;
  end?: number | null;
  wrap?: number | null;
  cause?: string | null;
  hold?: number;
  queue?: string;
}): KpiCall {
  return {
    queue: p.queue ?? 'service',
    agent: p.answer == null ? null : 'agent1',
    queuedAt: p.q === null ? null : at(p.q ?? 0),
    answeredAt: p.answer == null ? null : at(p.answer),
    endedAt: p.end === null ? null : at(p.end ?? 0),
    wrapUpEndedAt: p.wrap == null ? null : at(p.wrap),
    cause: p.cause ?? (p.answer == null ? 'abandoned' : 'normal'),
    holdSeconds: p.hold ?? 0,
  };
}

const negative: QueueRules = { slSeconds: 20, slAbandoned: 'negative', shortAbandonSeconds: 5 };
const ignored: QueueRules = { ...negative, slAbandoned: 'ignored' };
const positive: QueueRules = { ...negative, slAbandoned: 'positive' };

// A: waited 10 s, talked 100 s, held 20 s, wrap-up 30 s → handling 150 s, within T.
const A = call({ q: 0, answer: 10, end: 130, wrap: 160, hold: 20 });
// B: waited 30 s, talked 60 s, no hold, no wrap-up → handling 60 s, late.
const B = call({ q: 0, answer: 30, end: 90 });
// C: abandoned after 15 s (within T); D: abandoned after 40 s; E: short abandon after 3 s.
const C = call({ q: 0, end: 15 });
const D = call({ q: 0, end: 40 });
const E = call({ q: 0, end: 3 });
// F: left the queue unanswered after 50 s without abandoning (EXITWITHKEY): offered, a miss.
const F = call({ q: 0, end: 50, cause: 'no_answer' });
const mixed = [A, B, C, D, E, F];

describe('call figures (SPEC K1), hand-computed', () => {
  it('the six calls under the negative convention', () => {
    expect(callFigures(mixed, () => negative)).toEqual({
      offered: 5, // A B C D F — E is a short abandon
      answered: 2,
      abandoned: 2,
      short_abandoned: 1,
      asa_seconds: 20, // (10 + 30) / 2
      avg_time_in_queue_seconds: 23.75, // (10 + 30 + 15 + 40) / 4
      aht_seconds: 105, // (150 + 60) / 2
      avg_talk_seconds: 80, // (100 + 60) / 2
      avg_hold_seconds: 10, // 20 / 2
      abandon_rate: 0.4, // 2 / 5
      service_level: 0.2, // A / 5
    });
  });

  it.each([
    ['negative: abandons are misses', negative, 1 / 5],
    ['ignored: abandons leave the denominator', ignored, 1 / 3],
    ['positive: an abandon within T is met', positive, 2 / 5],
  ])('service level, %s', (_name, rules, expected) => {
    expect(callFigures(mixed, () => rules).service_level).toBeCloseTo(expected, 12);
  });

  it('no calls: counts are 0 and every ratio is null', () => {
    expect(callFigures([], () => negative)).toEqual({
      offered: 0,
      answered: 0,
      abandoned: 0,
      short_abandoned: 0,
      asa_seconds: null,
      avg_time_in_queue_seconds: null,
      aht_seconds: null,
      avg_talk_seconds: null,
      avg_hold_seconds: null,
      abandon_rate: null,
      service_level: null,
    });
  });

  it.each([
    ['negative', negative, 0],
    ['ignored', ignored, null],
    ['positive', positive, 0.5],
  ])('all abandoned (%s): ASA and AHT null, not NaN; abandonment 100 %%', (_n, rules, sl) => {
    const f = callFigures([C, D], () => rules);
    expect(f).toMatchObject({ offered: 2, answered: 0, abandoned: 2, abandon_rate: 1 });
    expect(f.asa_seconds).toBeNull();
    expect(f.aht_seconds).toBeNull();
    expect(f.avg_talk_seconds).toBeNull();
    expect(f.avg_time_in_queue_seconds).toBe(27.5); // (15 + 40) / 2
    expect(f.service_level).toBe(sl);
  });

  it('only short abandons: nothing offered, all ratios null', () => {
    const f = callFigures([E, call({ q: 0, end: 4.9 })], () => negative);
    expect(f).toMatchObject({ offered: 0, abandoned: 0, short_abandoned: 2, abandon_rate: null, service_level: null });
  });

  it('short-abandon threshold per queue: under it is short, at it is not', () => {
    const exactly5 = call({ q: 0, end: 5 });
    expect(contributionOf(exactly5, negative)).toMatchObject({ abandoned: true, shortAbandoned: false });
    expect(contributionOf(E, negative)).toMatchObject({ abandoned: false, shortAbandoned: true });
    // A queue with a 2-second threshold counts E (3 s) as a real abandon.
    const strict = { ...negative, shortAbandonSeconds: 2 };
    const rulesOf = (q: string | null) => (q === 'strict' ? strict : negative);
    const f = callFigures([E, { ...E, queue: 'strict' }], rulesOf);
    expect(f).toMatchObject({ offered: 1, abandoned: 1, short_abandoned: 1, abandon_rate: 1 });
  });

  it('service level T is inclusive and per queue', () => {
    const at20 = call({ q: 0, answer: 20, end: 60 });
    const at21 = call({ q: 0, answer: 21, end: 60 });
    expect(callFigures([at20, at21], () => negative).service_level).toBe(0.5);
    const rulesOf = (q: string | null) => (q === 'vip' ? { ...negative, slSeconds: 10 } : negative);
    expect(callFigures([{ ...at20, queue: 'vip' }, at20], rulesOf).service_level).toBe(0.5);
  });

  it('calls that never queued, or have not ended, do not count', () => {
    expect(contributionOf(call({ q: null, answer: 0, end: 60 }), negative)).toBeNull();
    expect(contributionOf(call({ q: 0, answer: 5, end: null }), negative)).toBeNull();
    expect(callFigures([call({ q: null, answer: 0, end: 60 })], () => negative).offered).toBe(0);
  });

  it('hold longer than the answered time never makes talk negative', () => {
    expect(contributionOf(call({ q: 0, answer: 0, end: 10, hold: 30 }), negative)).toMatchObject({
      talkSeconds: 0,
      holdSeconds: 30,
    });
  });

  it('the accumulator adds one call at a time and agrees with the whole set at every step', () => {
    const acc = new CallAccumulator();
    const seen: KpiCall[] = [];
    for (const c of mixed) {
      acc.add(c, negative);
      seen.push(c);
      expect(acc.figures()).toEqual(callFigures(seen, () => negative));
    }
    expect(acc.add(call({ q: null, end: 10 }), negative)).toBe(false);
    expect(acc.figures().offered).toBe(5);
  });
});

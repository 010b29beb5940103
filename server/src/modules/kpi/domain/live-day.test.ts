import { describe, expect, it } from 'vitest';
import { callFigures, type KpiCall, type QueueRules } from './call-figures.ts';
import { LiveDayFigures } from './live-day.ts';

// Hand-computed cases for the wallboard's running day: the same K1 formulas as the report, fed
// one call record at a time, each call replaced when its record changes.

const t0 = Date.parse('2026-12-02T06:00:00Z');
const at = (s: number) => new Date(t0 + s * 1000);
const from = new Date(Date.parse('2026-12-01T21:00:00Z')); // midnight in Riyadh
const to = new Date(Date.parse('2026-12-02T21:00:00Z'));

function call(p: {
  q: number;
  answer?: number;
  end?: number;
  wrap?: number;
  hold?: number;
  queue?: string;
  cause?: string;
}): KpiCall {
  return {
    queue: p.queue ?? 'service',
    agent: p.answer === undefined ? null : 'agent1',
    queuedAt: at(p.q),
    answeredAt: p.answer === undefined ? null : at(p.answer),
    endedAt: p.end === undefined ? null : at(p.end),
    wrapUpEndedAt: p.wrap === undefined ? null : at(p.wrap),
    cause: p.cause ?? (p.answer === undefined ? 'abandoned' : 'normal'),
    holdSeconds: p.hold ?? 0,
  };
}

const rules: QueueRules = { slSeconds: 20, slAbandoned: 'negative', shortAbandonSeconds: 5 };
const live = () => new LiveDayFigures(from, to, () => rules);

describe('the live day (K2 on K1 formulas), hand-computed', () => {
  it('no calls: zero counts and no rates', () => {
    expect(live().figures('service')).toMatchObject({
      offered: 0,
      answered: 0,
      asa_seconds: null,
      aht_seconds: null,
      abandon_rate: null,
      service_level: null,
    });
  });

  it('a call still ringing or talking does not count yet; it counts once it ends', () => {
    const day = live();
    day.put('a', call({ q: 0, answer: 10 }));
    expect(day.figures('service').offered).toBe(0);
    day.put('a', call({ q: 0, answer: 10, end: 130, hold: 20 }));
    // waited 10 s, talked 100 s, held 20 s: ASA 10, AHT 120 (no wrap-up yet), met the 20 s.
    expect(day.figures('service')).toMatchObject({
      offered: 1,
      answered: 1,
      asa_seconds: 10,
      aht_seconds: 120,
      service_level: 1,
    });
  });

  it('the wrap-up ending later replaces the call: still one call, AHT now with the 30 s of wrap-up', () => {
    const day = live();
    day.put('a', call({ q: 0, answer: 10, end: 130, hold: 20 }));
    day.put('a', call({ q: 0, answer: 10, end: 130, wrap: 160, hold: 20 }));
    day.put('a', call({ q: 0, answer: 10, end: 130, wrap: 160, hold: 20 })); // delivered twice
    expect(day.figures('service')).toMatchObject({ offered: 1, answered: 1, aht_seconds: 150, avg_talk_seconds: 100 });
    expect(day.calls).toBe(1);
  });

  it('all abandoned: abandonment 100 %, service level 0, no ASA or AHT; a short abandon is left out of both', () => {
    const day = live();
    day.put('c', call({ q: 0, end: 15 }));
    day.put('d', call({ q: 0, end: 40 }));
    day.put('e', call({ q: 0, end: 3 })); // 3 s < 5 s: a short abandon
    expect(day.figures('service')).toMatchObject({
      offered: 2,
      abandoned: 2,
      short_abandoned: 1,
      abandon_rate: 1,
      service_level: 0,
      asa_seconds: null,
      aht_seconds: null,
      avg_time_in_queue_seconds: 27.5, // (15 + 40) / 2
    });
  });

  it('counts a call where it ends: one ending after midnight belongs to tomorrow, one ending today though queued yesterday to today', () => {
    const day = live();
    const beforeMidnight = (to.getTime() - t0) / 1000 - 30;
    day.put('late', call({ q: beforeMidnight, answer: beforeMidnight + 10, end: beforeMidnight + 60 }));
    const early = (from.getTime() - t0) / 1000 - 20;
    day.put('early', call({ q: early, answer: early + 5, end: early + 50 }));
    expect(day.figures('service').offered).toBe(1);
    expect(day.figures('service').asa_seconds).toBe(5);
  });

  it('a call moved to another queue counts in the new queue only', () => {
    const day = live();
    day.put('m', call({ q: 0, answer: 30, end: 90, queue: 'service' }));
    day.put('m', call({ q: 0, answer: 30, end: 90, queue: 'collections' }));
    expect(day.figures('service').offered).toBe(0);
    expect(day.figures('collections')).toMatchObject({ offered: 1, answered: 1, service_level: 0 });
    expect(day.total().offered).toBe(1);
  });

  it('per queue and in total, equal to the report over the same calls', () => {
    const calls: [string, KpiCall][] = [
      ['a', call({ q: 0, answer: 10, end: 130, wrap: 160, hold: 20 })],
      ['b', call({ q: 0, answer: 30, end: 90 })],
      ['c', call({ q: 0, end: 15, queue: 'collections' })],
      ['d', call({ q: 0, end: 40 })],
      ['f', call({ q: 0, end: 50, cause: 'no_answer' })],
    ];
    const day = live();
    for (const [id, c] of calls) day.put(id, c);
    expect(day.total()).toEqual(
      callFigures(
        calls.map(([, c]) => c),
        () => rules,
      ),
    );
    // service: a (10 s, met), b (30 s), d (abandoned 40 s), f (left unanswered) → SL 1/4, abandonment 1/4.
    expect(day.figures('service')).toMatchObject({
      offered: 4,
      answered: 2,
      service_level: 0.25,
      abandon_rate: 0.25,
      asa_seconds: 20,
      aht_seconds: 105,
    });
    expect(day.figures('collections')).toMatchObject({ offered: 1, abandoned: 1, abandon_rate: 1 });
  });
});

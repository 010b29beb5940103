import { describe, expect, it } from 'vitest';
import {
  budgetFactor,
  callsToPlace,
  defaultPredictiveSettings,
  isThin,
  measurementsFrom,
  predictiveCalls,
  previewCalls,
  progressiveCalls,
  type CampaignSnapshot,
} from './pacing.ts';

// A campaign with thick data (a morning's measurements) unless a test says otherwise.
function snapshot(over: Partial<CampaignSnapshot> = {}): CampaignSnapshot {
  return {
    loggedInAgents: 10,
    readyAgents: 0,
    talking: [],
    wrapUp: [],
    ringing: [],
    waitingAnswered: 0,
    previewRequests: 0,
    today: { placed: 2000, answered: 500, abandoned: 5, completedHandles: 480 },
    measured: {
      answerRate: 0.25,
      answerDelay: { mean: 10, sd: 5 },
      talk: { mean: 160, sd: 120 },
      wrapUp: { mean: 20, sd: 10 },
      ringTimeoutSeconds: 26,
    },
    ...over,
  };
}

describe('previewCalls: one call per agent who asked, never more than are ready', () => {
  it.each([
    ['nobody asked', 0, 3, 0],
    ['two of three asked', 2, 3, 2],
    ['more requests than ready agents', 5, 3, 3],
    ['no ready agent', 1, 0, 0],
  ])('%s', (_name, previewRequests, readyAgents, expected) => {
    expect(previewCalls(snapshot({ previewRequests, readyAgents }))).toBe(expected);
  });
});

describe('progressiveCalls: ready agents less the calls already ringing or waiting for them', () => {
  it.each([
    ['all ready, nothing ringing', 5, 0, 0, 5],
    ['two ringing, one answered waiting', 5, 2, 1, 2],
    ['more ringing than ready (never negative)', 1, 3, 0, 0],
    ['no agent ready', 0, 0, 0, 0],
  ])('%s', (_name, readyAgents, ringing, waitingAnswered, expected) => {
    const s = snapshot({ readyAgents, ringing: Array.from({ length: ringing }, () => 3), waitingAnswered });
    expect(progressiveCalls(s)).toBe(expected);
  });
});

describe('isThin: below 50 answered or 30 completed handles the data is too thin', () => {
  it.each([
    ['49 answered', 49, 40, true],
    ['50 answered, 29 handles', 50, 29, true],
    ['50 answered, 30 handles', 50, 30, false],
  ])('%s', (_name, answered, completedHandles, thin) => {
    expect(isThin(snapshot({ today: { placed: 400, answered, abandoned: 0, completedHandles } }))).toBe(thin);
  });
});

describe('budgetFactor: the marginal threshold follows the day (plan 2.5 %, cap 3 %)', () => {
  it.each([
    ['no abandon yet: 1.5 (capped)', 0, 1.5],
    ['1 % abandoned: 1 + (2.5 − 1)/2.5 = 1.6 → 1.5', 10, 1.5],
    ['2 % abandoned: 1 + 0.5/2.5 = 1.2', 20, 1.2],
    ['at the plan, 2.5 %: 1', 25, 1],
    ['2.75 %: (3 − 2.75)/(3 − 2.5) = 0.5', 27.5, 0.5],
    ['at the cap, 3 %: 0', 30, 0],
    ['over the cap: 0', 40, 0],
  ])('%s', (_name, abandoned, factor) => {
    expect(budgetFactor({ placed: 4000, answered: 1000, abandoned, completedHandles: 990 })).toBeCloseTo(factor, 10);
  });
});

describe('predictiveCalls', () => {
  it('dials progressively while the data is thin', () => {
    const s = snapshot({
      readyAgents: 2,
      wrapUp: Array.from({ length: 8 }, () => 25),
      today: { placed: 100, answered: 20, abandoned: 0, completedHandles: 10 },
    });
    expect(predictiveCalls(s)).toBe(2);
  });

  it('places nothing when every agent has just started a call (none can be free within the ring time)', () => {
    expect(predictiveCalls(snapshot({ talking: Array.from({ length: 10 }, () => 1) }))).toBe(0);
  });

  it('dials ahead for agents at the end of their wrap-up: more calls than agents (one answer in four)', () => {
    const n = predictiveCalls(snapshot({ wrapUp: Array.from({ length: 10 }, () => 25) }));
    expect(n).toBeGreaterThan(10);
    expect(n).toBeLessThanOrEqual(40);
  });

  it('never places fewer calls than progressive would', () => {
    expect(
      predictiveCalls(snapshot({ readyAgents: 4, talking: Array.from({ length: 6 }, () => 1) })),
    ).toBeGreaterThanOrEqual(4);
  });

  it('falls back to progressive once the day reached the 3 % cap', () => {
    const s = snapshot({
      readyAgents: 3,
      wrapUp: Array.from({ length: 7 }, () => 25),
      today: { placed: 4000, answered: 1000, abandoned: 30, completedHandles: 990 },
    });
    expect(predictiveCalls(s)).toBe(3);
  });

  it('never has more than maxLinesPerAgent × agents ringing', () => {
    const s = snapshot({ readyAgents: 10, ringing: Array.from({ length: 38 }, () => 1) });
    expect(predictiveCalls(s, { ...defaultPredictiveSettings, maxLinesPerAgent: 4 })).toBeLessThanOrEqual(2);
  });

  it('counts calls already ringing: the same agents need fewer new calls', () => {
    const wrapUp = Array.from({ length: 10 }, () => 25);
    const none = predictiveCalls(snapshot({ wrapUp }));
    const some = predictiveCalls(snapshot({ wrapUp, ringing: Array.from({ length: 12 }, () => 4) }));
    expect(some).toBeLessThan(none);
  });
});

describe('predictiveCalls reads the measured unanswered lines', () => {
  it('lines that mostly ring to the timeout hide few answers: more new calls than when taken as ending evenly', () => {
    const base = snapshot({
      wrapUp: Array.from({ length: 10 }, () => 25),
      ringing: Array.from({ length: 20 }, () => 18),
    });
    const measured = { ...base.measured, unanswered: { timeoutShare: 0.8, earlyMeanSeconds: 4 } };
    expect(predictiveCalls({ ...base, measured })).toBeGreaterThan(predictiveCalls(base));
  });
});

describe('measurementsFrom: what a runtime knows from the campaign screen', () => {
  it.each([
    ['AHT 180 s: 20 s after-call work, 160 s talk', 180, undefined, 160, 20],
    ['AHT 60 s: after-call work 20 % = 12 s, talk 48 s', 60, undefined, 48, 12],
    ['AHT 180 s with 30 s measured after-call work', 180, 30, 150, 30],
  ])('%s', (_name, ahtSeconds, wrapUpSeconds, talk, wrap) => {
    const m = measurementsFrom({ answerRate: 0.3, ahtSeconds, wrapUpSeconds });
    expect(m.talk.mean).toBe(talk);
    expect(m.wrapUp.mean).toBe(wrap);
    expect(m.answerRate).toBe(0.3);
  });

  it('drives the predictive pacing from a live campaign’s state', () => {
    const s = snapshot({
      readyAgents: 1,
      wrapUp: [5, 12, 19, 25],
      talking: [30, 90, 150, 200, 400],
      measured: measurementsFrom({ answerRate: 0.25, ahtSeconds: 180 }),
    });
    expect(callsToPlace('predictive', s)).toBeGreaterThanOrEqual(1);
  });
});

describe('callsToPlace', () => {
  it.each([
    ['preview', 2],
    ['progressive', 3],
  ] as const)('%s', (mode, expected) => {
    expect(callsToPlace(mode, snapshot({ readyAgents: 3, previewRequests: 2 }))).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import {
  defaultVicidialSettings,
  VicidialAdaptAverage,
  type VicidialDay,
  type VicidialSample,
} from './vicidial-adapt.ts';

const quiet: VicidialDay = { placed: 0, answered: 0, dropped: 0 };

function run(adapt: VicidialAdaptAverage, seconds: number, sample: VicidialSample, day: VicidialDay = quiet) {
  for (let i = 0; i < seconds; i++) adapt.tick(sample, day);
}

describe('VICIdial ADAPT_AVERAGE', () => {
  it('keeps its level between recalculations (every 15 s)', () => {
    const adapt = new VicidialAdaptAverage();
    run(adapt, 14, { readyAgents: 10, waitingCalls: 0, loggedInAgents: 10 });
    expect(adapt.level).toBe(1);
  });

  it('all agents idle for 15 s: differential 10 ÷ 10 agents ⇒ level × 2; then capped at 3.0', () => {
    const adapt = new VicidialAdaptAverage();
    run(adapt, 15, { readyAgents: 10, waitingCalls: 0, loggedInAgents: 10 });
    expect(adapt.level).toBeCloseTo(2, 10);
    run(adapt, 15, { readyAgents: 10, waitingCalls: 0, loggedInAgents: 10 });
    expect(adapt.level).toBe(3);
  });

  it('calls waiting for agents lower the level: 2 × (1 − 5/10) = 1', () => {
    const adapt = new VicidialAdaptAverage({ ...defaultVicidialSettings, initialLevel: 2 });
    run(adapt, 15, { readyAgents: 0, waitingCalls: 5, loggedInAgents: 10 });
    expect(adapt.level).toBeCloseTo(1, 10);
  });

  it('never goes under 1.0', () => {
    const adapt = new VicidialAdaptAverage();
    run(adapt, 15, { readyAgents: 0, waitingCalls: 8, loggedInAgents: 10 });
    expect(adapt.level).toBe(1);
  });

  it('the intensity modifier stretches a rise: 1 × (1 + 0.5 × 1.2) = 1.6', () => {
    const adapt = new VicidialAdaptAverage({ ...defaultVicidialSettings, intensity: 20 });
    run(adapt, 15, { readyAgents: 5, waitingCalls: 0, loggedInAgents: 10 });
    expect(adapt.level).toBeCloseTo(1.6, 10);
  });

  it('halves the new level once the day’s drops pass the limit: 2 → 1 at 10 % of answered', () => {
    const adapt = new VicidialAdaptAverage({ ...defaultVicidialSettings, initialLevel: 2 });
    // Differential 0 would keep 2; 100 placed, 50 answered, 5 dropped = 10 % > 3 %.
    run(adapt, 15, { readyAgents: 0, waitingCalls: 0, loggedInAgents: 10 }, { placed: 100, answered: 50, dropped: 5 });
    expect(adapt.level).toBeCloseTo(1, 10);
  });

  it('does not halve before 50 calls were placed today', () => {
    const adapt = new VicidialAdaptAverage({ ...defaultVicidialSettings, initialLevel: 2 });
    run(adapt, 15, { readyAgents: 0, waitingCalls: 0, loggedInAgents: 10 }, { placed: 40, answered: 10, dropped: 3 });
    expect(adapt.level).toBeCloseTo(2, 10);
  });

  it('lines: active agents (ready + talking) × level, less the calls already up', () => {
    const adapt = new VicidialAdaptAverage({ ...defaultVicidialSettings, initialLevel: 1.5 });
    // floor(10 × 1.5) = 15; 8 talking + 3 ringing are up ⇒ 4.
    expect(adapt.callsToPlace({ readyAgents: 2, talkingAgents: 8, callsUp: 11 })).toBe(4);
    expect(adapt.callsToPlace({ readyAgents: 0, talkingAgents: 8, callsUp: 20 })).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { agentsByState, inTeam, longestWaitSeconds } from './agents-by-state.ts';

describe('agents by state', () => {
  it.each([
    [
      'nobody signed in',
      ['offline', 'offline'],
      { available: 0, ringing: 0, on_call: 0, wrap_up: 0, break: 0, signed_in: 0 },
    ],
    ['hold counts as on a call', ['on_call', 'hold'], { on_call: 2, signed_in: 2 }],
    [
      'one of each state',
      ['available', 'ringing', 'on_call', 'wrap_up', 'break', 'offline'],
      { available: 1, ringing: 1, on_call: 1, wrap_up: 1, break: 1, signed_in: 5 },
    ],
  ])('%s', (_name, states, expected) => {
    expect(agentsByState(states.map((state) => ({ state })))).toMatchObject(expected);
  });
});

describe('longest wait', () => {
  const now = new Date('2026-12-02T09:00:00Z');
  it.each([
    ['no call waiting', null, 0],
    ['waiting 75.9 s shows 75', new Date('2026-12-02T08:58:44.100Z'), 75],
    ['a queue entry after now (clock skew) is 0', new Date('2026-12-02T09:00:02Z'), 0],
  ])('%s', (_name, oldest, expected) => expect(longestWaitSeconds(oldest, now)).toBe(expected));
});

describe('the supervisor’s team', () => {
  it.each([
    ['no team of his own: everyone', [], ['b'], true],
    ['a shared team', ['a', 'b'], ['b'], true],
    ['no shared team', ['a'], ['b'], false],
    ['an agent in no team, with a supervisor in one', ['a'], [], false],
  ])('%s', (_name, mine, theirs, expected) => expect(inTeam(mine, theirs)).toBe(expected));
});

import { describe, expect, it } from 'vitest';
import { simulateCampaignDay, type CampaignDayOptions } from './campaign-day.ts';

// The contract on fixed seeds (no timings): a day is a function of its seed; preview and
// progressive never abandon; predictive holds the 3 % cap and keeps agents busier than progressive.
const day = (over: Partial<CampaignDayOptions>) =>
  simulateCampaignDay({
    mode: 'progressive',
    agents: 20,
    answerRate: 0.25,
    ahtSeconds: 180,
    hours: 8,
    seed: 7,
    ...over,
  });

describe('a campaign day in the simulator', () => {
  it('is the same day for the same seed, another for another seed', () => {
    const a = day({ mode: 'predictive', hours: 2 });
    expect(day({ mode: 'predictive', hours: 2 })).toEqual(a);
    expect(day({ mode: 'predictive', hours: 2, seed: 8 }).placed).not.toBe(a.placed);
  });

  it('counts machines, busy lines and unanswered calls as attempts, not answers', () => {
    const r = day({ mode: 'progressive', hours: 2 });
    const d = r.details;
    expect(r.placed).toBe(r.answered + d.no_answer + d.busy + d.failed + d.machine);
    expect(d.machine).toBeGreaterThan(0);
    expect(d.busy).toBeGreaterThan(0);
    // Roughly one placed call in four answered by a person.
    expect(r.answered / r.placed).toBeGreaterThan(0.2);
    expect(r.answered / r.placed).toBeLessThan(0.3);
    expect(r.answered).toBe(d.connected + r.abandoned);
  });

  it.each(['preview', 'progressive'] as const)('%s never abandons a call', (mode) => {
    const r = day({ mode, hours: 2 });
    expect(r.abandoned).toBe(0);
    expect(r.abandon_rate).toBe(0);
  });

  it('predictive: abandon ≤ 3 % of answered for the day, and higher occupancy than progressive and preview', () => {
    const predictive = day({ mode: 'predictive' });
    const progressive = day({ mode: 'progressive' });
    const preview = day({ mode: 'preview' });
    expect(predictive.abandoned).toBeGreaterThan(0);
    expect(predictive.abandon_rate).toBeLessThanOrEqual(0.03);
    expect(predictive.occupancy).toBeGreaterThan(progressive.occupancy);
    expect(progressive.occupancy).toBeGreaterThan(preview.occupancy);
    expect(predictive.calls_per_agent_hour).toBeGreaterThan(progressive.calls_per_agent_hour);
  });

  it('vicidial (ADAPT_AVERAGE) dials above one line per agent and drops some calls', () => {
    const r = day({ mode: 'vicidial' });
    expect(r.abandoned).toBeGreaterThan(0);
    expect(r.placed).toBeGreaterThan(day({ mode: 'progressive' }).placed);
  });

  it('occupancy is handling over logged-in time: between 0 and 1, and calls per agent hour are connected calls', () => {
    const r = day({ mode: 'progressive', agents: 5, hours: 1 });
    expect(r.occupancy).toBeGreaterThan(0);
    expect(r.occupancy).toBeLessThan(1);
    expect(r.details.logged_in_hours).toBe(5);
    expect(r.calls_per_agent_hour).toBeCloseTo(r.details.connected / 5, 10);
  });
});

import { serviceLevelTraffic, type Traffic } from '../../telephony/domain/timing';

// ألوان لوحة العرض — the wallboard's colours from the manager's thresholds (settings) and each
// queue's service level target: green is fine, amber needs an eye, red needs action now.

export { serviceLevelTraffic, type Traffic };

/** The longest wait: red at the maximum, amber from half of it; nobody waiting is green. */
export function waitTraffic(seconds: number, maxSeconds: number): Traffic {
  if (seconds >= maxSeconds) return 'red';
  if (seconds >= maxSeconds / 2) return 'amber';
  return 'green';
}

/** The abandonment rate (a fraction) against a maximum percent: red above it, amber above half; no calls gray. */
export function abandonTraffic(rate: number | null, maxPercent: number): Traffic {
  if (rate === null) return 'gray';
  // Rounded to a tenth of a point, as shown.
  const percent = Math.round(rate * 1000) / 10;
  if (percent > maxPercent) return 'red';
  if (percent > maxPercent / 2) return 'amber';
  return 'green';
}

/** An agent's figure against his target: at or past it green, within a fifth of it amber, else red. */
export function targetTraffic(value: number | null, target: number, direction: 'atLeast' | 'atMost'): Traffic {
  if (value === null) return 'gray';
  if (direction === 'atLeast') return value >= target ? 'green' : value >= target * 0.8 ? 'amber' : 'red';
  return value <= target ? 'green' : value <= target * 1.2 ? 'amber' : 'red';
}

export const trafficColour: Record<Traffic, string> = { green: 'teal', amber: 'orange', red: 'red', gray: 'gray' };

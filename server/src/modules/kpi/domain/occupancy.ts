// الإشغال — occupancy (SPEC K1) = handling / (handling + available), from an agent's state history.
// Handling is on a call, on hold or in wrap-up; available is waiting for a call, ringing included
// (the phone rings but the agent is not yet handling anything). Break and offline count in neither.

export type StateChange = { state: string; at: Date };

const handlingStates = new Set(['on_call', 'hold', 'wrap_up']);
const availableStates = new Set(['available', 'ringing']);

export type StateTime = { handlingSeconds: number; availableSeconds: number };

const QUARTER_HOUR = 15 * 60 * 1000;

/**
 * Handling and available seconds of one agent in [from, to), cut by `keyOf` (the bucket of an
 * instant). Each state lasts until the next change; pass the last change before `from` first so
 * the window starts in a known state (before the first change nothing is counted). Every time
 * zone's offset is a multiple of 15 minutes, so buckets (intervals, days, weeks, months) only
 * begin on UTC quarter hours: a state is cut there.
 */
export function stateTimeByKey(
  changes: readonly StateChange[],
  from: Date,
  to: Date,
  keyOf: (at: Date) => string,
  into: Map<string, StateTime> = new Map(),
): Map<string, StateTime> {
  for (let i = 0; i < changes.length; i++) {
    const state = changes[i]!.state;
    const handling = handlingStates.has(state);
    if (!handling && !availableStates.has(state)) continue;
    const start = Math.max(changes[i]!.at.getTime(), from.getTime());
    const end = Math.min(changes[i + 1]?.at.getTime() ?? to.getTime(), to.getTime());
    let t = start;
    while (t < end) {
      const next = Math.min(end, (Math.floor(t / QUARTER_HOUR) + 1) * QUARTER_HOUR);
      const key = keyOf(new Date(t));
      const cell = into.get(key) ?? { handlingSeconds: 0, availableSeconds: 0 };
      if (handling) cell.handlingSeconds += (next - t) / 1000;
      else cell.availableSeconds += (next - t) / 1000;
      into.set(key, cell);
      t = next;
    }
  }
  return into;
}

/** Occupancy of a state time; null when the agent was neither handling nor available. */
export function occupancyOf(time: StateTime | undefined): number | null {
  if (!time) return null;
  const total = time.handlingSeconds + time.availableSeconds;
  return total === 0 ? null : time.handlingSeconds / total;
}

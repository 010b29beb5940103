// Time on the telephone: how long an agent has been in a state or a caller has waited, read
// against the server's clock (the browser's may be off by minutes), and when that time is too long.

export type AgentState = 'available' | 'ringing' | 'on_call' | 'hold' | 'wrap_up' | 'break' | 'offline';
export type Alarm = 'amber' | 'red' | null;
export type Traffic = 'green' | 'amber' | 'red' | 'gray';

/** A ringing agent who has not answered this long is slow (the runtime gives up at 15 s). */
export const RING_AMBER_SECONDS = 15;
/** A wrap-up longer than this keeps callers waiting. */
export const WRAP_UP_AMBER_SECONDS = 120;
/** A service level this many points under its target is amber; further under, red. */
export const SERVICE_LEVEL_AMBER_POINTS = 10;

/** Server time minus browser time, in ms: add it to `Date.now()` to read the server's clock. */
export function clockSkew(serverNowMs: number, clientNowMs: number): number {
  return serverNowMs - clientNowMs;
}

/** Whole seconds from `sinceIso` to the server's now (the browser's now + skew); never negative. */
export function elapsedSeconds(sinceIso: string | null | undefined, clientNowMs: number, skewMs: number): number {
  if (!sinceIso) return 0;
  const since = Date.parse(sinceIso);
  if (Number.isNaN(since)) return 0;
  return Math.max(0, Math.floor((clientNowMs + skewMs - since) / 1000));
}

/** 65 → "01:05"; an hour or more → "1:02:03". Latin digits, read left to right. */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = s % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${two(minutes)}:${two(seconds)}`;
}

/**
 * Whether an agent's time in state needs a supervisor's eye: a break past its reason's limit is
 * red; a wrap-up over 2 minutes or a phone ringing over 15 seconds is amber.
 */
export function stateAlarm(state: AgentState, seconds: number, breakLimitMinutes: number | null): Alarm {
  if (state === 'break') return breakLimitMinutes !== null && seconds > breakLimitMinutes * 60 ? 'red' : null;
  if (state === 'wrap_up') return seconds > WRAP_UP_AMBER_SECONDS ? 'amber' : null;
  if (state === 'ringing') return seconds > RING_AMBER_SECONDS ? 'amber' : null;
  return null;
}

/**
 * Today's service level against its target: at or above it green, up to 10 points under amber,
 * further under red; no calls yet gray. `serviceLevel` is a fraction (0.8), the target a percent (80).
 */
export function serviceLevelTraffic(serviceLevel: number | null, targetPercent: number): Traffic {
  if (serviceLevel === null) return 'gray';
  // Rounded to a tenth of a point, so 0.8 (79.99999…) meets a target of 80.
  const percent = Math.round(serviceLevel * 1000) / 10;
  if (percent >= targetPercent) return 'green';
  if (percent >= targetPercent - SERVICE_LEVEL_AMBER_POINTS) return 'amber';
  return 'red';
}

/** The Mantine colour of each state's badge. */
export const stateColour: Record<AgentState, string> = {
  available: 'teal',
  ringing: 'yellow',
  on_call: 'blue',
  hold: 'grape',
  wrap_up: 'cyan',
  break: 'orange',
  offline: 'gray',
};

/** Whether the agent is busy with a call (the seat is polled as a fallback while it is). */
export function inCall(state: AgentState): boolean {
  return state === 'ringing' || state === 'on_call' || state === 'hold' || state === 'wrap_up';
}

// The shapes the ACD's pure rules work on (SPEC T2). The rules themselves live in acd.ts; the
// routing runtime keeps these up to date in memory and asks the rules what to do.

export const strategies = [
  'longest_idle',
  'least_recent',
  'fewest_calls',
  'round_robin',
  'random',
  'ring_all',
] as const;
export type Strategy = (typeof strategies)[number];

export const agentStates = ['available', 'ringing', 'on_call', 'hold', 'wrap_up', 'break', 'offline'] as const;
export type AgentState = (typeof agentStates)[number];

export type QueueRule = {
  code: string;
  skill: string;
  strategy: Strategy;
  /** Higher first when an agent could take calls from several queues. */
  priority: number;
  wrapUpSeconds: number;
  slSeconds: number;
  overflowSeconds: number | null;
  overflowQueue: string | null;
  callbackAfterSeconds: number | null;
  /** `08:00-20:00` in the installation's time zone; `00:00-24:00` always. */
  hours: string;
  closedAction: 'message' | 'callback' | 'voicemail';
};

export type WaitingCall = {
  callId: string;
  queue: string;
  /** When the caller first entered a queue: kept across overflow and call-back (the place in line). */
  enteredAt: Date;
  /** Key-account callers (ANI → customer flag) get a boost; higher first. */
  priority: number;
};

export type AgentCandidate = {
  agent: string;
  state: AgentState;
  /** skill → level 1–5. */
  skills: Readonly<Record<string, number>>;
  /** Queues the agent is logged in to. */
  queues: readonly string[];
  /** Since when the agent has been available (longest idle). */
  availableSince: Date;
  /** When the agent's last call ended (least recent); null: none today. */
  lastCallEndedAt: Date | null;
  /** Calls answered today (fewest calls). */
  callsToday: number;
};

/** Round-robin memory per queue: the last agent offered a call there. */
export type RoutingMemory = Map<string, string>;

/** The business calendar a queue's hours are read against. */
export type BusinessCalendar = {
  timeZone: string;
  /** Lower-case three-letter day names: `fri`, `sat`. */
  weekend: readonly string[];
  /** `YYYY-MM-DD` dates in the time zone. */
  holidays: readonly string[];
};

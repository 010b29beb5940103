// The routing runtime's memory: who is on which leg, which calls wait where. Plain data; the
// CallCenter (call-center.ts) changes it in answer to port events and agents' commands.

import type { CallEvent } from '../domain/call-events.ts';
import type { PendingCallback } from '../domain/callbacks.ts';
import type { IvrNode, IvrState } from '../domain/ivr.ts';
import type { AgentState, BusinessCalendar, QueueRule } from '../domain/routing-types.ts';
import type { EndCause, LegId } from '../port.ts';

export type AgentSeat = {
  agent: string;
  state: AgentState;
  /** The break reason while on break. */
  reason: string | null;
  since: Date;
  skills: Record<string, number>;
  queues: string[];
  /** The simulator answers and talks for a simulated colleague. */
  simulated: boolean;
  lastCallEndedAt: Date | null;
  callsToday: number;
  /** The agent's own leg while ringing or on a call. */
  legId: LegId | null;
  /** The call (its customer leg) the agent rings for or talks to. */
  callId: LegId | null;
  /** What to become when the current call and wrap-up are over (a break asked for mid-call). */
  after: { state: 'break' | 'offline'; reason: string | null } | null;
  cancelWrapUp: (() => void) | null;
};

export type CallStatus = 'routing' | 'ivr' | 'queued' | 'ringing' | 'connected' | 'ended';

export type LiveCall = {
  /** The customer's leg id, also the record's external id. */
  id: LegId;
  direction: 'inbound' | 'outbound';
  ani: string | null;
  dnis: string | null;
  customerId: string | null;
  keyAccount: boolean;
  status: CallStatus;
  queue: string | null;
  /** First entry into a queue (the place in line, kept across overflow). */
  enteredAt: Date | null;
  /** Entry into the current queue (overflow counts from here). */
  queuedAt: Date | null;
  priority: number;
  /** Agents being rung: agent → their leg. */
  ringing: Map<string, LegId>;
  agent: string | null;
  agentLegId: LegId | null;
  held: boolean;
  answeredAt: Date | null;
  cancelTimers: (() => void)[];
  /** The walk through the IVR while the caller is in it. */
  ivr: IvrState | null;
  cancelIvrTimer: (() => void) | null;
  /** The center let the caller go on purpose (a call-back taken, the IVR's end): not an abandon. */
  released: boolean;
  /** An outbound call an agent placed (click-to-call, a call-back): whose, for what. */
  dial?: OutboundDial;
};

/** What an agent's outbound call is for, and the state to go back to when nobody answers. */
export type OutboundDial = {
  agent: string;
  workItemId: string | null;
  callbackId: string | null;
  before: { state: 'available' | 'break' | 'offline'; reason: string | null };
};

/** The agent's last placed call as his screen follows it (the outcome form opens on its end). */
export type DialView = {
  callId: LegId;
  agent: string;
  status: 'dialing' | 'ringing' | 'answered' | 'connected' | 'ended';
  number: string;
  customerId: string | null;
  workItemId: string | null;
  callbackId: string | null;
  startedAt: Date;
  connectedAt: Date | null;
  endedAt: Date | null;
  cause: EndCause | null;
  /** The L3 outcome the end suggests (no_answer, busy, reached, call_dropped), null when none does. */
  outcome: string | null;
};

/** What the runtime reads from the database and writes back. */
export type CallCenterStore = {
  /** Append call-level events to the record of `externalId` (idempotent by position). */
  recordCallEvents(externalId: string, events: CallEvent[]): Promise<void>;
  recordAgentState(agent: string, state: AgentState, reason: string | null, at: Date): Promise<void>;
  /** ANI → customer (screen pop, key-account priority). */
  findCustomerByPhone(phone: string): Promise<{ id: string; keyAccount: boolean } | null>;
  /** A customer number keyed in the IVR → the customer. */
  findCustomerByNo(customerNo: string): Promise<{ id: string; keyAccount: boolean } | null>;
  /** A new call-back (call_callbacks), tied to the call it came from when there is one. */
  saveCallback?(callback: PendingCallback, fromCall: string | null): Promise<void>;
  /** A call-back's status, attempts and retry time changed. */
  updateCallback?(callback: PendingCallback): Promise<void>;
  /** The work item an outbound call was placed for (calls.work_item_id). */
  linkWorkItem?(externalId: string, workItemId: string): Promise<void>;
};

export type DialRoute = { kind: 'queue' | 'ivr'; target: string };

export type AgentProfile = {
  agent: string;
  skills: Record<string, number>;
  queues: string[];
  simulated: boolean;
};

export type CallCenterSetup = {
  queues: QueueRule[];
  /** DNIS → a queue or an IVR menu. Unknown DNIS → `defaultQueue` and a warning. */
  routes: ReadonlyMap<string, DialRoute>;
  /** IVR menus by code. */
  menus: ReadonlyMap<string, IvrNode>;
  defaultQueue: string;
  agents: AgentProfile[];
  calendar: BusinessCalendar;
  /** How long an agent's phone rings before the call goes to another agent. */
  ringSeconds: number;
};

export type AgentView = {
  agent: string;
  state: AgentState;
  reason: string | null;
  since: Date;
  queues: string[];
  simulated: boolean;
  callId: LegId | null;
  callsToday: number;
};

export type CallView = {
  id: LegId;
  direction: 'inbound' | 'outbound';
  ani: string | null;
  dnis: string | null;
  customerId: string | null;
  keyAccount: boolean;
  status: CallStatus;
  queue: string | null;
  enteredAt: Date | null;
  agent: string | null;
  held: boolean;
  answeredAt: Date | null;
};

export function viewOfAgent(seat: AgentSeat): AgentView {
  return {
    agent: seat.agent,
    state: seat.state,
    reason: seat.reason,
    since: seat.since,
    queues: [...seat.queues],
    simulated: seat.simulated,
    callId: seat.callId,
    callsToday: seat.callsToday,
  };
}

export function viewOfCall(call: LiveCall): CallView {
  return {
    id: call.id,
    direction: call.direction,
    ani: call.ani,
    dnis: call.dnis,
    customerId: call.customerId,
    keyAccount: call.keyAccount,
    status: call.status,
    queue: call.queue,
    enteredAt: call.enteredAt,
    agent: call.agent,
    held: call.held,
    answeredAt: call.answeredAt,
  };
}

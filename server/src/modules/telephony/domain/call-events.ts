// What happened to one call, in the call center's words (SPEC T4). Two sources produce these:
// the routing runtime (from the telephony port's leg events) and the queue_log import (from an
// existing PBX). One reducer (call-record.ts) turns them into the call record, so a call looks
// the same whichever way it was measured.

import type { EndCause } from '../port.ts';

export type CallDirection = 'inbound' | 'outbound';

export type CallEvent =
  | { type: 'offered'; at: Date; direction: CallDirection; ani: string | null; dnis: string | null }
  /** An IVR key (kept as the path `1,3`). */
  | { type: 'ivr'; at: Date; digit: string }
  | { type: 'queued'; at: Date; queue: string; priority?: number }
  /** Moved to another queue (overflow, or moved by a supervisor); the queue entry time is kept. */
  | { type: 'overflowed'; at: Date; from: string; to: string }
  | { type: 'agent_ringing'; at: Date; agent: string }
  /** The agent did not answer in time (RINGNOANSWER); the call stays queued. */
  | { type: 'agent_missed'; at: Date; agent: string }
  | { type: 'answered'; at: Date; agent: string }
  | { type: 'held'; at: Date }
  | { type: 'unheld'; at: Date }
  | { type: 'transferred'; at: Date; to: string; mode: 'blind' | 'attended' }
  | { type: 'recording'; at: Date; name: string }
  /** The customer's number was matched (ANI → customer) or given (outbound). */
  | { type: 'customer'; at: Date; customerId: string }
  | { type: 'callback_requested'; at: Date }
  | { type: 'ended'; at: Date; cause: EndCause }
  | { type: 'wrap_up_ended'; at: Date }
  /** The agent's outcome code after the call, with his note (wrap-up). */
  | { type: 'outcome'; at: Date; outcome: string; agent?: string; note?: string }
  /** A step of the call protocol the agent marked (greeted, hold asked, …): the QA scorecard reads them. */
  | { type: 'protocol'; at: Date; agent: string; step: string; late?: boolean; hold?: number };

export type CallEventType = CallEvent['type'];

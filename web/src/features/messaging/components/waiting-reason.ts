import type { ResponseOf, Schemas } from '../../../api/client';

// Why a queued message ("في الانتظار") has not gone yet, and until when — from what the API gives:
// the message's `not_before` and attempts, and the sending window of bulk messages (SPEC §5) that
// the work-lists overview reports.

export type SendingWindow = NonNullable<ResponseOf<'listWorkLists'>['sending_window']>;

export type WaitingReason =
  | { kind: 'retry'; attempt: number; max: number; at: string }
  | { kind: 'scheduled'; at: string }
  | { kind: 'window'; reason: 'hours' | 'weekend' | 'holiday'; at: string | null }
  /** A marketing message held by its country's rule (issue 16): never sent before `at`. */
  | { kind: 'held'; reason: 'hours' | 'weekend' | 'holiday'; country: string | null; at: string }
  | { kind: 'next_round' };

type Message = Pick<Schemas['OutboundMessage'], 'status' | 'attempts' | 'max_attempts' | 'not_before'> &
  Partial<Pick<Schemas['OutboundMessage'], 'hold_reason' | 'country'>>;

export function waitingReason(message: Message, window: SendingWindow | null, now: Date): WaitingReason | null {
  if (message.status !== 'queued') return null;
  const due = Date.parse(message.not_before) <= now.getTime();
  if (message.hold_reason) {
    return { kind: 'held', reason: message.hold_reason, country: message.country ?? null, at: message.not_before };
  }
  if (!due && message.attempts > 0) {
    return { kind: 'retry', attempt: message.attempts + 1, max: message.max_attempts, at: message.not_before };
  }
  if (!due) return { kind: 'scheduled', at: message.not_before };
  if (window && !window.open) return { kind: 'window', reason: window.reason ?? 'hours', at: window.next_open_at };
  return { kind: 'next_round' };
}

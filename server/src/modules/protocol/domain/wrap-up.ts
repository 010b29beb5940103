// بعد المكالمة — the outcome codes an agent closes a call with, and whether the customer gets a
// rating invitation by SMS (only after an answered call, once per cool-down, never when opted out).

export const callOutcomes = [
  'resolved',
  'information_given',
  'escalated',
  'callback_promised',
  'promise_to_pay',
  'not_resolved',
  'wrong_number',
  'other',
] as const;
export type CallOutcome = (typeof callOutcomes)[number];

export type RatingDecision =
  | { send: true }
  | {
      send: false;
      reason:
        | 'not_answered'
        | 'no_customer'
        | 'opted_out'
        | 'no_mobile'
        | 'cooling_down'
        | 'already_sent'
        | 'refused'
        | 'not_sampled';
    };

export function ratingInvitation(input: {
  answered: boolean;
  customerId: string | null;
  optedOut: boolean;
  mobile: string | null;
  /** The customer's last invitation, if any. */
  lastSentAt: Date | null;
  /** This call had its invitation already (the outcome recorded again). */
  sentForCall: boolean;
  now: Date;
  cooldownDays: number;
}): RatingDecision {
  if (!input.answered) return { send: false, reason: 'not_answered' };
  if (!input.customerId) return { send: false, reason: 'no_customer' };
  if (input.sentForCall) return { send: false, reason: 'already_sent' };
  if (input.optedOut) return { send: false, reason: 'opted_out' };
  if (!input.mobile) return { send: false, reason: 'no_mobile' };
  if (input.lastSentAt && input.now.getTime() - input.lastSentAt.getTime() < input.cooldownDays * 86_400_000)
    return { send: false, reason: 'cooling_down' };
  return { send: true };
}

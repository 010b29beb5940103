// The kinds of phrase in the library and the purposes of a call a script is written for (seed 003).

export const phraseKinds = [
  'greeting',
  'empathy',
  'positive',
  'hold',
  'second_hold',
  'hold_return',
  'late_apology',
  'callback',
  'closing',
  'escalation',
  'script',
] as const;
export type PhraseKind = (typeof phraseKinds)[number];

export const callPurposes = ['reminder', 'follow_up', 'thanks', 'marketing', 'survey', 'inquiry', 'complaint'] as const;
export type CallPurpose = (typeof callPurposes)[number];

/** What a call is for when nobody said: an inbound caller asks; an outbound call follows up (reminders for collections). */
export function defaultPurpose(direction: 'inbound' | 'outbound', queue: string | null): CallPurpose {
  if (direction === 'inbound') return 'inquiry';
  return queue === 'collections' ? 'reminder' : 'follow_up';
}

/** Only scripts need a purpose; a greeting may have one (the greeting offered first for it). */
export function purposeProblem(
  kind: PhraseKind,
  purpose: CallPurpose | null,
): 'purpose_required' | 'purpose_not_allowed' | null {
  if (kind === 'script' && purpose === null) return 'purpose_required';
  if (purpose !== null && kind !== 'script' && kind !== 'greeting') return 'purpose_not_allowed';
  return null;
}

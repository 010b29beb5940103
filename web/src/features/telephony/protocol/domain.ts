// The call protocol's rules the call panel needs between two answers of the server: the phrase
// with its placeholders filled, and the running hold's countdown (server/src/modules/protocol/domain).

export type PhraseValues = Partial<
  Record<'agent' | 'company' | 'department' | 'reason' | 'seconds', string | number | null>
>;

/** `{agent}`, `{company}`, `{department}`, `{reason}`, `{seconds}` filled; a blank value stays a visible gap. */
export function fillPhrase(template: string, values: PhraseValues): string {
  return template.replace(/\{(agent|company|department|reason|seconds)\}/g, (_, key: keyof PhraseValues) => {
    const value = values[key];
    const text = value === null || value === undefined ? '' : String(value).trim();
    return text ? text : '…';
  });
}

export type HoldPrompt = 'waiting' | 'return_ask_again' | 'return_suggest_callback';

/** Seconds left of the hold asked for (negative once over) and what the agent should do. */
export function holdCountdown(
  heldSinceMs: number,
  nowMs: number,
  holdSeconds: number,
  holdNumber: number,
): { remaining: number; prompt: HoldPrompt } {
  const remaining = holdSeconds - Math.floor(Math.max(0, nowMs - heldSinceMs) / 1000);
  if (remaining > 0) return { remaining, prompt: 'waiting' };
  return { remaining, prompt: holdNumber >= 2 ? 'return_suggest_callback' : 'return_ask_again' };
}

/** Seconds since the answer (the greeting timer), whole, never negative. */
export function secondsSince(iso: string | null, nowMs: number): number {
  if (!iso) return 0;
  return Math.max(0, Math.floor((nowMs - Date.parse(iso)) / 1000));
}

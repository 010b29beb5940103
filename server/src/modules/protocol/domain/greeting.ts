// التحية والعبارات — a phrase as the agent reads it: the seed's examples with the agent's name,
// the company, the department, the reason for the call (SPEC A2) and the hold time filled in.
// A blank value stays a visible gap for the agent to say in his own words.

export const phrasePlaceholders = ['agent', 'company', 'department', 'reason', 'seconds'] as const;
export type PhraseValues = Partial<Record<(typeof phrasePlaceholders)[number], string | number | null>>;

const GAP = '…';

/** `{agent}`, `{company}`, `{department}`, `{reason}`, `{seconds}` replaced; other braces are left as written. */
export function fillPhrase(template: string, values: PhraseValues): string {
  return template.replace(/\{(agent|company|department|reason|seconds)\}/g, (_, key: keyof PhraseValues) => {
    const value = values[key];
    const text = value === null || value === undefined ? '' : String(value).trim();
    return text ? text : GAP;
  });
}

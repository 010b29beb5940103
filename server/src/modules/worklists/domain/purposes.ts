// What a work list is for and how it reaches people (SPEC L1), and who deals its phone items.

export const listPurposes = ['reminder', 'followup', 'thanks', 'marketing', 'survey'] as const;
export type ListPurpose = (typeof listPurposes)[number];
export const listChannels = ['phone', 'sms', 'email'] as const;
export type ListChannel = (typeof listChannels)[number];

/**
 * The purposes a person builds a list for. Reminder and thanks lists come only from the
 * collections day (their items carry the installments they are about).
 */
export const manualPurposes = ['marketing', 'survey', 'followup'] as const satisfies readonly ListPurpose[];
export type ManualPurpose = (typeof manualPurposes)[number];

/** The agents' skill a phone list of the purpose is dealt to by default. */
export function skillForPurpose(purpose: string): string {
  switch (purpose) {
    case 'marketing':
      return 'marketing';
    case 'survey':
      return 'service';
    default:
      return 'collections';
  }
}

/** Who builds lists of which purpose: the marketing department only its own (دائرة التسويق). */
export function mayBuildPurpose(role: string, purpose: string): boolean {
  if (role === 'marketing') return purpose === 'marketing';
  return ['admin', 'manager', 'supervisor'].includes(role);
}

/** Which lists a role sees on the lists page. */
export function visiblePurposes(role: string): readonly ListPurpose[] {
  return role === 'marketing' ? ['marketing'] : listPurposes;
}

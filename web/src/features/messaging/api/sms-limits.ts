import type { SmsEncoding } from './messaging';

// The segment sizes the server counts with (server/src/modules/messaging/domain/sms-encoding.ts):
// one segment holds 160 GSM-7 septets or 70 UCS-2 units; a concatenated part 153 or 67.
export const segmentLimits: Record<SmsEncoding, { single: number; multi: number }> = {
  gsm7: { single: 160, multi: 153 },
  ucs2: { single: 70, multi: 67 },
};

/** Units a message of at most `maxSegments` segments may hold in this encoding. */
export function allowance(encoding: SmsEncoding, maxSegments: number): number {
  const limits = segmentLimits[encoding];
  return maxSegments <= 1 ? limits.single : limits.multi * maxSegments;
}

/** Units of the segment being filled: the whole message in one segment, a part's size otherwise. */
export function segmentSize(encoding: SmsEncoding, segments: number): number {
  const limits = segmentLimits[encoding];
  return segments <= 1 ? limits.single : limits.multi;
}

/** How a character that forced UCS-2 is shown: itself, or its code point when it is invisible. */
export function describeCharacter(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(char) ? char : hex;
}

/**
 * The characters that forced UCS-2, for people: Arabic letters and marks as one group (one is
 * enough, and listing the alphabet helps nobody), every other character by itself — the stray
 * `’` or `–` that turned a Latin message into UCS-2.
 */
export function groupNonGsm(chars: readonly string[]): { arabic: boolean; others: string[] } {
  const arabic = chars.filter((c) => /\p{Script_Extensions=Arabic}/u.test(c));
  return { arabic: arabic.length > 0, others: chars.filter((c) => !arabic.includes(c)) };
}

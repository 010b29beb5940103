// How the SMS counter shows the characters that forced UCS-2. The segment sizes and how many
// units a message may hold come from the server's preview (units_per_segment, allowance).

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

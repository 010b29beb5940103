// Numbers as people type them: Latin digits, Arabic-Indic (٠–٩) or Eastern Arabic-Indic (۰–۹)
// digits, the Arabic decimal sign (٫) or a point, thousands grouped by commas or the Arabic
// separator (٬). The server reads amounts the same way (customers' parseAmountMinor).

/** Every digit as a Latin digit, the Arabic decimal and thousands signs as `.` and `,`. */
export function toLatinDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, '.')
    .replace(/\u066c/g, ',');
}

/**
 * A typed number, or null when the text is not one ("", "abc", "1.2.3", "7.500,00").
 * Thousands separators are accepted only in groups of three.
 */
export function parseTypedNumber(text: string): number | null {
  const t = toLatinDigits(text.trim()).replace(/\s/g, '');
  if (!/^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(t)) return null;
  const value = Number(t.replace(/,/g, ''));
  return Number.isFinite(value) ? value : null;
}

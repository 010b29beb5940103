import { normalizeArabic } from './arabic-normalize.ts';
import { phoneSearchKey, toAsciiDigits } from './phone.ts';

// What a search box's text can mean (C5): a customer or contract number (exact, or its first
// characters), a phone (whole, or a run of its digits), or a name written with or without the
// space of a compound name ("عبد الله" / "عبدالله", "ابو بكر" / "ابوبكر", "نور الدين" / "نورالدين").

export type SearchTerms = {
  /** The text as typed (trimmed): exact customer and contract numbers. */
  raw: string;
  /** The normalised name and its spacing variants, the first one as typed. */
  names: string[];
  /** A whole phone number in E.164 (exact match). */
  e164: string | null;
  /** Letters and digits without spaces: a customer number's beginning or part ("UX000", "7202"). */
  code: string | null;
  /** Digits only, without a leading 0 or country code: a run of a phone's digits ("7202", "0551"). */
  phoneDigits: string | null;
};

/** First words that are written both joined to and apart from the next word. */
const compoundFirsts = ['عبد', 'ابو'];
const MAX_VARIANTS = 8;

/**
 * The spellings of a normalised name that differ only by the space inside compound names:
 * a space before a word starting with "ال" (عبد الله، نور الدين) or after a compound first word
 * (ابو بكر) may be missing, and a missing one may be there.
 */
export function nameVariants(norm: string): string[] {
  if (!norm) return [];
  const words = norm.split(' ');
  // Each word boundary becomes one of: keep as typed, or its alternative (joined or split).
  let variants = [''];
  words.forEach((word, i) => {
    const split = splitCompound(word);
    const forms = split ? [word, split] : [word];
    const next: string[] = [];
    for (const v of variants) {
      for (const form of forms) {
        if (i === 0) {
          next.push(form);
          continue;
        }
        next.push(`${v} ${form}`);
        if (joinable(words[i - 1]!, form)) next.push(`${v}${form}`);
      }
    }
    variants = [...new Set(next)].slice(0, MAX_VARIANTS);
  });
  return [...new Set([norm, ...variants])].slice(0, MAX_VARIANTS);
}

function joinable(previous: string, word: string): boolean {
  return compoundFirsts.includes(previous) || (word.startsWith('ال') && word.length > 2 && previous.length > 1);
}

/** "عبدالله" → "عبد الله", "ابوبكر" → "ابو بكر"; null for a word that is not a joined compound. */
function splitCompound(word: string): string | null {
  for (const first of compoundFirsts) {
    if (word.startsWith(first) && word.length >= first.length + 3 && /^[\u0621-\u064a]+$/.test(word)) {
      return `${first} ${word.slice(first.length)}`;
    }
  }
  return null;
}

export function searchTermsOf(text: string, country: string): SearchTerms {
  const raw = text.trim();
  const ascii = toAsciiDigits(raw);
  const compact = ascii.replace(/[\s\-().]/g, '');
  const digits = /^\+?\d+$/.test(compact) ? compact.replace(/^\+/, '') : null;
  return {
    raw,
    names: nameVariants(normalizeArabic(raw)),
    e164: phoneSearchKey(raw, country),
    code: /^[A-Za-z0-9][A-Za-z0-9\-_/.]{1,49}$/.test(ascii) ? ascii.toUpperCase() : null,
    // Four digits at least: fewer match a good part of every phone book.
    phoneDigits: digits && digits.replace(/^(00|0)/, '').length >= 4 ? digits.replace(/^(00|0)/, '') : null,
  };
}

/** Only the exact ways of naming a caller: the customer or contract number, or a whole phone. */
export function exactTermsOf(text: string, country = 'SA'): SearchTerms {
  const raw = text.trim();
  return { raw, names: [], e164: phoneSearchKey(raw, country), code: null, phoneDigits: null };
}

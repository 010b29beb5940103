// SMS encoding and segments (P1-1). A message is GSM-7 when every character is in the GSM
// 03.38 basic or extension table, otherwise UCS-2 — one stray `’` or `–` turns a Latin
// message into UCS-2 and halves its room. GSM-7 counts septets (an extension character is an
// escape plus a septet: 2), UCS-2 counts UTF-16 code units (an emoji is a surrogate pair: 2).

export type SmsEncoding = 'gsm7' | 'ucs2';

// GSM 03.38 basic table, in code order (0x1B, the escape, is left out: it is not a character).
const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';

/** The extension table: each is sent as ESC (0x1B) followed by this code. */
const GSM7_EXTENSION: ReadonlyMap<string, number> = new Map([
  ['\f', 0x0a],
  ['^', 0x14],
  ['{', 0x28],
  ['}', 0x29],
  ['\\', 0x2f],
  ['[', 0x3c],
  ['~', 0x3d],
  [']', 0x3e],
  ['|', 0x40],
  ['€', 0x65],
]);

const GSM7_BASIC_CODES: ReadonlyMap<string, number> = new Map(
  [...GSM7_BASIC].flatMap((c, i) => (c === '\u001b' ? [] : [[c, i] as const])),
);

export const SEGMENT_LIMITS = {
  gsm7: { single: 160, multi: 153 },
  ucs2: { single: 70, multi: 67 },
} as const;

/** Units a message of at most `maxSegments` segments may hold in this encoding. */
export function segmentAllowance(encoding: SmsEncoding, maxSegments: number): number {
  const limits = SEGMENT_LIMITS[encoding];
  return maxSegments <= 1 ? limits.single : limits.multi * maxSegments;
}

/** Units of the segment being filled: a single message's size up to one segment, a part's size beyond. */
export function unitsPerSegment(encoding: SmsEncoding, segments: number): number {
  const limits = SEGMENT_LIMITS[encoding];
  return segments <= 1 ? limits.single : limits.multi;
}

/** Septets a character takes in GSM-7: 1 (basic), 2 (extension), or null (not GSM-7). */
export function gsm7Septets(char: string): 1 | 2 | null {
  if (GSM7_BASIC_CODES.has(char)) return 1;
  if (GSM7_EXTENSION.has(char)) return 2;
  return null;
}

export function detectEncoding(body: string): SmsEncoding {
  for (const char of body) if (gsm7Septets(char) === null) return 'ucs2';
  return 'gsm7';
}

/** The characters that force UCS-2, each once, in order of appearance (for the editor). */
export function nonGsmCharacters(body: string): string[] {
  const seen = new Set<string>();
  for (const char of body) if (gsm7Septets(char) === null) seen.add(char);
  return [...seen];
}

export type SmsAnalysis = {
  encoding: SmsEncoding;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  units: number;
  segments: number;
  /** Units that still fit in the last segment without adding one. */
  remaining: number;
};

/**
 * Splits a body into the parts it is sent as. A part never ends between an escape and its
 * character, nor between the two halves of a surrogate pair: such a unit moves whole to the
 * next part, which is why a count can exceed `ceil(units / 153)`.
 */
export function splitSegments(body: string, encoding: SmsEncoding = detectEncoding(body)): string[] {
  const limits = SEGMENT_LIMITS[encoding];
  const units = [...body].map((char) => ({ char, size: unitSize(char, encoding) }));
  const total = units.reduce((n, u) => n + u.size, 0);
  if (total === 0) return [];
  if (total <= limits.single) return [body];
  const parts: string[] = [];
  let current = '';
  let used = 0;
  for (const { char, size } of units) {
    if (used + size > limits.multi) {
      parts.push(current);
      current = '';
      used = 0;
    }
    current += char;
    used += size;
  }
  if (current) parts.push(current);
  return parts;
}

export function analyseSms(body: string): SmsAnalysis {
  const encoding = detectEncoding(body);
  const units = [...body].reduce((n, char) => n + unitSize(char, encoding), 0);
  const parts = splitSegments(body, encoding);
  const limits = SEGMENT_LIMITS[encoding];
  const segments = parts.length;
  let remaining: number;
  if (segments <= 1) remaining = limits.single - units;
  else remaining = limits.multi - [...parts.at(-1)!].reduce((n, char) => n + unitSize(char, encoding), 0);
  return { encoding, units, segments, remaining };
}

/** True when the body is not empty and goes in at most `maxSegments` segments. */
export function fitsSegments(body: string, maxSegments: number): boolean {
  const { segments } = analyseSms(body);
  return segments >= 1 && segments <= maxSegments;
}

function unitSize(char: string, encoding: SmsEncoding): number {
  if (encoding === 'ucs2') return char.length; // a code point outside the BMP is 2 UTF-16 units
  return gsm7Septets(char) ?? 1;
}

/** GSM-7 in the default alphabet, one septet per octet (unpacked; data_coding 0). */
export function encodeGsm7(text: string): Buffer {
  const out: number[] = [];
  for (const char of text) {
    const basic = GSM7_BASIC_CODES.get(char);
    if (basic !== undefined) out.push(basic);
    else {
      const ext = GSM7_EXTENSION.get(char);
      if (ext === undefined) throw new Error(`not a GSM-7 character: U+${char.codePointAt(0)!.toString(16)}`);
      out.push(0x1b, ext);
    }
  }
  return Buffer.from(out);
}

export function decodeGsm7(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte === 0x1b && i + 1 < bytes.length) {
      const code = bytes[++i]!;
      const ext = [...GSM7_EXTENSION].find(([, c]) => c === code);
      out += ext ? ext[0] : ' ';
    } else out += GSM7_BASIC[byte] ?? ' ';
  }
  return out;
}

/** UCS-2 as sent on the wire: UTF-16 big-endian (data_coding 8). */
export function encodeUcs2(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) {
    const a = le[i]!;
    le[i] = le[i + 1]!;
    le[i + 1] = a;
  }
  return le;
}

export function decodeUcs2(bytes: Uint8Array): string {
  const copy = Buffer.from(bytes);
  for (let i = 0; i + 1 < copy.length; i += 2) {
    const a = copy[i]!;
    copy[i] = copy[i + 1]!;
    copy[i + 1] = a;
  }
  return copy.toString('utf16le');
}

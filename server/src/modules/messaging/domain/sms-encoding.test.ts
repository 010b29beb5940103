import { describe, expect, it } from 'vitest';
import {
  analyseSms,
  decodeGsm7,
  decodeUcs2,
  detectEncoding,
  encodeGsm7,
  encodeUcs2,
  fitsSegments,
  nonGsmCharacters,
  segmentAllowance,
  splitSegments,
  unitsPerSegment,
} from './sms-encoding.ts';

const arabic70 = 'ع'.repeat(70);

describe('detectEncoding', () => {
  it.each([
    ['plain Latin', 'Your installment is due', 'gsm7'],
    ['GSM basic accents', 'Café à Zürich ÄÖÑÜ§¿', 'gsm7'],
    ['extension characters', '^{}\\[~]|€', 'gsm7'],
    ['form feed (extension)', 'a\fb', 'gsm7'],
    ['newline and carriage return', 'a\r\nb', 'gsm7'],
    ['empty body', '', 'gsm7'],
    ['one curly apostrophe', 'Don’t forget', 'ucs2'],
    ['one en dash', 'Mon – Fri', 'ucs2'],
    ['Arabic', 'عميلنا العزيز', 'ucs2'],
    ['Arabic-Indic digits', '٥ أيام', 'ucs2'],
    ['emoji', 'Thanks 🙏', 'ucs2'],
    ['the escape character itself is not text', 'a\u001bb', 'ucs2'],
    ['lower-case ç is not in the default table', 'façade', 'ucs2'],
  ])('%s → %s', (_name, body, expected) => {
    expect(detectEncoding(body)).toBe(expected);
  });

  it('names the characters that force UCS-2, once each', () => {
    expect(nonGsmCharacters('Don’t – don’t')).toEqual(['’', '–']);
  });
});

describe('analyseSms: segments', () => {
  it.each([
    ['empty', '', 'gsm7', 0, 0],
    ['GSM-7 160 septets: one segment', 'a'.repeat(160), 'gsm7', 160, 1],
    ['GSM-7 161 septets: two segments of 153', 'a'.repeat(161), 'gsm7', 161, 2],
    ['GSM-7 306 septets: two segments', 'a'.repeat(306), 'gsm7', 306, 2],
    ['GSM-7 307 septets: three segments', 'a'.repeat(307), 'gsm7', 307, 3],
    ['80 extension characters = 160 septets: one segment', '€'.repeat(80), 'gsm7', 160, 1],
    ['159 + one extension = 161 septets: two segments', `${'a'.repeat(159)}€`, 'gsm7', 161, 2],
    ['UCS-2 70 units: one segment', arabic70, 'ucs2', 70, 1],
    ['UCS-2 71 units: two segments of 67', `${arabic70}ع`, 'ucs2', 71, 2],
    ['UCS-2 134 units: two segments', 'ع'.repeat(134), 'ucs2', 134, 2],
    ['UCS-2 135 units: three segments', 'ع'.repeat(135), 'ucs2', 135, 3],
    ['an emoji counts 2 units: 68 + emoji = 70', `${'ع'.repeat(68)}🙂`, 'ucs2', 70, 1],
    ['69 + emoji = 71 units: two segments', `${'ع'.repeat(69)}🙂`, 'ucs2', 71, 2],
    ['Latin with one ’ is counted as UCS-2 (71 → 2 segments)', `${'a'.repeat(70)}’`, 'ucs2', 71, 2],
  ])('%s', (_name, body, encoding, units, segments) => {
    expect(analyseSms(body)).toMatchObject({ encoding, units, segments });
  });

  it('never splits an escape pair: the extension character moves to the next segment', () => {
    // 152 septets, then € (2 septets) would straddle 153: it starts the second part.
    const body = `${'a'.repeat(152)}€${'b'.repeat(10)}`;
    const parts = splitSegments(body);
    expect(parts).toEqual(['a'.repeat(152), `€${'b'.repeat(10)}`]);
    expect(analyseSms(body).segments).toBe(2);
  });

  it('never splits a surrogate pair: the emoji moves to the next segment', () => {
    const body = `${'ع'.repeat(66)}🙂${'ع'.repeat(10)}`;
    const parts = splitSegments(body);
    expect(parts[0]).toBe('ع'.repeat(66));
    expect(parts[1]!.startsWith('🙂')).toBe(true);
    expect(parts.join('')).toBe(body);
  });

  it('a boundary straddle can add a segment beyond ceil(units / 67)', () => {
    // 134 units would be 2 segments of 67, but an emoji at 66–67 pushes it to 3.
    const body = `${'ع'.repeat(66)}🙂${'ع'.repeat(66)}`;
    expect(analyseSms(body)).toMatchObject({ units: 134, segments: 3 });
  });

  it('reports the room left in the last segment', () => {
    expect(analyseSms('ع'.repeat(60)).remaining).toBe(10);
    expect(analyseSms('a'.repeat(200)).remaining).toBe(153 - 47);
  });
});

describe('fitsSegments', () => {
  it.each([
    ['70 Arabic characters in 1', arabic70, 1, true],
    ['71 Arabic characters in 1', `${arabic70}ع`, 1, false],
    ['71 Arabic characters in 2', `${arabic70}ع`, 2, true],
    ['160 GSM-7 in 1', 'x'.repeat(160), 1, true],
    ['an empty body never fits', '', 1, false],
  ])('%s → %s', (_name, body, max, expected) => {
    expect(fitsSegments(body, max)).toBe(expected);
  });
});

describe('wire encodings', () => {
  it('GSM-7 default alphabet: basic codes and ESC for extensions', () => {
    expect([...encodeGsm7('@A€{')]).toEqual([0x00, 0x41, 0x1b, 0x65, 0x1b, 0x28]);
    expect(decodeGsm7(encodeGsm7('Hello {world} €5 ÄÖ'))).toBe('Hello {world} €5 ÄÖ');
  });

  it('refuses to encode a character that is not GSM-7', () => {
    expect(() => encodeGsm7('’')).toThrow(/not a GSM-7/);
  });

  it('UCS-2 is UTF-16 big-endian, a surrogate pair kept whole', () => {
    expect([...encodeUcs2('ع')]).toEqual([0x06, 0x39]);
    expect(encodeUcs2('🙂').length).toBe(4);
    expect(decodeUcs2(encodeUcs2('مرحبا 🙂'))).toBe('مرحبا 🙂');
  });
});

describe('segment sizes as the editor shows them', () => {
  it.each([
    ['UCS-2 in one segment', 'ucs2', 1, 70],
    ['UCS-2 in two: two parts of 67', 'ucs2', 2, 134],
    ['GSM-7 in one segment', 'gsm7', 1, 160],
    ['GSM-7 in three: three parts of 153', 'gsm7', 3, 459],
  ] as const)('%s: %s in %i segment(s) holds %i units', (_, encoding, maxSegments, units) => {
    expect(segmentAllowance(encoding, maxSegments)).toBe(units);
  });

  it.each([
    ['an empty UCS-2 message fills a single segment', 'ucs2', 0, 70],
    ['a one-segment UCS-2 message', 'ucs2', 1, 70],
    ['a part of a concatenated UCS-2 message', 'ucs2', 2, 67],
    ['a one-segment GSM-7 message', 'gsm7', 1, 160],
    ['a part of a concatenated GSM-7 message', 'gsm7', 4, 153],
  ] as const)('%s: %s at %i segment(s) → %i', (_, encoding, segments, size) => {
    expect(unitsPerSegment(encoding, segments)).toBe(size);
  });
});

import { describe, expect, it } from 'vitest';
import { allowance, describeCharacter, groupNonGsm, segmentSize } from './sms-limits';

describe('SMS limits as the editor shows them', () => {
  it.each([
    ['ucs2', 1, 70],
    ['ucs2', 2, 134],
    ['gsm7', 1, 160],
    ['gsm7', 3, 459],
  ] as const)('%s in %i segment(s) holds %i units', (encoding, segments, units) => {
    expect(allowance(encoding, segments)).toBe(units);
  });

  it('a segment of a concatenated message is smaller than a single one', () => {
    expect(segmentSize('ucs2', 1)).toBe(70);
    expect(segmentSize('ucs2', 2)).toBe(67);
    expect(segmentSize('gsm7', 2)).toBe(153);
  });

  it('shows visible characters as they are and invisible ones by code point', () => {
    expect(describeCharacter('’')).toBe('’');
    expect(describeCharacter('ع')).toBe('ع');
    expect(describeCharacter('\u00a0')).toBe('U+00A0');
    expect(describeCharacter('\u200f')).toBe('U+200F');
  });

  it('groups Arabic letters and marks, and names every other culprit', () => {
    expect(groupNonGsm(['ع', 'ً', '’', '،', '–'])).toEqual({ arabic: true, others: ['’', '–'] });
    expect(groupNonGsm(['’'])).toEqual({ arabic: false, others: ['’'] });
    expect(groupNonGsm([])).toEqual({ arabic: false, others: [] });
  });
});

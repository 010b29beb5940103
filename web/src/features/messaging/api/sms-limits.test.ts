import { describe, expect, it } from 'vitest';
import { describeCharacter, groupNonGsm } from './sms-limits';

describe('the characters that forced UCS-2, as the editor shows them', () => {
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

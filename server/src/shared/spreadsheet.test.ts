import { describe, expect, it } from 'vitest';
import { csvLine, neutralizeFormula } from './spreadsheet.ts';

describe('neutralizeFormula', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
    ['+966551234567', `'+966551234567`],
    ['-5', `'-5`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1+1', `'\t=1+1`],
    ['محمد', 'محمد'],
    ['C000123', 'C000123'],
    ['', ''],
  ])('%s', (value, expected) => expect(neutralizeFormula(value)).toBe(expected));
});

describe('csvLine', () => {
  it('quotes commas, quotes and newlines and neutralises formulas', () => {
    expect(csvLine(['a,b', 'say "hi"', 'line\nbreak', '=1+1', 5, null])).toBe(
      `"a,b","say ""hi""","line\nbreak",'=1+1,5,\r\n`,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { parseTypedNumber, toLatinDigits } from './numbers';

describe('numbers as people type them', () => {
  it.each([
    ['Latin digits', '1500', 1500],
    ['Arabic-Indic digits (the promise amount of issue 11)', '١٥٠٠', 1500],
    ['Eastern Arabic-Indic digits (Persian/Urdu keyboards)', '۱۵۰۰', 1500],
    ['Arabic decimal sign', '١٢٥٠٫٥', 1250.5],
    ['Arabic thousands separator', '١٬٢٥٠', 1250],
    ['comma thousands with a point', '7,500.25', 7500.25],
    ['spaces around', '  300 ', 300],
    ['a negative number', '-2', -2],
    ['mixed digit sets', '1٥0', 150],
  ])('%s: %s → %d', (_name, text, value) => {
    expect(parseTypedNumber(text)).toBe(value);
  });

  it.each([
    ['empty', ''],
    ['letters', 'abc'],
    ['two points', '1.2.3'],
    ['European grouping', '7.500,00'],
    ['thousands not in threes', '1,50'],
    ['a lone sign', '-'],
  ])('%s (%s) is not a number', (_name, text) => {
    expect(parseTypedNumber(text)).toBeNull();
  });

  it('turns every digit and sign to Latin, leaving other text alone', () => {
    expect(toLatinDigits('الساعة ٠٩:٣٠، ١٬٠٠٠٫٥')).toBe('الساعة 09:30، 1,000.5');
  });
});

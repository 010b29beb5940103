import { describe, expect, it } from 'vitest';
import { normalizeArabic } from './arabic-normalize.ts';

describe('normalizeArabic', () => {
  it.each([
    ['hamza above alef', 'أحمد', 'احمد'],
    ['hamza below alef', 'إبراهيم', 'ابراهيم'],
    ['madda alef', 'آمنة', 'امنه'],
    ['taa marbuta', 'فاطمة', 'فاطمه'],
    ['alef maqsura', 'مصطفى', 'مصطفي'],
    ['diacritics', 'مُحَمَّد', 'محمد'],
    ['tatweel', 'محـــمد', 'محمد'],
    ['hamza on waw', 'مؤمن', 'مومن'],
    ['hamza on yaa', 'هانئ', 'هاني'],
    ['Arabic-Indic digits', 'عميل ١٢٣', 'عميل 123'],
    ['Persian digits', '۰۵۵', '055'],
    ['Latin folds case', 'Ahmed AL-Harbi', 'ahmed al-harbi'],
    ['spaces collapse', '  عبد   الله ', 'عبد الله'],
    ['presentation forms fold (NFKC)', 'ﻣﺤﻤﺪ', 'محمد'],
  ])('%s', (_name, input, expected) => expect(normalizeArabic(input)).toBe(expected));

  it('makes a misspelt hamza and a taa marbuta find the same name', () => {
    expect(normalizeArabic('اسامة الزهراني')).toBe(normalizeArabic('أسامه الزّهراني'));
  });
});

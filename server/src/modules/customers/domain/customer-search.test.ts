import { describe, expect, it } from 'vitest';
import { normalizeArabic } from './arabic-normalize.ts';
import { exactTermsOf, nameVariants, searchTermsOf } from './customer-search.ts';

describe('nameVariants', () => {
  it.each([
    ['a compound written apart is also looked for joined', 'عبد الله', ['عبد الله', 'عبدالله']],
    ['a compound written joined is also looked for apart', 'عبدالله', ['عبدالله', 'عبد الله']],
    ['inside a longer name', 'محمد عبدالله', ['محمد عبدالله', 'محمد عبد الله']],
    ['abu with the next word', 'ابو بكر', ['ابو بكر', 'ابوبكر']],
    ['abu joined', 'ابوبكر', ['ابوبكر', 'ابو بكر']],
    ['a space before al- may be missing', 'نور الدين', ['نور الدين', 'نورالدين']],
    ['a plain name has one spelling', 'سارة القحطاني', ['ساره القحطاني', 'سارهالقحطاني']],
    ['one word', 'خالد', ['خالد']],
    ['a short word starting like abd is not split', 'عبده', ['عبده']],
    ['Latin names are left alone', 'ahmed al-harbi', ['ahmed al-harbi']],
    ['empty', '', []],
  ])('%s', (_name, typed, expected) => expect(nameVariants(normalizeArabic(typed))).toEqual(expected));

  it('never yields more than eight spellings', () => {
    expect(nameVariants(normalizeArabic('عبد الله عبد الرحمن عبد العزيز عبد الكريم')).length).toBeLessThanOrEqual(8);
  });
});

describe('searchTermsOf', () => {
  it.each([
    ['a customer number', 'ux000123', { code: 'UX000123', phoneDigits: null, e164: null }],
    ['a customer number prefix', 'UX000', { code: 'UX000', phoneDigits: null }],
    ['four digits: part of a number or a phone', '7202', { code: '7202', phoneDigits: '7202', e164: null }],
    ['Arabic-Indic digits', '٧٢٠٢', { code: '7202', phoneDigits: '7202' }],
    ['three digits are too few for a phone', '720', { code: '720', phoneDigits: null }],
    ['a national mobile', '055 123 4567', { e164: '+966551234567', phoneDigits: '551234567', code: null }],
    ['an international mobile', '+966551234567', { e164: '+966551234567', phoneDigits: '966551234567' }],
    ['a name is not a code', 'عبد الله', { code: null, phoneDigits: null, e164: null }],
  ])('%s', (_name, typed, expected) => expect(searchTermsOf(typed, 'SA')).toMatchObject(expected));
});

describe('exactTermsOf (a caller found when taking a call: no browsing by parts)', () => {
  it.each([
    ['a customer number stays whole', 'UX0001', { raw: 'UX0001', code: null, phoneDigits: null, names: [] }],
    ['a whole phone', '0551234567', { e164: '+966551234567', phoneDigits: null, code: null }],
    ['a name finds nothing by name', 'عبد الله', { names: [], e164: null }],
    ['digits are not a run to search inside numbers', '7202', { code: null, phoneDigits: null }],
  ])('%s', (_name, typed, expected) => expect(exactTermsOf(typed, 'SA')).toMatchObject(expected));
});

import { describe, expect, it } from 'vitest';
import { withGreeting } from './customer-mail.ts';

describe('withGreeting', () => {
  it.each([
    ['no greeting: one is added with the name', 'سيصلك الطرد غدًا.', 'منى', 'عميلنا العزيز منى،\n\nسيصلك الطرد غدًا.'],
    ['no greeting and no name', 'سيصلك الطرد غدًا.', null, 'عميلنا العزيز،\n\nسيصلك الطرد غدًا.'],
    [
      'the agent greets: kept as written',
      'عميلنا العزيز،\nسيصلك الطرد غدًا.',
      'منى',
      'عميلنا العزيز،\nسيصلك الطرد غدًا.',
    ],
    ['with diacritics and hamza', 'عزيزتي مُنى، تم الحل.', 'منى', 'عزيزتي مُنى، تم الحل.'],
    ['salaam', 'السلام عليكم ورحمة الله، تم الحل.', 'منى', 'السلام عليكم ورحمة الله، تم الحل.'],
    ['marhaban with hamza', 'مرحبًا، تم الحل.', 'منى', 'مرحبًا، تم الحل.'],
    ['the customer name first', 'منى الشهري، تم الحل.', 'منى الشهري', 'منى الشهري، تم الحل.'],
    ['English', 'Dear Mona, it is done.', 'Mona', 'Dear Mona, it is done.'],
    ['leading spaces are trimmed', '  تم الحل.  ', 'منى', 'عميلنا العزيز منى،\n\nتم الحل.'],
    [
      'a word that only begins like a greeting is not one',
      'عزيز علينا تأخر طردك.',
      'منى',
      'عميلنا العزيز منى،\n\nعزيز علينا تأخر طردك.',
    ],
  ])('%s', (_name, body, name, expected) => expect(withGreeting(body, name)).toBe(expected));
});

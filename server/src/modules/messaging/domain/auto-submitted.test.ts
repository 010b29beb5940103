import { describe, expect, it } from 'vitest';
import { autoSubmittedOf, mayAutoReply } from './auto-submitted.ts';

describe('autoSubmittedOf / mayAutoReply', () => {
  it.each([
    ['a person writing (no header)', {}, null, true],
    ['Auto-Submitted: no', { 'auto-submitted': 'no' }, 'no', true],
    ['an out-of-office auto-reply', { 'auto-submitted': 'auto-replied' }, 'auto-replied', false],
    ['a generated notice', { 'auto-submitted': 'auto-generated' }, 'auto-generated', false],
    [
      'a value with parameters and case',
      { 'auto-submitted': 'Auto-Replied; owner-email="x@y"' },
      'auto-replied',
      false,
    ],
    ['an unknown keyword is still automatic', { 'auto-submitted': 'auto-notified' }, 'auto-notified', false],
    ['an old responder (X-Autoreply)', { 'x-autoreply': 'yes' }, 'auto-replied', false],
    ['a mailing list (Precedence: list)', { precedence: 'list' }, 'precedence-list', false],
    ['Precedence: bulk', { precedence: 'Bulk' }, 'precedence-bulk', false],
    ['Precedence: first-class is a person', { precedence: 'first-class' }, null, true],
  ] as const)('%s', (_name, headers, expected, may) => {
    const found = autoSubmittedOf((name) => (headers as Record<string, string>)[name]);
    expect(found).toBe(expected);
    expect(mayAutoReply(found)).toBe(may);
  });
});

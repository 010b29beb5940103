import { describe, expect, it } from 'vitest';
import { acceptsReport, parseSmppReceiptText, statusFromMessageState } from './delivery-status.ts';
import { nextAttempt } from './retry-policy.ts';

describe('parseSmppReceiptText', () => {
  it.each([
    [
      'delivered',
      'id:ab12 sub:001 dlvrd:001 submit date:2612011200 done date:2612011201 stat:DELIVRD err:000 text:',
      { id: 'ab12', status: 'delivered' },
    ],
    ['expired', 'id:7 sub:001 dlvrd:000 stat:EXPIRED err:000', { id: '7', status: 'expired' }],
    ['undeliverable with an error code', 'id:7 stat:UNDELIV err:034', { id: '7', status: 'failed', error: '034' }],
    ['rejected', 'id:7 stat:REJECTD err:001', { id: '7', status: 'rejected', error: '001' }],
    ['accepted (not final)', 'id:7 stat:ACCEPTD', { id: '7', status: 'sent' }],
    ['lower-case keys', 'ID:9 STAT:delivrd', { id: '9', status: 'delivered' }],
  ])('%s', (_name, text, expected) => {
    expect(parseSmppReceiptText(text)).toEqual(expected);
  });

  it.each([
    ['no id', 'stat:DELIVRD'],
    ['no stat', 'id:7 sub:001'],
    ['an unknown stat', 'id:7 stat:WHATEVER'],
    ['free text', 'hello'],
  ])('ignores %s', (_name, text) => {
    expect(parseSmppReceiptText(text)).toBeUndefined();
  });

  it('maps message_state TLV values', () => {
    expect([2, 3, 5, 8, 7].map(statusFromMessageState)).toEqual([
      'delivered',
      'expired',
      'failed',
      'rejected',
      undefined,
    ]);
  });
});

describe('acceptsReport', () => {
  it.each([
    ['sent → delivered', 'sent', 'delivered', true],
    ['sending → delivered (receipt before the ack was written)', 'sending', 'delivered', true],
    ['delivered → delivered (duplicate receipt)', 'delivered', 'delivered', false],
    ['delivered → failed (late contradicting report)', 'delivered', 'failed', false],
    ['sent → sent', 'sent', 'sent', false],
    ['queued → delivered', 'queued', 'delivered', true],
  ] as const)('%s: %s', (_name, current, next, expected) => {
    expect(acceptsReport(current, next)).toBe(expected);
  });
});

describe('nextAttempt', () => {
  const policy = { maxAttempts: 4, baseDelayMs: 1000, maxDelayMs: 5000 };
  it.each([
    ['first temporary failure: base delay', 1, true, 'temporary', { retry: true, delayMs: 1000 }],
    ['second: doubled', 2, true, 'temporary', { retry: true, delayMs: 2000 }],
    ['third: capped at the maximum', 3, true, 'temporary', { retry: true, delayMs: 4000 }],
    ['the last attempt: no retry', 4, true, 'temporary', { retry: false }],
    ['not retryable (auth)', 1, false, 'auth', { retry: false }],
    ['rate limited: at least the cap of a minute', 1, true, 'rate_limited', { retry: true, delayMs: 5000 }],
  ])('%s', (_name, attempts, retryable, errorClass, expected) => {
    expect(nextAttempt(attempts, { retryable, errorClass }, policy)).toEqual(expected);
  });
});

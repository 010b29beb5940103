import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deliveryStatusPart, hardBounces, parseDeliveryStatus } from './dsn.ts';

const report = (recipient: string) => `Reporting-MTA: dns; mail.tawasul.example
Arrival-Date: Wed,  2 Dec 2026 12:04:50 +0300 (+03)

${recipient}`;

describe('parseDeliveryStatus / hardBounces', () => {
  it.each([
    [
      'a permanent failure (5.1.1) is a hard bounce',
      'Final-Recipient: rfc822; sara@example.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown',
      ['sara@example.com'],
    ],
    ['a delay (4.4.1) is not', 'Final-Recipient: rfc822; sara@example.com\nAction: delayed\nStatus: 4.4.1', []],
    [
      'a temporary failure (4.2.2, mailbox full) is not',
      'Final-Recipient: rfc822; sara@example.com\nAction: failed\nStatus: 4.2.2',
      [],
    ],
    [
      'a delivery report (2.0.0) is not',
      'Final-Recipient: rfc822; sara@example.com\nAction: delivered\nStatus: 2.0.0',
      [],
    ],
    [
      'the original recipient wins over an alias expansion',
      'Final-Recipient: rfc822; box7@mx.example.com\nOriginal-Recipient: rfc822;Sara@Example.com\nAction: failed\nStatus: 5.2.1',
      ['sara@example.com'],
    ],
    [
      'two recipients, one failed',
      'Final-Recipient: rfc822; a@example.com\nAction: failed\nStatus: 5.0.0\n\nFinal-Recipient: rfc822; b@example.com\nAction: delivered\nStatus: 2.0.0',
      ['a@example.com'],
    ],
    ['a non-mail address type is skipped', 'Final-Recipient: x400; /C=SA/\nAction: failed\nStatus: 5.0.0', []],
    ['no recipient field at all', 'Action: failed\nStatus: 5.0.0', []],
  ])('%s', (_name, block, addresses) => {
    expect(hardBounces(report(block)).map((r) => r.address)).toEqual(addresses);
  });

  it('reads folded fields and CRLF line ends', () => {
    const [r] = parseDeliveryStatus(
      'Final-Recipient: rfc822; sara@example.com\r\nAction: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1\r\n    User unknown\r\n',
    );
    expect(r).toEqual({
      address: 'sara@example.com',
      action: 'failed',
      status: '5.1.1',
      diagnostic: 'smtp; 550 5.1.1 User unknown',
    });
  });

  it('finds the bounced address in a Postfix bounce', () => {
    const eml = readFileSync(new URL('../testing/fixtures/postfix-bounce.eml', import.meta.url), 'utf8');
    const part = deliveryStatusPart(eml, '4Kx2Zp0Jv1z9sWm.1764666291/mail.tawasul.example')!;
    expect(hardBounces(part)).toEqual([
      {
        address: 'no.such.user@customer-mail.example',
        action: 'failed',
        status: '5.1.1',
        diagnostic:
          'smtp; 550 5.1.1 <No.Such.User@customer-mail.example>: Recipient address rejected: User unknown in virtual mailbox table',
      },
    ]);
  });

  it('reads a base64 delivery-status part, and finds none in a report without one', () => {
    const body = Buffer.from('Final-Recipient: rfc822; a@example.com\nAction: failed\nStatus: 5.1.1\n').toString(
      'base64',
    );
    const raw = `--b\r\nContent-Type: text/plain\r\n\r\nhi\r\n--b\r\nContent-Type: message/delivery-status\r\nContent-Transfer-Encoding: base64\r\n\r\n${body}\r\n--b--\r\n`;
    expect(hardBounces(deliveryStatusPart(raw, 'b')!).map((r) => r.address)).toEqual(['a@example.com']);
    expect(deliveryStatusPart('--b\nContent-Type: text/plain\n\nhi\n--b--', 'b')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { channelReach, type ReachContact, type ReachPhone } from './reach.ts';

const phone = (kind: string, e164: string | null, extra: Partial<ReachPhone> = {}): ReachPhone => ({
  kind,
  e164,
  valid: e164 !== null,
  numberType: kind === 'mobile' ? 'mobile' : 'fixed_line',
  wrong: false,
  ...extra,
});
const contact = (extra: Partial<ReachContact> = {}): ReachContact => ({
  smsOptOut: false,
  doNotCall: false,
  phones: [],
  emails: [],
  ...extra,
});

describe('channelReach', () => {
  const cases: Array<[string, ReachContact, string, unknown]> = [
    [
      'phone: mobile first, then landline, work, home; duplicates once',
      contact({
        phones: [
          phone('home', '+966114000004'),
          phone('landline', '+966114000001'),
          phone('mobile', '+966551234567'),
          phone('work', '+966551234567'),
        ],
      }),
      'phone',
      { phones: ['+966551234567', '+966114000001', '+966114000004'], excluded: null },
    ],
    [
      'phone: do-not-call is left out',
      contact({ doNotCall: true, phones: [phone('mobile', '+966551234567')] }),
      'phone',
      { phones: [], excluded: 'do_not_call' },
    ],
    [
      'phone: a wrong or invalid number is skipped; a fax never dialled',
      contact({
        phones: [
          phone('mobile', '+966551234567', { wrong: true }),
          phone('landline', null),
          phone('fax', '+966114000009'),
        ],
      }),
      'phone',
      { phones: [], excluded: 'no_usable_number' },
    ],
    [
      'sms: the valid mobile',
      contact({ phones: [phone('landline', '+966114000001'), phone('mobile', '+966551234567')] }),
      'sms',
      { phones: ['+966551234567'], excluded: null },
    ],
    [
      'sms: opted out',
      contact({ smsOptOut: true, phones: [phone('mobile', '+966551234567')] }),
      'sms',
      { phones: [], excluded: 'sms_opt_out' },
    ],
    [
      'sms: a landline in the mobile column is no mobile',
      contact({ phones: [phone('mobile', '+966114000001', { numberType: 'fixed_line' })] }),
      'sms',
      { phones: [], excluded: 'no_valid_mobile' },
    ],
    [
      'sms: do-not-call does not stop a message',
      contact({ doNotCall: true, phones: [phone('mobile', '+966551234567')] }),
      'sms',
      { phones: ['+966551234567'], excluded: null },
    ],
    ['email: an address', contact({ emails: [' Sara@Example.com '] }), 'email', { phones: [], excluded: null }],
    ['email: none', contact({ emails: ['not-an-address'] }), 'email', { phones: [], excluded: 'no_email' }],
  ];
  it.each(cases)('%s', (_name, c, channel, expected) => expect(channelReach(c, channel)).toEqual(expected));

  it('email: every address unsubscribed is left out, one still subscribed is kept', () => {
    const unsubscribed = (a: string) => a === 'a@x.sa';
    expect(channelReach(contact({ emails: ['A@x.sa'] }), 'email', { unsubscribed })).toEqual({
      phones: [],
      excluded: 'unsubscribed',
    });
    expect(channelReach(contact({ emails: ['a@x.sa', 'b@x.sa'] }), 'email', { unsubscribed }).excluded).toBeNull();
  });
});

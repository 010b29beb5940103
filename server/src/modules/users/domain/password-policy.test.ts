import { describe, expect, it } from 'vitest';
import { passwordProblems } from './password-policy.ts';

describe('passwordProblems', () => {
  const cases: Array<[string, string, string, string[]]> = [
    ['a good passphrase', 'sara', 'نخلة-الرياض-2026', []],
    ['exactly the minimum length', 'sara', 'k9#mQ2vL!x', []],
    ['one below the minimum', 'sara', 'k9#mQ2vL!', ['too_short']],
    ['Arabic letters count as characters, not bytes', 'sara', 'كلمةمرورج', ['too_short']],
    ['the username inside', 'khalid', 'my-khalid-2026', ['contains_username']],
    ['the username in another case', 'Khalid', 'KHALID-is-here', ['contains_username']],
    ['the username reversed', 'khalid', 'dilahk-2026!', ['contains_username']],
    ['a short username is not searched for', 'ab', 'xxab-secure-99', []],
    ['a well-known password', 'sara', 'Password123', ['too_common']],
    ['the published demo password', 'sara', 'Tawasul-Demo-2026', ['too_common']],
    ['the demo password in another case', 'sara', 'TAWASUL-DEMO-2026', ['too_common']],
    ['a leaked password from the shipped list', 'sara', 'Qwerty123456', ['too_common']],
    ['another leaked one', 'sara', 'manchester', ['too_common']],
    ['the username itself', 'khalid.s', 'Khalid.S', ['too_short', 'contains_username']],
    ['a long username as the whole password', 'khalid.saeed', 'khalid.saeed', ['contains_username']],
    ['one character repeated', 'sara', 'aaaaaaaaaaaa', ['single_character']],
    ['10,000 characters', 'sara', 'x1'.repeat(5000), ['too_long']],
    ['exactly the maximum', 'sara', 'ab1'.repeat(85) + 'z', []],
  ];
  it.each(cases)('%s', (_name, username, password, expected) => {
    expect(passwordProblems(password, username)).toEqual(expected);
  });

  it('lets the demo loader use the published demo password, and only that one', () => {
    expect(passwordProblems('Tawasul-Demo-2026', 'agent1', { allowed: 'Tawasul-Demo-2026' })).toEqual([]);
    expect(passwordProblems('manchester', 'agent1', { allowed: 'Tawasul-Demo-2026' })).toEqual(['too_common']);
  });
});

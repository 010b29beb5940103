import { describe, expect, it } from 'vitest';
import { actorOf } from './actor';

describe('actorOf', () => {
  it.each([
    ['a user with a display name', 'manager1', 'منيرة المديرة', { kind: 'person', name: 'منيرة المديرة' }],
    ['the demo loader', 'system:demo', null, { kind: 'system' }],
    ['a scheduled job', 'system:schedule', undefined, { kind: 'system' }],
    [
      'an API token (no user row matches)',
      'integ (token:crm)',
      null,
      { kind: 'username', username: 'integ (token:crm)' },
    ],
    ['nobody', null, null, { kind: 'none' }],
    ['an empty name falls back to the label', 'agent1', '', { kind: 'username', username: 'agent1' }],
  ] as const)('%s', (_, by, name, expected) => expect(actorOf(by, name)).toEqual(expected));
});

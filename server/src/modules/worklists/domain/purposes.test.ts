import { describe, expect, it } from 'vitest';
import { mayBuildPurpose, skillForPurpose, visiblePurposes } from './purposes.ts';

describe('skillForPurpose', () => {
  it.each([
    ['marketing', 'marketing'],
    ['survey', 'service'],
    ['followup', 'collections'],
    ['reminder', 'collections'],
    ['thanks', 'collections'],
  ])('%s lists go to %s agents', (purpose, skill) => expect(skillForPurpose(purpose)).toBe(skill));
});

describe('mayBuildPurpose', () => {
  it.each([
    ['marketing', 'marketing', true],
    ['marketing builds no survey list', 'marketing', false, 'survey'],
    ['supervisor', 'supervisor', true, 'survey'],
    ['manager', 'manager', true, 'followup'],
    ['agent never', 'agent', false],
    ['it never', 'it', false],
  ] as Array<[string, string, boolean, string?]>)('%s', (_name, role, allowed, purpose = 'marketing') =>
    expect(mayBuildPurpose(role, purpose)).toBe(allowed),
  );
});

describe('visiblePurposes', () => {
  it('the marketing role sees marketing lists only', () => expect(visiblePurposes('marketing')).toEqual(['marketing']));
  it('a supervisor sees all', () => expect(visiblePurposes('supervisor')).toContain('reminder'));
});

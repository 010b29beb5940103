import { describe, expect, it } from 'vitest';
import { actionNamesAr, actorNameAr } from './audit-names.ts';

describe('actorNameAr', () => {
  it.each([
    ['a person by name', 'agent1', 'منى', 'منى'],
    ['a known system actor', 'system:data-correction', null, 'النظام (تصحيح البيانات)'],
    ['an unknown system actor keeps its code', 'system:nightly', null, 'النظام (nightly)'],
    ['an API token as recorded', 'token:erp', null, 'token:erp'],
  ])('%s', (_name, label, display, expected) => expect(actorNameAr(label, display)).toBe(expected));

  it('names the audit export itself', () => expect(actionNamesAr['audit.export']).toBe('تصدير سجل التدقيق'));
});

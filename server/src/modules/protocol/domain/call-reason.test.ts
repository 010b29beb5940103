import { describe, expect, it } from 'vitest';
import { reasonOfListPurpose } from './call-reason.ts';

describe('reasonOfListPurpose: an outbound call’s purpose and greeting reason from its work list', () => {
  it.each([
    ['a reminder list', 'reminder', 'reminder', 'موعد استحقاق القسط القادم'],
    [
      'a follow-up list (the list says followup, the scripts follow_up)',
      'followup',
      'follow_up',
      'القسط المستحق الذي لم يُسدَّد بعد',
    ],
    ['a thanks list', 'thanks', 'thanks', 'شكركم على سداد القسط'],
    ['a marketing list', 'marketing', 'marketing', 'عرض جديد يهمّكم'],
    ['a survey list', 'survey', 'survey', 'رأيكم في خدماتنا'],
  ])('%s', (_name, listPurpose, purpose, reason) => {
    expect(reasonOfListPurpose(listPurpose)).toEqual({ purpose, reason });
  });

  it.each([
    ['no work item', null],
    ['an unknown purpose', 'inquiry'],
    ['an inherited property name', 'constructor'],
  ])('%s: none', (_name, listPurpose) => {
    expect(reasonOfListPurpose(listPurpose)).toBeNull();
  });
});

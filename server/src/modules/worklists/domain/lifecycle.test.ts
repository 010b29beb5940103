import { describe, expect, it } from 'vitest';
import { lifecycleStep, listActions, listStatuses, type ListAction, type ListStatus } from './lifecycle.ts';

// Every status × every action: the whole table, so that a new status or action must be decided.
const table: Record<ListStatus, Record<ListAction, string>> = {
  draft: {
    approve: 'approved',
    distribute: '!list_not_approved',
    send: '!list_not_approved',
    sign_off: '!list_not_approved',
    discard: 'deleted',
  },
  approved: {
    approve: '!list_already_approved',
    distribute: 'distributed',
    send: 'in_progress',
    sign_off: 'signed_off',
    discard: '!list_not_draft',
  },
  distributed: {
    approve: '!list_already_approved',
    distribute: 'distributed',
    send: 'in_progress',
    sign_off: 'signed_off',
    discard: '!list_not_draft',
  },
  in_progress: {
    approve: '!list_already_approved',
    distribute: 'in_progress',
    send: 'in_progress',
    sign_off: 'signed_off',
    discard: '!list_not_draft',
  },
  completed: {
    approve: '!list_already_approved',
    distribute: 'completed',
    send: 'in_progress',
    sign_off: 'signed_off',
    discard: '!list_not_draft',
  },
  signed_off: {
    approve: '!list_signed_off',
    distribute: '!list_signed_off',
    send: '!list_signed_off',
    sign_off: '!list_signed_off',
    discard: '!list_not_draft',
  },
};

describe('lifecycleStep', () => {
  const cases = listStatuses.flatMap((status) => listActions.map((action) => [status, action] as const));
  it.each(cases)('%s + %s', (status, action) => {
    const expected = table[status][action];
    const step = lifecycleStep(status, action);
    if (expected.startsWith('!')) expect(step).toEqual({ ok: false, refusal: expected.slice(1) });
    else expect(step).toEqual({ ok: true, to: expected });
  });

  it('names edge cases: a draft is never distributed or sent, a signed-off list never changes', () => {
    expect(lifecycleStep('draft', 'distribute').ok).toBe(false);
    expect(lifecycleStep('draft', 'send').ok).toBe(false);
    for (const action of listActions) expect(lifecycleStep('signed_off', action).ok).toBe(false);
  });
});

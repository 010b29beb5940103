// The lifecycle of a work list (SPEC L1): draft → approved → distributed → in_progress →
// completed → signed_off, with who and when at each step. The steps a person takes (approve,
// distribute, send, sign off, discard) are checked here; the ones the work itself takes
// (started by the first attempt or message, completed when every item is closed) stay in SQL.

export const listStatuses = ['draft', 'approved', 'distributed', 'in_progress', 'completed', 'signed_off'] as const;
export type ListStatus = (typeof listStatuses)[number];

export const listActions = ['approve', 'distribute', 'send', 'sign_off', 'discard'] as const;
export type ListAction = (typeof listActions)[number];

/** Stable error codes of the catalogue (http/errors.ts) for a refused step. */
export type LifecycleRefusal = 'list_not_approved' | 'list_already_approved' | 'list_signed_off' | 'list_not_draft';

export type LifecycleStep = { ok: true; to: ListStatus | 'deleted' } | { ok: false; refusal: LifecycleRefusal };

const refuse = (refusal: LifecycleRefusal): LifecycleStep => ({ ok: false, refusal });
const to = (status: ListStatus | 'deleted'): LifecycleStep => ({ ok: true, to: status });

/** What `action` does to a list in `status`: its next status, or why it is refused. */
export function lifecycleStep(status: ListStatus, action: ListAction): LifecycleStep {
  if (status === 'signed_off') return refuse(action === 'discard' ? 'list_not_draft' : 'list_signed_off');
  switch (action) {
    case 'approve':
      return status === 'draft' ? to('approved') : refuse('list_already_approved');
    case 'discard':
      return status === 'draft' ? to('deleted') : refuse('list_not_draft');
    case 'distribute':
      // A list already out gets its new unassigned items dealt (moved SMS items) and keeps its step.
      if (status === 'draft') return refuse('list_not_approved');
      return to(status === 'approved' ? 'distributed' : status);
    case 'send':
      if (status === 'draft') return refuse('list_not_approved');
      return to('in_progress');
    case 'sign_off':
      if (status === 'draft') return refuse('list_not_approved');
      return to('signed_off');
  }
}

/** Whether a status is a known one (rows written before a new status would not be). */
export function isListStatus(value: string): value is ListStatus {
  return (listStatuses as readonly string[]).includes(value);
}

/** Who approves a list that a rule produced rather than a person (the collections day). */
export const SYSTEM_APPROVER = 'system:daily-run';

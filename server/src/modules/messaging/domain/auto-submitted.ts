// Automatic mail (RFC 3834): what we send by ourselves says so, and what arrives saying so
// never gets an automatic answer — two auto-responders would otherwise write to each other forever.

/** Our automatic answer to a customer's message (a complaint's acknowledgement). */
export const AUTO_REPLIED = { 'Auto-Submitted': 'auto-replied' } as const;
/** Mail we send by ourselves, not in answer to one (a resolution notice, a scheduled report). */
export const AUTO_GENERATED = { 'Auto-Submitted': 'auto-generated' } as const;

/**
 * How automatic an inbound mail says it is, from its headers (names in lower case): the
 * `Auto-Submitted` value (`auto-replied`, `auto-generated`, `auto-notified` …) or, for senders
 * that predate RFC 3834, `X-Autoreply`/`X-Autorespond` and `Precedence: bulk|junk|list|auto_reply`.
 * `no` (or nothing) is a person writing.
 */
export function autoSubmittedOf(header: (name: string) => string | undefined): string | null {
  const declared = header('auto-submitted')?.split(';')[0]?.trim().toLowerCase();
  if (declared) return declared.slice(0, 100);
  if (header('x-autoreply') || header('x-autorespond')) return 'auto-replied';
  const precedence = header('precedence')?.trim().toLowerCase();
  if (precedence && ['bulk', 'junk', 'list', 'auto_reply'].includes(precedence)) return `precedence-${precedence}`;
  return null;
}

/** Whether an answer to this mail may be sent automatically. */
export function mayAutoReply(autoSubmitted: string | null | undefined): boolean {
  return !autoSubmitted || autoSubmitted === 'no';
}

// One status set for every provider's delivery reports (STYLE: Novu's one enum).

export const deliveryStatuses = ['queued', 'sent', 'delivered', 'failed', 'expired', 'rejected'] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

export const finalStatuses: ReadonlySet<string> = new Set(['delivered', 'failed', 'expired', 'rejected']);

/**
 * Whether a report may move a message from `current` to `next`. Reports arrive twice and out
 * of order: a final status is never replaced, and a report never moves a message backwards.
 */
export function acceptsReport(current: string, next: DeliveryStatus): boolean {
  if (finalStatuses.has(current)) return false;
  if (next === 'queued') return false;
  if (next === 'sent') return current === 'sending';
  return true;
}

/** SMPP receipt `stat:` values (SMPP 3.4 appendix B) and message_state TLV values. */
export function statusFromSmppStat(stat: string): DeliveryStatus | undefined {
  switch (stat.trim().toUpperCase()) {
    case 'DELIVRD':
      return 'delivered';
    case 'EXPIRED':
      return 'expired';
    case 'DELETED':
    case 'UNDELIV':
      return 'failed';
    case 'REJECTD':
      return 'rejected';
    case 'ACCEPTD':
    case 'ENROUTE':
      return 'sent';
    default:
      return undefined;
  }
}

export function statusFromMessageState(state: number): DeliveryStatus | undefined {
  return (
    { 1: 'sent', 2: 'delivered', 3: 'expired', 4: 'failed', 5: 'failed', 6: 'sent', 8: 'rejected' } as Record<
      number,
      DeliveryStatus
    >
  )[state];
}

/** Parses the text of an SMPP delivery receipt: `id:… sub:… dlvrd:… … stat:DELIVRD err:000 text:…`. */
export function parseSmppReceiptText(text: string): { id: string; status: DeliveryStatus; error?: string } | undefined {
  const id = /(?:^|\s)id:(\S+)/i.exec(text)?.[1];
  const stat = /(?:^|\s)stat:(\S+)/i.exec(text)?.[1];
  if (!id || !stat) return undefined;
  const status = statusFromSmppStat(stat);
  if (!status) return undefined;
  const err = /(?:^|\s)err:(\S+)/i.exec(text)?.[1];
  return { id, status, ...(err && err !== '000' ? { error: err } : {}) };
}

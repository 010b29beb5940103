// Delivery-status notifications (RFC 3464): the `message/delivery-status` part of a bounce
// (`multipart/report; report-type=delivery-status`). A recipient whose Action is `failed` with a
// permanent Status (5.x.x) is a hard bounce: the address no longer takes mail. Delays (4.x.x,
// Action `delayed`) and successes are not bounces.

export type DsnRecipient = { address: string; action: string; status: string; diagnostic: string | null };

/** The per-recipient blocks of a delivery-status body. */
export function parseDeliveryStatus(body: string): DsnRecipient[] {
  const blocks = body
    .replace(/\r\n/g, '\n')
    .split(/\n[ \t]*\n/)
    .map(fieldsOf);
  const recipients: DsnRecipient[] = [];
  for (const fields of blocks) {
    // The address we sent to is the original one; the final one may be an alias's expansion.
    const original = fields.get('original-recipient');
    const final = fields.get('final-recipient');
    const address = (original && addressOf(original)) ?? (final && addressOf(final));
    if (!address) continue;
    recipients.push({
      address,
      action: (fields.get('action') ?? '').toLowerCase(),
      status: (/\d\.\d{1,3}\.\d{1,3}/.exec(fields.get('status') ?? '') ?? [''])[0],
      diagnostic: fields.get('diagnostic-code')?.slice(0, 1000) ?? null,
    });
  }
  return recipients;
}

/** The recipients of a DSN that bounced for good. */
export function hardBounces(body: string): DsnRecipient[] {
  return parseDeliveryStatus(body).filter((r) => r.action === 'failed' && r.status.startsWith('5.'));
}

function fieldsOf(block: string): Map<string, string> {
  const fields = new Map<string, string>();
  let last: string | undefined;
  for (const line of block.split('\n')) {
    if (/^[ \t]/.test(line) && last) {
      fields.set(last, `${fields.get(last)} ${line.trim()}`);
      continue;
    }
    const m = /^([A-Za-z0-9-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    last = m[1]!.toLowerCase();
    if (!fields.has(last)) fields.set(last, m[2]!.trim());
  }
  return fields;
}

/** `rfc822; <Nobody@Example.org>` → `nobody@example.org`. */
function addressOf(field: string): string | undefined {
  const [type, ...rest] = field.split(';');
  const value = rest.length ? rest.join(';') : type!;
  if (rest.length && type!.trim().toLowerCase() !== 'rfc822') return undefined;
  const address = value.trim().replace(/^<|>$/g, '').toLowerCase();
  return /^[^\s@<>]+@[^\s@<>]+$/.test(address) ? address : undefined;
}

/**
 * The `message/delivery-status` body of a raw `multipart/report` message with this boundary
 * (mail parsers fold that part into the text), or undefined. Base64 parts are decoded.
 */
export function deliveryStatusPart(raw: string, boundary: string): string | undefined {
  const parts = raw.replace(/\r\n/g, '\n').split(`--${boundary}`);
  for (const part of parts.slice(1)) {
    const split = part.indexOf('\n\n');
    if (split < 0) continue;
    const headers = part.slice(0, split).replace(/\n[ \t]+/g, ' ');
    if (!/^content-type:\s*message\/(global-)?delivery-status/im.test(headers)) continue;
    const body = part.slice(split + 2);
    return /^content-transfer-encoding:\s*base64/im.test(headers)
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : body;
  }
  return undefined;
}

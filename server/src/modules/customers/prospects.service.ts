import { randomBytes } from 'node:crypto';
import type { DbOrTx } from '../../db/client.ts';
import { audit, type Actor } from '../audit/index.ts';
import { normalizeArabic } from './domain/arabic-normalize.ts';
import { parsePhone } from './domain/phone.ts';
import {
  findCustomerContacts,
  findCustomerIdsByNumber,
  insertContactPoint,
  insertCustomer,
  type CustomerContact,
} from './contacts.repository.ts';

export type ProspectInput = {
  name: string;
  phone?: string | undefined;
  email?: string | undefined;
  country: string;
  city?: string | undefined;
};

/**
 * The caller who said they are not a customer yet: found by their number when it is already
 * on file (a prospect who called before, or a customer who did not give their number), else a
 * new prospect (عميل محتمل). A number on more than one record is not guessed at.
 */
export async function findOrCreateProspect(tx: DbOrTx, actor: Actor, p: ProspectInput): Promise<{ id: string }> {
  const e164 = p.phone?.trim() ? parsePhone(p.phone, p.country).e164 : null;
  if (e164) {
    const owners = await findCustomerIdsByNumber(tx, e164, 2);
    if (owners.length === 1) return owners[0]!;
  }
  return createProspect(tx, actor, p);
}

/** A new prospect (عميل محتمل) for a contact from someone not yet a customer. */
async function createProspect(tx: DbOrTx, actor: Actor, p: ProspectInput) {
  const customerNo = `P${new Date().toISOString().slice(0, 10).replace(/-/g, '')}${randomBytes(3).toString('hex').toUpperCase()}`;
  const row = await insertCustomer(tx, {
    customerNo,
    name: p.name.trim(),
    nameNorm: normalizeArabic(p.name),
    type: 'prospect',
    country: p.country,
    city: p.city?.trim() || null,
  });
  if (p.phone?.trim()) {
    const parsed = parsePhone(p.phone, p.country);
    await insertContactPoint(tx, {
      customerId: row.id,
      kind: parsed.numberType === 'fixed_line' ? 'landline' : 'mobile',
      source: 'manual',
      raw: parsed.raw,
      e164: parsed.e164,
      valid: parsed.valid,
      numberType: parsed.numberType,
    });
  }
  if (p.email) {
    await insertContactPoint(tx, { customerId: row.id, kind: 'email', source: 'manual', raw: p.email.toLowerCase() });
  }
  await audit(tx, actor, 'customer.create_prospect', {
    entity: 'customer',
    id: row.id,
    after: { customer_no: customerNo },
  });
  return row;
}

/** The customer's email address and first usable mobile, for acknowledgements and replies. */
export function replyAddressesOf(contact: CustomerContact | undefined): {
  email: string | null;
  mobile: string | null;
} {
  const email =
    contact?.emails
      .find((raw) => raw.includes('@'))
      ?.trim()
      .toLowerCase() ?? null;
  const mobile =
    contact?.phones.find(
      (p) =>
        p.kind === 'mobile' &&
        p.valid &&
        !p.wrong &&
        p.e164 &&
        (p.numberType === 'mobile' || p.numberType === 'fixed_line_or_mobile'),
    )?.e164 ?? null;
  return { email, mobile };
}

/** `replyAddressesOf` one customer, read. */
export async function findReplyAddresses(db: DbOrTx, customerId: string) {
  return replyAddressesOf((await findCustomerContacts(db, [customerId])).get(customerId));
}

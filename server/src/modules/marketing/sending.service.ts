import type { DbOrTx } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { findCustomerContacts, type CustomerContact } from '../customers/index.ts';
import { findTemplateById, renderTemplate, TemplateError } from '../messaging/index.ts';
import { findMarketingItems } from '../worklists/index.ts';
import { planContacts, type CampaignChannel, type Reachability } from './domain/contact-plan.ts';
import { splitAB, type Variant } from './domain/split.ts';
import type { MarketingDeps } from './campaigns.service.ts';
import {
  findCampaign,
  findContacts,
  findOffer,
  findPlannedContacts,
  findRunningCampaignIds,
  insertContacts,
  setContactState,
  type CampaignRow,
  type ContactRow,
} from './marketing.repository.ts';

// Going out: the plan at launch, then the messages in batches no larger than each channel's
// rate a minute, through the messaging outbox with the purpose `marketing` (the outbox keeps
// opt-outs, unsubscribes, the sending window and the idempotency key).

export function firstMobile(c: CustomerContact): string | null {
  return c.phones.find((p) => p.valid && !p.wrong && p.e164 && p.numberType === 'mobile')?.e164 ?? null;
}

/** Plans the contacts of the campaign's target list; returns the phone items to deal out. */
export async function planCampaign(tx: DbOrTx, c: CampaignRow) {
  const items = await findMarketingItems(tx, c.listId);
  const contacts = await findCustomerContacts(
    tx,
    items.map((i) => i.customer_id),
  );
  const reach: Reachability[] = items.map((i) => {
    const contact = contacts.get(i.customer_id);
    return {
      customerId: i.customer_id,
      doNotCall: contact?.doNotCall ?? false,
      smsOptOut: contact?.smsOptOut ?? false,
      hasPhone: i.phones.length > 0,
      hasMobile: contact ? firstMobile(contact) !== null : false,
      hasEmail: (contact?.emails.length ?? 0) > 0,
    };
  });
  const already = new Map<string, Set<CampaignChannel>>();
  for (const existing of await findContacts(tx, c.id)) {
    const set = already.get(existing.customerId) ?? new Set<CampaignChannel>();
    set.add(existing.channel as CampaignChannel);
    already.set(existing.customerId, set);
  }
  const plan = planContacts(reach, c.channels as CampaignChannel[], c.allowRepeats, already);
  const abTest = Boolean(c.smsTemplateBId || c.emailTemplateBId);
  const split = abTest
    ? splitAB(
        items.map((i) => i.customer_id),
        c.abSeed,
        c.abPercentB,
      )
    : new Map<string, Variant>();
  const itemOf = new Map(items.map((i) => [i.customer_id, i.id]));
  await insertContacts(
    tx,
    plan.contacts.map((p) => ({
      campaignId: c.id,
      customerId: p.customerId,
      channel: p.channel,
      variant: split.get(p.customerId) ?? 'A',
      itemId: p.channel === 'phone' ? (itemOf.get(p.customerId) ?? null) : null,
      status: p.channel === 'phone' ? 'assigned' : 'planned',
    })),
  );
  const skipped: Record<string, number> = {};
  for (const s of plan.skipped) skipped[s.reason] = (skipped[s.reason] ?? 0) + 1;
  return {
    planned: plan.contacts.length,
    skipped,
    phoneItems: plan.contacts.filter((p) => p.channel === 'phone').map((p) => itemOf.get(p.customerId)!),
  };
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

type Template = NonNullable<Awaited<ReturnType<typeof findTemplateById>>>;

/** Sends the next batch of each message channel of a running campaign (at most its rate). */
export async function sendBatch(deps: MarketingDeps, campaignId: string) {
  const { database } = deps;
  const totals = { queued: 0, refused: 0 };
  const c = await findCampaign(database.db, campaignId);
  if (!c || c.status !== 'running') return totals;
  const offer = await findOffer(database.db, c.offerId);
  const { company_name: company } = await deps.settings.all();
  for (const channel of ['sms', 'email'] as const) {
    if (!c.channels.includes(channel)) continue;
    const batch = await findPlannedContacts(
      database.db,
      c.id,
      channel,
      channel === 'sms' ? c.smsPerMinute : c.emailPerMinute,
    );
    if (batch.length === 0) continue;
    if (!deps.outbox) throw new AppError('unavailable');
    const ids = channel === 'sms' ? [c.smsTemplateId, c.smsTemplateBId] : [c.emailTemplateId, c.emailTemplateBId];
    const [a, b] = await Promise.all(ids.map((id) => (id ? findTemplateById(database.db, id) : undefined)));
    const contacts = await findCustomerContacts(
      database.db,
      batch.map((k) => k.customerId),
    );
    for (const contact of batch) {
      const template = contact.variant === 'B' && b ? b : a;
      const who = contacts.get(contact.customerId);
      const outcome = await sendOne(deps, c, contact, who, template, {
        name: who?.name ?? '',
        company,
        offer: offer?.name ?? '',
      });
      totals[outcome] += 1;
    }
  }
  return totals;
}

async function sendOne(
  deps: MarketingDeps,
  c: CampaignRow,
  contact: ContactRow,
  who: CustomerContact | undefined,
  template: Template | undefined,
  values: Record<string, string>,
): Promise<'queued' | 'refused'> {
  const refuse = async (reason: string) => {
    await setContactState(deps.database.db, contact.id, { status: 'refused', reason });
    return 'refused' as const;
  };
  if (!who || !template) return refuse('no_template');
  if (who.doNotCall) return refuse('do_not_call');
  const businessRef = `campaign:${c.id}:${contact.customerId}`;
  let rendered: { body: string; subject: string; html?: string };
  try {
    rendered = {
      body: renderTemplate(template.body, values),
      subject: renderTemplate(template.subject ?? values.offer ?? '', values),
      ...(template.html
        ? {
            html: renderTemplate(
              template.html,
              Object.fromEntries(Object.entries(values).map(([k, v]) => [k, escapeHtml(v)])),
            ),
          }
        : {}),
    };
  } catch (error) {
    if (error instanceof TemplateError) return refuse(`template: ${error.message}`.slice(0, 200));
    throw error;
  }
  return deps.database.db.transaction(async (tx) => {
    let result;
    if (contact.channel === 'sms') {
      const to = firstMobile(who);
      if (!to) return refuseIn(tx, contact.id, 'no_mobile');
      result = await deps.outbox!.enqueueSms(
        [
          {
            purpose: 'marketing',
            businessRef,
            to,
            body: rendered.body,
            maxSegments: template.maxSegments ?? 1,
            optedOut: who.smsOptOut,
            createdBy: c.launchedBy,
          },
        ],
        { tx },
      );
    } else {
      const to = who.emails[0];
      if (!to) return refuseIn(tx, contact.id, 'no_email');
      result = await deps.outbox!.enqueueEmail(
        [
          {
            purpose: 'marketing',
            businessRef,
            to,
            language: template.language,
            subject: rendered.subject,
            text: rendered.body,
            ...(rendered.html ? { htmlFragment: rendered.html } : {}),
            marketing: true,
            createdBy: c.launchedBy,
          },
        ],
        { tx },
      );
    }
    const queued = result.queued[0];
    if (queued) {
      await setContactState(tx, contact.id, { status: 'queued', messageId: queued.id });
      return 'queued' as const;
    }
    if (result.duplicates.length > 0) {
      await setContactState(tx, contact.id, { status: 'queued', reason: 'duplicate' });
      return 'queued' as const;
    }
    return refuseIn(tx, contact.id, result.refused[0]?.code ?? 'refused');
  });
}

async function refuseIn(tx: DbOrTx, id: string, reason: string) {
  await setContactState(tx, id, { status: 'refused', reason });
  return 'refused' as const;
}

/** The job's tick: the next batch of every running campaign. Safe to run twice (the outbox's keys). */
export async function sendRunningCampaigns(deps: MarketingDeps) {
  const totals = { campaigns: 0, queued: 0, refused: 0 };
  for (const id of await findRunningCampaignIds(deps.database.db)) {
    const r = await sendBatch(deps, id);
    totals.campaigns += 1;
    totals.queued += r.queued;
    totals.refused += r.refused;
  }
  return totals;
}

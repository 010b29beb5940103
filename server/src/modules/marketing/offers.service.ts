import type { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { parseInput } from '../../http/validation.ts';
import type { Actor } from '../../shared/actor.ts';
import { audit } from '../audit/index.ts';
import { findListOfAgentItem } from '../worklists/index.ts';
import { createOfferSchema, updateOfferSchema, type offerSchema } from './marketing.contract.ts';
import {
  findLiveCampaignOfList,
  findOffer,
  findOffers,
  insertOffer,
  updateOfferRow,
  type OfferRow,
} from './marketing.repository.ts';

// العروض والمنتجات (M1) and التعرف على العروض: the marketing department writes the offer, its
// script and FAQ; agents read the active ones before they call.

export function offerOut(o: OfferRow, today: string): z.output<typeof offerSchema> {
  return {
    id: o.id,
    name: o.name,
    description: o.description,
    valid_from: o.validFrom,
    valid_to: o.validTo,
    eligibility: o.eligibility,
    script: o.script,
    faq: o.faq,
    status: o.status as 'active' | 'archived',
    current: o.status === 'active' && o.validFrom <= today && (o.validTo === null || o.validTo >= today),
    updated_at: o.updatedAt.toISOString(),
  };
}

function assertDates(from: string, to: string | null | undefined) {
  if (to && to < from) {
    throw new AppError('validation_failed', {
      errors: [
        {
          field: 'valid_to',
          code: 'before_start',
          message: 'The offer cannot end before it starts.',
          message_ar: 'لا يمكن أن ينتهي العرض قبل بدايته.',
        },
      ],
    });
  }
}

/** Agents read only the active offers; the owners may ask for the archived ones too. */
export async function listOffers(database: Database, status: 'active' | 'archived' | 'all', today: string) {
  const rows = await findOffers(database.db, status === 'all' ? undefined : status);
  return { items: rows.map((o) => offerOut(o, today)) };
}

export async function getOffer(database: Database, id: string, today: string, activeOnly: boolean) {
  const o = await findOffer(database.db, id);
  if (!o || (activeOnly && o.status !== 'active')) throw new AppError('not_found');
  return offerOut(o, today);
}

export async function createOffer(database: Database, actor: Actor, raw: unknown, today: string) {
  const input = parseInput(createOfferSchema, raw);
  assertDates(input.valid_from, input.valid_to);
  const created = await database.db.transaction(async (tx) => {
    const o = await insertOffer(tx, {
      name: input.name,
      description: input.description ?? '',
      validFrom: input.valid_from,
      validTo: input.valid_to ?? null,
      eligibility: input.eligibility ?? '',
      script: input.script ?? '',
      faq: input.faq ?? [],
      createdBy: actor.id,
    });
    await audit(tx, actor, 'marketing.offer.create', { entity: 'marketing_offer', id: o.id, after: { name: o.name } });
    return o;
  });
  return offerOut(created, today);
}

export async function updateOffer(database: Database, actor: Actor, id: string, raw: unknown, today: string) {
  const input = parseInput(updateOfferSchema, raw);
  await database.db.transaction(async (tx) => {
    const before = await findOffer(tx, id);
    if (!before) throw new AppError('not_found');
    assertDates(input.valid_from ?? before.validFrom, input.valid_to === undefined ? before.validTo : input.valid_to);
    const patch: Partial<OfferRow> = {};
    if (input.name !== undefined) patch.name = input.name;
    if (input.description !== undefined) patch.description = input.description;
    if (input.valid_from !== undefined) patch.validFrom = input.valid_from;
    if (input.valid_to !== undefined) patch.validTo = input.valid_to;
    if (input.eligibility !== undefined) patch.eligibility = input.eligibility;
    if (input.script !== undefined) patch.script = input.script;
    if (input.faq !== undefined) patch.faq = input.faq;
    if (input.status !== undefined) patch.status = input.status;
    await updateOfferRow(tx, id, patch);
    await audit(tx, actor, input.status === 'archived' ? 'marketing.offer.archive' : 'marketing.offer.update', {
      entity: 'marketing_offer',
      id,
      before: { name: before.name, status: before.status, valid_to: before.validTo },
      after: patch,
    });
  });
  return getOffer(database, id, today, false);
}

/** The offer behind one of the agent's items (the panel beside the call): null for other items. */
export async function offerForItem(database: Database, agentId: string, itemId: string, today: string) {
  const listId = await findListOfAgentItem(database.db, itemId, agentId);
  if (!listId) throw new AppError('not_found');
  const campaign = await findLiveCampaignOfList(database.db, listId);
  if (!campaign) return { campaign: null, offer: null };
  const offer = await findOffer(database.db, campaign.offerId);
  return {
    campaign: { id: campaign.id, name: campaign.name },
    offer: offer ? offerOut(offer, today) : null,
  };
}

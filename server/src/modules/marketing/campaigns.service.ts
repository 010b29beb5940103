import type { z } from 'zod';
import type { Database, Tx } from '../../db/client.ts';
import type { AppContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { parseInput } from '../../http/validation.ts';
import type { Actor } from '../../shared/actor.ts';
import { audit } from '../audit/index.ts';
import { distributeEqually } from '../collections/index.ts';
import { currencyDecimals, findCustomerByNo, minorToUnits } from '../customers/index.ts';
import { findTemplateById, messagingRuntimeOf, templateVariables, type Outbox } from '../messaging/index.ts';
import type { SettingsService } from '../settings/index.ts';
import {
  assignItems,
  distributeToAgents,
  findActiveMarketingAgents,
  findMarketingItems,
  findMarketingLists,
  markListDistributed,
  type TargetListRow,
} from '../worklists/index.ts';
import { canMove, type CampaignChannel, type CampaignStatus } from './domain/contact-plan.ts';
import {
  createCampaignSchema,
  responseInputSchema,
  updateCampaignSchema,
  type campaignSchema,
} from './marketing.contract.ts';
import {
  cancelPlannedContacts,
  countContactsByStatus,
  findCampaign,
  findCampaigns,
  findMessageContactsOf,
  findOffer,
  insertCampaign,
  lockCampaign,
  setContactResponse,
  updateCampaignRow,
  type CampaignRow,
} from './marketing.repository.ts';
import { planCampaign, sendBatch } from './sending.service.ts';

// الحملات التسويقية (M1): a campaign per offer over an approved target list, on one or more
// channels, with the lifecycle draft → running ⇄ paused → ended.

export type MarketingDeps = {
  database: Database;
  settings: Pick<SettingsService, 'all' | 'get'>;
  outbox: Outbox | null;
  clock?: () => Date;
};

export function marketingDepsOf(ctx: Pick<AppContext, 'database' | 'settings' | 'config'>): MarketingDeps {
  return { database: ctx.database, settings: ctx.settings, outbox: messagingRuntimeOf(ctx).outbox };
}

/** Who may let a customer be contacted on every channel of a campaign (the manager's call). */
const repeatRoles = new Set(['manager', 'admin']);

/** A target list as the campaign screens show it. */
export function listOut(l: TargetListRow) {
  return {
    id: l.id,
    name: l.name,
    source: l.source,
    channel: l.channel,
    business_date: l.business_date,
    status: l.status,
    approved_by: l.approved_by,
    approved_by_name: l.approved_by_name,
    approved_at: l.approved_at ? new Date(l.approved_at).toISOString() : null,
    items: Number(l.items),
  };
}

/** Approved by someone, and not sent back to draft: the campaign may go out to it. */
export function listIsApproved(l: Pick<TargetListRow, 'status' | 'approved_by'>): boolean {
  return l.approved_by !== null && l.status !== 'draft';
}

async function campaignOut(database: Database, c: CampaignRow): Promise<z.output<typeof campaignSchema>> {
  const [list] = await findMarketingLists(database.db, [c.listId]);
  const offer = await findOffer(database.db, c.offerId);
  return {
    id: c.id,
    name: c.name,
    offer_id: c.offerId,
    offer_name: offer?.name ?? '',
    list: listOut(list!),
    channels: c.channels as CampaignChannel[],
    status: c.status as CampaignStatus,
    allow_repeats: c.allowRepeats,
    sms_template_id: c.smsTemplateId,
    sms_template_b_id: c.smsTemplateBId,
    email_template_id: c.emailTemplateId,
    email_template_b_id: c.emailTemplateBId,
    ab_percent_b: c.abPercentB,
    ab_seed: c.abSeed,
    sms_per_minute: c.smsPerMinute,
    email_per_minute: c.emailPerMinute,
    sms_part_price: minorToUnits(c.smsPartPriceMinor, currencyDecimals(c.currency)),
    currency: c.currency,
    agents: c.agents,
    launched_at: c.launchedAt?.toISOString() ?? null,
    ended_at: c.endedAt?.toISOString() ?? null,
    created_at: c.createdAt.toISOString(),
    contacts: await countContactsByStatus(database.db, c.id),
  };
}

export async function listCampaigns(database: Database) {
  const rows = await findCampaigns(database.db);
  const items = [];
  for (const c of rows) items.push(await campaignOut(database, c));
  return { items };
}

export async function getCampaign(database: Database, id: string) {
  const c = await findCampaign(database.db, id);
  if (!c) throw new AppError('not_found');
  return campaignOut(database, c);
}

type CampaignInput = z.output<typeof updateCampaignSchema>;

function invalid(field: string, code: string, en: string, ar: string): never {
  throw new AppError('validation_failed', { errors: [{ field, code, message: en, message_ar: ar }] });
}

/** The offer, the target list, the templates of each message channel: all must fit together. */
async function checkSetup(database: Database, actor: Actor, merged: CampaignRow) {
  const offer = await findOffer(database.db, merged.offerId);
  if (!offer) invalid('offer_id', 'not_found', 'There is no such offer.', 'لا يوجد عرض بهذا المعرّف.');
  const longest = templateVariables.offer!.maxLength;
  if (merged.channels.some((ch) => ch !== 'phone') && [...offer.name].length > longest) {
    invalid(
      'offer_id',
      'offer_name_too_long',
      `The offer's name goes into the messages as {offer}: at most ${longest} characters.`,
      `اسم العرض يدخل في الرسائل كمتغير {offer}: ${longest} حرفًا على الأكثر.`,
    );
  }
  const [list] = await findMarketingLists(database.db, [merged.listId]);
  if (!list) throw new AppError('marketing_list_invalid');
  const channels = merged.channels as CampaignChannel[];
  if (channels.includes('phone') && list.channel !== 'phone') throw new AppError('marketing_list_not_phone');
  if (merged.allowRepeats && !repeatRoles.has(actor.role ?? '')) throw new AppError('forbidden');
  const templates: Array<[CampaignChannel, 'sms' | 'email', string | null, string]> = [
    ['sms', 'sms', merged.smsTemplateId, 'sms_template_id'],
    ['sms', 'sms', merged.smsTemplateBId, 'sms_template_b_id'],
    ['email', 'email', merged.emailTemplateId, 'email_template_id'],
    ['email', 'email', merged.emailTemplateBId, 'email_template_b_id'],
  ];
  for (const [channel, kind, id, field] of templates) {
    if (!channels.includes(channel)) continue;
    if (!id) {
      if (field.endsWith('_b_id')) continue;
      throw new AppError('marketing_template_required', {
        errors: [
          {
            field,
            code: 'required',
            message: `The ${kind.toUpperCase()} channel needs an approved marketing template.`,
            message_ar: 'تحتاج هذه القناة إلى نموذج رسالة تسويقية معتمد.',
          },
        ],
      });
    }
    const t = await findTemplateById(database.db, id);
    if (!t || t.status !== 'approved' || t.purpose !== 'marketing' || t.channel !== kind) {
      throw new AppError('marketing_template_invalid', {
        errors: [
          {
            field,
            code: 'invalid',
            message: `Not an approved marketing ${kind} template.`,
            message_ar: 'ليس نموذجًا تسويقيًا معتمدًا لهذه القناة.',
          },
        ],
      });
    }
  }
}

function patchOf(input: CampaignInput): Partial<CampaignRow> {
  const p: Partial<CampaignRow> = {};
  if (input.name !== undefined) p.name = input.name;
  if (input.offer_id !== undefined) p.offerId = input.offer_id;
  if (input.list_id !== undefined) p.listId = input.list_id;
  if (input.channels !== undefined) p.channels = input.channels;
  if (input.allow_repeats !== undefined) p.allowRepeats = input.allow_repeats;
  if (input.sms_template_id !== undefined) p.smsTemplateId = input.sms_template_id;
  if (input.sms_template_b_id !== undefined) p.smsTemplateBId = input.sms_template_b_id;
  if (input.email_template_id !== undefined) p.emailTemplateId = input.email_template_id;
  if (input.email_template_b_id !== undefined) p.emailTemplateBId = input.email_template_b_id;
  if (input.ab_percent_b !== undefined) p.abPercentB = input.ab_percent_b;
  if (input.ab_seed !== undefined) p.abSeed = input.ab_seed;
  if (input.sms_per_minute !== undefined) p.smsPerMinute = input.sms_per_minute;
  if (input.email_per_minute !== undefined) p.emailPerMinute = input.email_per_minute;
  if (input.agents !== undefined) p.agents = input.agents;
  return p;
}

const defaults = {
  allowRepeats: false,
  smsTemplateId: null,
  smsTemplateBId: null,
  emailTemplateId: null,
  emailTemplateBId: null,
  abPercentB: 50,
  abSeed: 1,
  smsPerMinute: 60,
  emailPerMinute: 60,
  smsPartPriceMinor: 0,
  agents: [],
};

export async function createCampaign(deps: MarketingDeps, actor: Actor, raw: unknown) {
  const input = parseInput(createCampaignSchema, raw);
  const { database } = deps;
  const currency = await deps.settings.get('currency');
  const row = {
    ...defaults,
    ...patchOf(input),
    currency,
    smsPartPriceMinor:
      input.sms_part_price !== undefined ? Math.round(input.sms_part_price * 10 ** currencyDecimals(currency)) : 0,
  } as CampaignRow;
  await checkSetup(database, actor, row);
  const created = await database.db.transaction(async (tx) => {
    const c = await insertCampaign(tx, {
      ...row,
      name: input.name,
      offerId: input.offer_id,
      listId: input.list_id,
      channels: input.channels,
      createdBy: actor.id,
    });
    await audit(tx, actor, 'marketing.campaign.create', {
      entity: 'marketing_campaign',
      id: c.id,
      after: { name: c.name, channels: c.channels, list_id: c.listId, allow_repeats: c.allowRepeats },
    });
    return c;
  });
  return campaignOut(database, created);
}

/** What may change after launch: the name, the rates, the price, the agents. */
const liveFields = new Set(['name', 'smsPerMinute', 'emailPerMinute', 'smsPartPriceMinor', 'agents']);

export async function updateCampaign(database: Database, actor: Actor, id: string, raw: unknown) {
  const input = parseInput(updateCampaignSchema, raw);
  const before = await findCampaign(database.db, id);
  if (!before) throw new AppError('not_found');
  const patch = patchOf(input);
  if (input.sms_part_price !== undefined) {
    patch.smsPartPriceMinor = Math.round(input.sms_part_price * 10 ** currencyDecimals(before.currency));
  }
  if (before.status === 'ended' || (before.status !== 'draft' && Object.keys(patch).some((k) => !liveFields.has(k)))) {
    throw new AppError('marketing_campaign_state');
  }
  const merged = { ...before, ...patch };
  if (input.allow_repeats === undefined && before.allowRepeats && !repeatRoles.has(actor.role ?? '')) {
    // A repeat the manager allowed stays; the check below is about who sets it.
    merged.allowRepeats = true;
    await checkSetup(database, { ...actor, role: 'manager' }, merged);
  } else {
    await checkSetup(database, actor, merged);
  }
  await database.db.transaction(async (tx) => {
    await updateCampaignRow(tx, id, patch);
    await audit(tx, actor, 'marketing.campaign.update', {
      entity: 'marketing_campaign',
      id,
      before: { name: before.name, status: before.status },
      after: patch,
    });
  });
  return getCampaign(database, id);
}

async function moveTo(database: Database, actor: Actor, id: string, to: CampaignStatus, tx: Tx) {
  const c = await lockCampaign(tx, id);
  if (!c) throw new AppError('not_found');
  if (!canMove(c.status as CampaignStatus, to)) throw new AppError('marketing_campaign_state');
  await audit(tx, actor, `marketing.campaign.${to === 'running' ? 'launch' : to === 'paused' ? 'pause' : 'end'}`, {
    entity: 'marketing_campaign',
    id,
    before: { status: c.status },
    after: { status: to },
  });
  return c;
}

/**
 * Launch (or resume): the target list must be approved. The contacts are planned (once per
 * customer unless repeats are allowed), the phone contacts dealt equally to the agents, and the
 * first batch of messages queued at once; the job sends the rest at the campaign's rates.
 */
export async function launchCampaign(deps: MarketingDeps, actor: Actor, id: string) {
  const { database } = deps;
  const c = await findCampaign(database.db, id);
  if (!c) throw new AppError('not_found');
  if (!canMove(c.status as CampaignStatus, 'running')) throw new AppError('marketing_campaign_state');
  const [list] = await findMarketingLists(database.db, [c.listId]);
  if (!list || !listIsApproved(list)) throw new AppError('marketing_list_not_approved');
  const usesPhone = c.channels.includes('phone');
  const agents = usesPhone
    ? c.agents.length > 0
      ? c.agents
      : (await findActiveMarketingAgents(database.db)).map((a) => a.username)
    : [];
  if (usesPhone && agents.length === 0) throw new AppError('no_active_agent');
  const now = deps.clock?.() ?? new Date();
  const plan = await database.db.transaction(async (tx) => {
    await moveTo(database, actor, id, 'running', tx);
    const planned = await planCampaign(tx, c);
    await updateCampaignRow(tx, id, {
      status: 'running',
      ...(c.launchedAt ? {} : { launchedAt: now, launchedBy: actor.id }),
    });
    return planned;
  });
  if (usesPhone && plan.phoneItems.length > 0) {
    const items = new Set(plan.phoneItems);
    await distributeToAgents(database, actor, c.listId, agents, async (tx, chosen) => {
      const open = (await findMarketingItems(tx, c.listId)).filter((i) => items.has(i.id) && !i.agent_id);
      const dealt = distributeEqually(
        open.map((i) => i.id),
        chosen.map((a) => a.id),
      );
      await assignItems(
        tx,
        [...dealt].flatMap(([agentId, ids]) => ids.map((itemId) => ({ itemId, agentId }))),
      );
      await markListDistributed(tx, c.listId, actor.label);
    });
  }
  const batch = await sendBatch(deps, id);
  return {
    campaign: await getCampaign(database, id),
    planned: plan.planned,
    skipped: plan.skipped,
    queued: batch.queued,
    refused: batch.refused,
  };
}

export async function pauseCampaign(database: Database, actor: Actor, id: string) {
  await database.db.transaction(async (tx) => {
    await moveTo(database, actor, id, 'paused', tx);
    await updateCampaignRow(tx, id, { status: 'paused' });
  });
  return getCampaign(database, id);
}

export async function endCampaign(database: Database, actor: Actor, id: string, now = new Date()) {
  await database.db.transaction(async (tx) => {
    await moveTo(database, actor, id, 'ended', tx);
    await updateCampaignRow(tx, id, { status: 'ended', endedAt: now });
    await cancelPlannedContacts(tx, id);
  });
  return getCampaign(database, id);
}

/**
 * A customer answered a message (called in, replied, bought at a branch): marketing records it
 * against the campaign's message that reached him.
 */
export async function recordResponse(deps: MarketingDeps, actor: Actor, id: string, raw: unknown) {
  const input = parseInput(responseInputSchema, raw);
  const { database } = deps;
  const c = await findCampaign(database.db, id);
  if (!c) throw new AppError('not_found');
  if (input.outcome === 'sale' && input.amount === undefined) {
    invalid('amount', 'required', 'The amount of the sale is required.', 'مبلغ البيع مطلوب.');
  }
  const customer = await findCustomerByNo(database.db, input.customer_no);
  if (!customer) throw new AppError('not_found');
  const [contact] = await findMessageContactsOf(database.db, id, customer.id);
  if (!contact) throw new AppError('marketing_not_contacted');
  const minor = input.outcome === 'sale' ? Math.round(input.amount! * 10 ** currencyDecimals(c.currency)) : null;
  await database.db.transaction(async (tx) => {
    await setContactResponse(tx, contact.id, input.outcome, minor, deps.clock?.() ?? new Date());
    await audit(tx, actor, 'marketing.campaign.response', {
      entity: 'marketing_campaign',
      id,
      after: { customer_no: input.customer_no, outcome: input.outcome, channel: contact.channel },
    });
  });
  return { channel: contact.channel as 'sms' | 'email', outcome: input.outcome };
}

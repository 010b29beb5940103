import ExcelJS from 'exceljs';
import type { z } from 'zod';
import type { Database, DbOrTx } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import { addExportRow } from '../../shared/spreadsheet.ts';
import { audit } from '../audit/index.ts';
import { currencyDecimals, minorToUnits } from '../customers/index.ts';
import { findMessageFigures } from '../messaging/index.ts';
import { findMarketingItems } from '../worklists/index.ts';
import type { CampaignChannel } from './domain/contact-plan.ts';
import { contactFact, figuresBy, figuresOf, type ContactFact, type Figures } from './domain/results.ts';
import { twoProportionZTest } from './domain/significance.ts';
import type { resultsSchema } from './marketing.contract.ts';
import { findCampaign, findCampaigns, findContacts, type CampaignRow } from './marketing.repository.ts';

// نتائج الحملة (M1): per campaign, channel, agent and A/B variant.

async function factsOf(db: DbOrTx, c: CampaignRow): Promise<ContactFact[]> {
  const contacts = await findContacts(db, c.id);
  const items = new Map((await findMarketingItems(db, c.listId)).map((i) => [i.id, i]));
  const messages = await findMessageFigures(
    db,
    contacts.flatMap((k) => (k.messageId ? [k.messageId] : [])),
  );
  return contacts.map((k) => {
    const item = k.itemId ? items.get(k.itemId) : undefined;
    const message = k.messageId ? messages.get(k.messageId) : undefined;
    return contactFact({
      channel: k.channel as CampaignChannel,
      variant: k.variant as 'A' | 'B',
      status: k.status,
      agent: item?.agent_name ?? item?.agent ?? null,
      lastOutcome: item?.last_outcome ?? null,
      callSaleMinor: item?.sale_amount_minor === null || !item ? null : Number(item.sale_amount_minor),
      attempts: item?.attempts ?? 0,
      messageStatus: message?.status ?? null,
      segments: message?.segments ?? null,
      unsubscribed: message?.unsubscribed ?? false,
      response: k.response,
      responseSaleMinor: k.saleAmountMinor,
    });
  });
}

function figuresOut(f: Figures, currency: string) {
  const units = (minor: number) => minorToUnits(minor, currencyDecimals(currency));
  return {
    targeted: f.targeted,
    contacted: f.contacted,
    reached: f.reached,
    interested: f.interested,
    sales: f.sales,
    amount: units(f.amountMinor),
    conversion: f.conversion,
    opt_outs: f.optOuts,
    sms_parts: f.smsParts,
    cost: units(f.costMinor),
    cost_per_sale: f.costPerSaleMinor === null ? null : units(f.costPerSaleMinor),
  };
}

export async function campaignResults(database: Database, id: string): Promise<z.output<typeof resultsSchema>> {
  const c = await findCampaign(database.db, id);
  if (!c) throw new AppError('not_found');
  const facts = await factsOf(database.db, c);
  const price = c.smsPartPriceMinor;
  const out = (f: Figures) => figuresOut(f, c.currency);
  const abTest = Boolean(c.smsTemplateBId || c.emailTemplateBId);
  // The variants differ only in their messages: the A/B figures are those of the message channels.
  const messageFacts = facts.filter((f) => f.channel !== 'phone');
  const variants = abTest ? figuresBy(messageFacts, (f) => f.variant, price) : [];
  const a = variants.find((v) => v.key === 'A')?.figures;
  const b = variants.find((v) => v.key === 'B')?.figures;
  const test = a && b ? twoProportionZTest(a.sales, a.reached, b.sales, b.reached) : null;
  return {
    campaign_id: c.id,
    currency: c.currency,
    totals: out(figuresOf(facts, price)),
    by_channel: figuresBy(facts, (f) => f.channel, price).map((g) => ({ channel: g.key, ...out(g.figures) })),
    by_agent: figuresBy(
      facts.filter((f) => f.channel === 'phone'),
      (f) => f.agent,
      price,
    ).map((g) => ({ agent: g.key, ...out(g.figures) })),
    by_variant: variants.sort((x, y) => x.key.localeCompare(y.key)).map((g) => ({ variant: g.key, ...out(g.figures) })),
    ab: test
      ? {
          z: test.z,
          p_value: test.pValue,
          significant: test.significant,
          winner: test.winner,
          winner_conversion: test.winner ? ((test.winner === 'A' ? a : b)?.conversion ?? null) : null,
        }
      : abTest
        ? { z: null, p_value: null, significant: false, winner: null, winner_conversion: null }
        : null,
  };
}

const channelAr: Record<string, string> = { phone: 'الهاتف', sms: 'الرسائل القصيرة', email: 'البريد الإلكتروني' };
const headers = [
  'المستهدفون',
  'تم التواصل',
  'تم الوصول',
  'مهتمون',
  'المبيعات',
  'المبلغ',
  'نسبة التحويل %',
  'إلغاء الاشتراك',
  'أجزاء الرسائل',
  'التكلفة',
  'تكلفة البيع الواحد',
];
type OutFigures = ReturnType<typeof figuresOut>;
const cells = (f: OutFigures) => [
  f.targeted,
  f.contacted,
  f.reached,
  f.interested,
  f.sales,
  f.amount,
  f.conversion === null ? null : Math.round(f.conversion * 10000) / 100,
  f.opt_outs,
  f.sms_parts,
  f.cost,
  f.cost_per_sale,
];

/** The results as XLSX (right-to-left, numbers as numbers); audited. */
export async function exportCampaignResults(database: Database, actor: Actor, id: string) {
  const c = await findCampaign(database.db, id);
  if (!c) throw new AppError('not_found');
  const r = await campaignResults(database, id);
  const workbook = new ExcelJS.Workbook();
  const sheet = (name: string, first: string) => {
    const s = workbook.addWorksheet(name, { views: [{ rightToLeft: true, state: 'frozen', ySplit: 1 }] });
    s.addRow([first, ...headers]).font = { bold: true };
    s.columns.forEach((col, i) => (col.width = i === 0 ? 24 : 14));
    return s;
  };
  const summary = sheet('حسب القناة', 'القناة');
  addExportRow(summary, ['الإجمالي', ...cells(r.totals)]);
  for (const ch of r.by_channel) addExportRow(summary, [channelAr[ch.channel] ?? ch.channel, ...cells(ch)]);
  const agents = sheet('حسب الموظف', 'الموظف');
  for (const a of r.by_agent) addExportRow(agents, [a.agent, ...cells(a)]);
  if (r.ab) {
    const ab = sheet('اختبار A/B', 'النسخة');
    for (const v of r.by_variant) addExportRow(ab, [v.variant, ...cells(v)]);
    addExportRow(ab, []);
    addExportRow(ab, ['قيمة z', r.ab.z]);
    addExportRow(ab, ['القيمة الاحتمالية p', r.ab.p_value]);
    addExportRow(ab, ['الفرق ذو دلالة (5%)', r.ab.significant ? 'نعم' : 'لا']);
    addExportRow(ab, ['النسخة الفائزة', r.ab.winner ?? '—']);
  }
  await audit(database.db, actor, 'marketing.campaign.export', { entity: 'marketing_campaign', id });
  return {
    filename: `campaign-${c.id.slice(0, 8)}.xlsx`,
    content: Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}

/**
 * For the KPI module: each campaign launched in [from, to] (ISO dates, inclusive) with its
 * totals — reached, interested, sales, amount, conversion, cost per sale.
 */
export async function marketingFigures(database: Database, from: string, to: string) {
  const out = [];
  for (const c of await findCampaigns(database.db)) {
    const launched = c.launchedAt?.toISOString().slice(0, 10);
    if (!launched || launched < from || launched > to) continue;
    const facts = await factsOf(database.db, c);
    out.push({
      campaignId: c.id,
      name: c.name,
      currency: c.currency,
      ...figuresOut(figuresOf(facts, c.smsPartPriceMinor), c.currency),
    });
  }
  return out;
}

import type { CampaignChannel } from './contact-plan.ts';

// The campaign's results (M1): reached, interested, sales, amount, conversion, opt-outs, cost
// per sale — per channel, per agent and per A/B variant, from one fact per contact.

/** A call's last outcome that means the customer was spoken to. */
const spokenTo = new Set(['reached', 'interested', 'not_interested', 'sale', 'callback_requested', 'refused']);
const messageReached = new Set(['sent', 'delivered']);

export type ContactFact = {
  channel: CampaignChannel;
  variant: 'A' | 'B';
  agent: string | null;
  /** Planned or assigned: not yet queued or dialled (counts as targeted only). */
  contacted: boolean;
  reached: boolean;
  interested: boolean;
  sale: boolean;
  amountMinor: number;
  smsParts: number;
  optedOut: boolean;
};

export type RawContact = {
  channel: CampaignChannel;
  variant: 'A' | 'B';
  status: string;
  /** Phone: the item's agent and the last call's outcome and sale amount. */
  agent?: string | null;
  lastOutcome?: string | null;
  callSaleMinor?: number | null;
  attempts?: number;
  /** Messages: the outbox's status, parts, unsubscribe; the response recorded by marketing. */
  messageStatus?: string | null;
  segments?: number | null;
  unsubscribed?: boolean;
  response?: string | null;
  responseSaleMinor?: number | null;
};

export function contactFact(c: RawContact): ContactFact {
  if (c.channel === 'phone') {
    const outcome = c.lastOutcome ?? null;
    return {
      channel: c.channel,
      variant: c.variant,
      agent: c.agent ?? null,
      contacted: (c.attempts ?? 0) > 0,
      reached: outcome !== null && spokenTo.has(outcome),
      interested: outcome === 'interested' || outcome === 'sale',
      sale: outcome === 'sale',
      amountMinor: outcome === 'sale' ? (c.callSaleMinor ?? 0) : 0,
      smsParts: 0,
      optedOut: false,
    };
  }
  const queued = c.status === 'queued';
  const reached = queued && messageReached.has(c.messageStatus ?? '');
  const response = reached ? (c.response ?? null) : null;
  return {
    channel: c.channel,
    variant: c.variant,
    agent: null,
    contacted: queued,
    reached,
    interested: response === 'interested' || response === 'sale',
    sale: response === 'sale',
    amountMinor: response === 'sale' ? (c.responseSaleMinor ?? 0) : 0,
    // Parts are paid once submitted, delivered or not.
    smsParts: c.channel === 'sms' && queued && c.messageStatus !== 'queued' ? (c.segments ?? 0) : 0,
    optedOut: Boolean(c.unsubscribed),
  };
}

export type Figures = {
  targeted: number;
  contacted: number;
  reached: number;
  interested: number;
  sales: number;
  amountMinor: number;
  /** Sales ÷ reached; null with nobody reached. */
  conversion: number | null;
  optOuts: number;
  smsParts: number;
  costMinor: number;
  /** Cost ÷ sales (SMS parts × the part price); null without a sale. */
  costPerSaleMinor: number | null;
};

export function conversion(sales: number, reached: number): number | null {
  return reached > 0 ? sales / reached : null;
}

export function costPerSale(smsParts: number, partPriceMinor: number, sales: number): number | null {
  return sales > 0 ? Math.round((smsParts * partPriceMinor) / sales) : null;
}

export function figuresOf(facts: readonly ContactFact[], partPriceMinor: number): Figures {
  const count = (f: (c: ContactFact) => boolean) => facts.filter(f).length;
  const sales = count((c) => c.sale);
  const reached = count((c) => c.reached);
  const smsParts = facts.reduce((sum, c) => sum + c.smsParts, 0);
  return {
    targeted: facts.length,
    contacted: count((c) => c.contacted),
    reached,
    interested: count((c) => c.interested),
    sales,
    amountMinor: facts.reduce((sum, c) => sum + c.amountMinor, 0),
    conversion: conversion(sales, reached),
    optOuts: count((c) => c.optedOut),
    smsParts,
    costMinor: smsParts * partPriceMinor,
    costPerSaleMinor: costPerSale(smsParts, partPriceMinor, sales),
  };
}

/** Figures per key, in the order the keys first appear. */
export function figuresBy<K extends string>(
  facts: readonly ContactFact[],
  keyOf: (c: ContactFact) => K | null,
  partPriceMinor: number,
): Array<{ key: K; figures: Figures }> {
  const groups = new Map<K, ContactFact[]>();
  for (const fact of facts) {
    const key = keyOf(fact);
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.push(fact);
    else groups.set(key, [fact]);
  }
  return [...groups].map(([key, group]) => ({ key, figures: figuresOf(group, partPriceMinor) }));
}

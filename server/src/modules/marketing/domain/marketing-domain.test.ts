import { describe, expect, it } from 'vitest';
import { canMove, planContacts, type Reachability } from './contact-plan.ts';
import { contactFact, costPerSale, conversion, figuresBy, figuresOf, type RawContact } from './results.ts';
import { normalCdf, twoProportionZTest } from './significance.ts';
import { seededRandom, splitAB } from './split.ts';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `c${String(i).padStart(4, '0')}`);

describe('splitAB — seeded, reproducible', () => {
  it.each([
    { name: 'even split of 10', n: 10, percent: 50, b: 5 },
    { name: 'odd count rounds half up', n: 7, percent: 50, b: 4 },
    { name: 'no B at 0 %', n: 9, percent: 0, b: 0 },
    { name: 'all B at 100 %', n: 9, percent: 100, b: 9 },
    { name: 'a fifth', n: 100, percent: 20, b: 20 },
    { name: 'empty list', n: 0, percent: 50, b: 0 },
    { name: 'out-of-range share is clamped', n: 4, percent: 150, b: 4 },
  ])('$name', ({ n, percent, b }) => {
    const split = splitAB(ids(n), 42, percent);
    expect(split.size).toBe(n);
    expect([...split.values()].filter((v) => v === 'B')).toHaveLength(b);
  });

  it('the same seed gives the same split whatever the input order; another seed another split', () => {
    const list = ids(200);
    const a = splitAB(list, 7, 50);
    const again = splitAB([...list].reverse(), 7, 50);
    expect([...again].sort()).toEqual([...a].sort());
    const other = splitAB(list, 8, 50);
    expect(list.some((id) => other.get(id) !== a.get(id))).toBe(true);
  });

  it('a duplicate id is split once', () => {
    expect(splitAB(['x', 'x', 'y'], 1, 50).size).toBe(2);
  });

  it('the generator is deterministic and within [0, 1)', () => {
    const r1 = seededRandom(3);
    const r2 = seededRandom(3);
    const values = Array.from({ length: 1000 }, () => r1());
    expect(values).toEqual(Array.from({ length: 1000 }, () => r2()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
  });
});

const who = (id: string, over: Partial<Reachability> = {}): Reachability => ({
  customerId: id,
  doNotCall: false,
  smsOptOut: false,
  hasPhone: true,
  hasMobile: true,
  hasEmail: true,
  ...over,
});

describe('planContacts — once per campaign across channels', () => {
  it.each([
    { name: 'first channel in the campaign order', c: who('a'), ch: ['sms', 'phone'], rep: false, out: ['sms'] },
    {
      name: 'SMS opt-out falls to the next channel',
      c: who('a', { smsOptOut: true }),
      ch: ['sms', 'email'],
      rep: false,
      out: ['email'],
    },
    {
      name: 'no mobile falls to phone',
      c: who('a', { hasMobile: false }),
      ch: ['sms', 'phone'],
      rep: false,
      out: ['phone'],
    },
    {
      name: 'do-not-call: no channel at all',
      c: who('a', { doNotCall: true }),
      ch: ['sms', 'phone', 'email'],
      rep: false,
      out: [],
    },
    {
      name: 'repeats allowed: every usable channel',
      c: who('a'),
      ch: ['phone', 'sms', 'email'],
      rep: true,
      out: ['phone', 'sms', 'email'],
    },
    {
      name: 'repeats allowed, opted out of SMS',
      c: who('a', { smsOptOut: true }),
      ch: ['phone', 'sms'],
      rep: true,
      out: ['phone'],
    },
    {
      name: 'no address on any channel',
      c: who('a', { hasEmail: false, hasMobile: false, hasPhone: false }),
      ch: ['sms', 'email'],
      rep: false,
      out: [],
    },
  ] as const)('$name', ({ c, ch, rep, out }) => {
    expect(planContacts([c], ch, rep).contacts.map((p) => p.channel)).toEqual(out);
  });

  it('a customer twice in the list is contacted once', () => {
    expect(planContacts([who('a'), who('a')], ['sms'], false).contacts).toHaveLength(1);
  });

  it('a relaunch adds nothing for a customer already contacted; with repeats only the new channels', () => {
    const already = new Map([['a', new Set(['sms'] as const)]]);
    const once = planContacts([who('a')], ['sms', 'email'], false, already);
    expect(once.contacts).toEqual([]);
    expect(once.skipped).toEqual([{ customerId: 'a', reason: 'already_contacted' }]);
    expect(planContacts([who('a')], ['sms', 'email'], true, already).contacts).toEqual([
      { customerId: 'a', channel: 'email' },
    ]);
  });

  it('the reasons for those left out', () => {
    const { skipped } = planContacts(
      [who('d', { doNotCall: true }), who('n', { hasEmail: false, hasMobile: false, hasPhone: false })],
      ['sms', 'email'],
      false,
    );
    expect(skipped.map((s) => s.reason)).toEqual(['do_not_call', 'no_channel']);
  });

  it.each([
    ['draft', 'running', true],
    ['running', 'paused', true],
    ['paused', 'running', true],
    ['running', 'ended', true],
    ['ended', 'running', false],
    ['draft', 'paused', false],
    ['paused', 'draft', false],
  ] as const)('lifecycle %s → %s: %s', (from, to, ok) => {
    expect(canMove(from, to)).toBe(ok);
  });
});

const phone = (over: Partial<RawContact>): RawContact => ({
  channel: 'phone',
  variant: 'A',
  status: 'assigned',
  attempts: 1,
  ...over,
});
const sms = (over: Partial<RawContact>): RawContact => ({
  channel: 'sms',
  variant: 'A',
  status: 'queued',
  messageStatus: 'delivered',
  segments: 1,
  ...over,
});

describe('results — conversion and cost per sale', () => {
  it.each([
    { name: 'nobody reached', sales: 0, reached: 0, out: null },
    { name: 'no sale', sales: 0, reached: 10, out: 0 },
    { name: 'one in four', sales: 1, reached: 4, out: 0.25 },
  ])('conversion: $name', ({ sales, reached, out }) => {
    expect(conversion(sales, reached)).toBe(out);
  });

  it.each([
    { name: 'no sale: no cost per sale', parts: 100, price: 5, sales: 0, out: null },
    { name: '100 parts at 5 for 4 sales', parts: 100, price: 5, sales: 4, out: 125 },
    { name: 'rounded to the minor unit', parts: 10, price: 5, sales: 3, out: 17 },
    { name: 'free parts', parts: 10, price: 0, sales: 1, out: 0 },
  ])('cost per sale: $name', ({ parts, price, sales, out }) => {
    expect(costPerSale(parts, price, sales)).toBe(out);
  });

  it.each([
    {
      name: 'sale by phone with amount',
      c: phone({ lastOutcome: 'sale', callSaleMinor: 500000 }),
      reached: true,
      sale: true,
      amount: 500000,
    },
    {
      name: 'call back counts as reached',
      c: phone({ lastOutcome: 'callback_requested' }),
      reached: true,
      sale: false,
      amount: 0,
    },
    {
      name: 'no answer is not reached',
      c: phone({ lastOutcome: 'no_answer' }),
      reached: false,
      sale: false,
      amount: 0,
    },
    { name: 'not yet called', c: phone({ attempts: 0, lastOutcome: null }), reached: false, sale: false, amount: 0 },
    {
      name: 'delivered SMS with a sale response',
      c: sms({ response: 'sale', responseSaleMinor: 1000 }),
      reached: true,
      sale: true,
      amount: 1000,
    },
    {
      name: 'failed SMS: a response does not count',
      c: sms({ messageStatus: 'failed', response: 'sale' }),
      reached: false,
      sale: false,
      amount: 0,
    },
    {
      name: 'refused SMS (opted out)',
      c: sms({ status: 'refused', messageStatus: null }),
      reached: false,
      sale: false,
      amount: 0,
    },
  ])('a contact: $name', ({ c, reached, sale, amount }) => {
    const f = contactFact(c);
    expect([f.reached, f.sale, f.amountMinor]).toEqual([reached, sale, amount]);
  });

  it('figures per channel and agent', () => {
    const facts = [
      phone({ agent: 'ali', lastOutcome: 'sale', callSaleMinor: 100 }),
      phone({ agent: 'ali', lastOutcome: 'not_interested' }),
      phone({ agent: 'mona', lastOutcome: 'interested' }),
      sms({ response: 'sale', responseSaleMinor: 50, segments: 2 }),
      sms({ messageStatus: 'queued' }),
      { ...sms({}), channel: 'email' as const, segments: null, unsubscribed: true },
    ].map(contactFact);
    const all = figuresOf(facts, 10);
    expect(all).toMatchObject({
      targeted: 6,
      reached: 5,
      interested: 3,
      sales: 2,
      amountMinor: 150,
      optOuts: 1,
      smsParts: 2,
    });
    expect(all.conversion).toBeCloseTo(0.4);
    expect(all.costPerSaleMinor).toBe(10);
    const byAgent = figuresBy(facts, (f) => f.agent, 10);
    expect(byAgent.map((a) => [a.key, a.figures.reached, a.figures.sales])).toEqual([
      ['ali', 2, 1],
      ['mona', 1, 0],
    ]);
    expect(figuresBy(facts, (f) => f.channel, 10).map((c) => c.key)).toEqual(['phone', 'sms', 'email']);
  });
});

describe('two-proportion z-test — against a hand-computed table', () => {
  it.each([
    // pA = 0.10, pB = 0.15, pooled 0.125, se = sqrt(.125·.875·(2/1000)) = 0.014790; z = 3.3806; p ≈ 0.00072
    { name: 'B clearly better', a: [100, 1000], b: [150, 1000], z: 3.3806, p: 0.00072, sig: true, winner: 'B' },
    // pA = 0.20, pB = 0.22, pooled 0.21, se = sqrt(.21·.79·(2/100)) = 0.057602; z = 0.3472; p ≈ 0.7284
    {
      name: 'small difference on small groups',
      a: [20, 100],
      b: [22, 100],
      z: 0.3472,
      p: 0.7284,
      sig: false,
      winner: null,
    },
    // pA = 0.30, pB = 0.20, pooled 0.25, se = sqrt(.25·.75·(2/500)) = 0.027386; z = −3.6515; p ≈ 0.00026
    { name: 'A better', a: [150, 500], b: [100, 500], z: -3.6515, p: 0.00026, sig: true, winner: 'A' },
  ] as const)('$name', ({ a, b, z, p, sig, winner }) => {
    const t = twoProportionZTest(a[0], a[1], b[0], b[1]);
    expect(t.z).toBeCloseTo(z, 3);
    expect(t.pValue).toBeCloseTo(p, 4);
    expect(t.significant).toBe(sig);
    expect(t.winner).toBe(winner);
  });

  it.each([
    { name: 'an empty group', a: [0, 0], b: [5, 10] },
    { name: 'no conversion anywhere (no variance)', a: [0, 10], b: [0, 10] },
    { name: 'everyone converted', a: [10, 10], b: [10, 10] },
  ] as const)('nothing to test: $name', ({ a, b }) => {
    expect(twoProportionZTest(a[0], a[1], b[0], b[1])).toEqual({
      z: null,
      pValue: null,
      significant: false,
      winner: null,
    });
  });

  it.each([
    [0, 0.5],
    [1.96, 0.975],
    [-1.96, 0.025],
    [3, 0.99865],
  ])('Φ(%s) = %s', (z, phi) => {
    expect(normalCdf(z)).toBeCloseTo(phi, 4);
  });
});

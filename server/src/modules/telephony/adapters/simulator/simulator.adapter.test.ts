import { describe, expect, it } from 'vitest';
import { TelephonyCommandError, type LegId, type TelephonyEvent } from '../../port.ts';
import { SimulatorTelephony, type SimulatorOptions } from './simulator.adapter.ts';
import { demoDnis, demoWorld, type WorldInput } from './world.ts';

// 21:00 UTC = 00:00 in Asia/Riyadh (UTC+3, no summer time): a simulated day starts at local midnight.
const start = new Date('2026-12-06T21:00:00Z');
const D = '8001240000';
const quiet = Array.from({ length: 24 }, () => 0);
const fixed = (seconds: number) => ({ kind: 'fixed', seconds }) as const;

function simulate(world: WorldInput = {}, options: SimulatorOptions = {}) {
  const sim = new SimulatorTelephony({ seed: 42, speed: 'max', start, world, ...options });
  const events: TelephonyEvent[] = [];
  const byLeg = new Map<LegId, TelephonyEvent[]>();
  sim.onEvent((e) => {
    events.push(e);
    const list = byLeg.get(e.legId);
    if (list) list.push(e);
    else byLeg.set(e.legId, [e]);
  });
  const of = (legId: LegId) => byLeg.get(legId) ?? [];
  const types = (legId: LegId) => of(legId).map((e) => (e.type === 'ended' ? `ended:${e.cause}` : e.type));
  return { sim, events, of, types };
}

/** Seconds since the start of the simulation. */
const t = (e: TelephonyEvent | undefined) => (e!.at.getTime() - start.getTime()) / 1000;

/** One stream on D that brings no calls by itself (callers come through `arrive`). */
function oneLine(stream: Partial<NonNullable<WorldInput['inbound']>[number]> = {}, world: WorldInput = {}): WorldInput {
  return { ...world, inbound: [{ dnis: D, callsPerHour: quiet, ...stream }] };
}

/** Poisson or binomial counts: we accept 4 standard deviations (p ≈ 6e-5 per check). */
const within = (count: number, mean: number, variance: number) =>
  expect(Math.abs(count - mean)).toBeLessThanOrEqual(4 * Math.sqrt(variance));

/**
 * A minimal routing runtime (the lead's real one lives elsewhere): answer, play a menu, queue on a
 * key or at the prompt's end, ring a free simulated colleague, connect on answer.
 */
function runDay(seed: number) {
  const sim = new SimulatorTelephony({ seed, speed: 'max', start, world: demoWorld({ scale: 0.5 }) });
  const agents = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'];
  sim.setSimulatedAgents(agents);
  const free = [...agents];
  const waiting: LegId[] = [];
  const queued = new Set<LegId>();
  const gone = new Set<LegId>();
  const seat = new Map<LegId, { agent: string; caller: LegId }>();
  const log: string[] = [];
  const refusals: unknown[] = [];
  const ok = (p: Promise<unknown>) => p.catch((e: unknown) => refusals.push(e));
  const enqueue = (caller: LegId) => {
    if (queued.has(caller) || gone.has(caller)) return;
    queued.add(caller);
    waiting.push(caller);
    assign();
  };
  const assign = () => {
    while (free.length > 0 && waiting.length > 0) {
      const caller = waiting.shift()!;
      if (gone.has(caller)) continue;
      void ok(sim.originate({ destination: { kind: 'agent', agent: free.shift()! }, tag: caller, timeoutSeconds: 20 }));
    }
  };
  sim.onEvent((e) => {
    log.push(JSON.stringify(e));
    switch (e.type) {
      case 'offered':
        void ok(sim.answer(e.legId));
        void ok(sim.play(e.legId, { text: 'للخدمات العامة اضغط ١، للتحصيل اضغط ٢' }));
        break;
      case 'dtmf':
        enqueue(e.legId);
        break;
      case 'played':
        if (!e.interrupted) enqueue(e.legId);
        break;
      case 'ringing':
        if (e.destination.kind === 'agent') seat.set(e.legId, { agent: e.destination.agent, caller: e.tag! });
        break;
      case 'answered': {
        const s = seat.get(e.legId);
        if (s) void ok(gone.has(s.caller) ? sim.hangup(e.legId) : sim.connect(e.legId, s.caller));
        break;
      }
      case 'ended': {
        gone.add(e.legId);
        const s = seat.get(e.legId);
        if (s) {
          seat.delete(e.legId);
          free.push(s.agent);
          assign();
        }
        break;
      }
    }
  });
  sim.runFor(24 * 3_600_000);
  return { log, refusals, sim };
}

describe('simulator: determinism', () => {
  it('gives the same events for the same seed and the same commands, and others for another seed', () => {
    const a = runDay(11);
    const b = runDay(11);
    const c = runDay(12);
    expect(a.log.length).toBeGreaterThan(1000);
    expect(b.log).toEqual(a.log);
    expect(c.log).not.toEqual(a.log);
    expect(a.refusals).toEqual([]);
    // A living center: calls were connected, some callers gave up, colleagues hung up normally.
    const events = a.log.map((l) => JSON.parse(l) as { type: string; cause?: string; legId: string; at: string });
    expect(events.some((e) => e.type === 'connected')).toBe(true);
    expect(events.some((e) => e.type === 'ended' && e.cause === 'abandoned')).toBe(true);
    expect(events.some((e) => e.type === 'held')).toBe(true);
    // Each leg's events come in time order.
    const last = new Map<string, string>();
    for (const e of events) {
      expect(e.at >= (last.get(e.legId) ?? '')).toBe(true);
      last.set(e.legId, e.at);
    }
  });
});

describe('simulator: arrivals', () => {
  // A Poisson count with mean Λ has variance Λ: Λ ± 4√Λ. Hours are local (Asia/Riyadh).
  const profile = [0, 0, 0, 5, 10, 10, 10, 20, 40, 60, 100, 120, 100, 60, 50, 60, 100, 110, 120, 110, 80, 40, 20, 0];
  const seeds = [1, 2, 3, 4, 5];
  const perHour = Array.from({ length: 24 }, () => 0);
  const perDay: number[] = [];
  for (const seed of seeds) {
    const { sim, events } = simulate({ inbound: [{ dnis: D, callsPerHour: profile, patience: fixed(30) }] }, { seed });
    sim.runFor(24 * 3_600_000);
    const offered = events.filter((e) => e.type === 'offered');
    perDay.push(offered.length);
    for (const e of offered) perHour[(e.at.getUTCHours() + 3) % 24]!++;
  }
  const daily = profile.reduce((a, b) => a + b, 0);

  it.each(seeds.map((seed, i) => ({ seed, i })))('brings Λ ± 4√Λ calls in a day (seed $seed)', ({ i }) => {
    within(perDay[i]!, daily, daily);
  });

  it('follows the hourly profile over five days (5 × rate ± 4√(5 × rate) per hour)', () => {
    profile.forEach((rate, hour) => within(perHour[hour]!, 5 * rate, 5 * rate));
  });

  it('brings no call in a local hour whose rate is 0 (00–03 and 23 Riyadh)', () => {
    expect([0, 1, 2, 23].map((h) => perHour[h])).toEqual([0, 0, 0, 0]);
  });

  it('draws callers from the known customers in the configured share (binomial, 4σ)', () => {
    const known = ['+966501234567', '+966551112233', '+966590000001'];
    const { sim, events } = simulate({
      knownNumbers: known,
      inbound: [{ dnis: D, callsPerHour: Array.from({ length: 24 }, () => 200), knownCallerShare: 0.4 }],
    });
    sim.runFor(24 * 3_600_000);
    const anis = events.flatMap((e) => (e.type === 'offered' ? [e.ani] : []));
    const n = anis.length;
    within(anis.filter((a) => known.includes(a)).length, 0.4 * n, n * 0.4 * 0.6);
    expect(anis.every((a) => known.includes(a) || /^\+9665\d{8}$/.test(a))).toBe(true);
  });
});

describe('simulator: abandonment', () => {
  const world = oneLine({ patience: fixed(60) }, { transferTimeoutSeconds: 30 });

  it('a caller nobody answers hangs up at the end of the patience', () => {
    const { sim, types, of } = simulate(world);
    const caller = sim.arrive(D);
    sim.runFor(3_600_000);
    expect(types(caller)).toEqual(['offered', 'ended:abandoned']);
    expect(t(of(caller).at(-1))).toBe(60);
  });

  it('answering is not connecting: a caller in the IVR still gives up', () => {
    const { sim, types, of } = simulate(world);
    const caller = sim.arrive(D);
    void sim.answer(caller);
    sim.runFor(3_600_000);
    expect(types(caller)).toEqual(['offered', 'answered', 'ended:abandoned']);
    expect(t(of(caller).at(-1))).toBe(60);
  });

  it('a caller connected before the patience ends stays until someone hangs up', async () => {
    const { sim, types, of } = simulate(world);
    const caller = sim.arrive(D);
    const seat = await sim.originate({ destination: { kind: 'agent', agent: 'sara' } });
    sim.runFor(1000);
    await sim.answer(caller);
    await sim.answer(seat);
    sim.runFor(29_000);
    await sim.connect(seat, caller);
    sim.runFor(2 * 3_600_000);
    expect(types(caller)).toEqual(['offered', 'answered', 'connected']);
    await sim.hangup(seat);
    sim.runFor(0);
    expect(types(caller).at(-1)).toBe('ended:normal');
    expect(types(seat).at(-1)).toBe('ended:normal');
    expect(t(of(caller).at(-1))).toBe(30 + 7200);
  });

  it('a caller blind-transferred to a seat nobody answers waits a fresh patience, then gives up', async () => {
    const { sim, types, events, of } = simulate(world);
    const caller = sim.arrive(D);
    const seat = await sim.originate({ destination: { kind: 'agent', agent: 'sara' } });
    sim.runFor(1000);
    await sim.answer(caller);
    await sim.answer(seat);
    await sim.connect(seat, caller);
    sim.runFor(9000);
    await sim.transfer(caller, { kind: 'agent', agent: 'omar' }, 'blind');
    sim.runFor(3_600_000);
    const ring = events.find((e) => e.type === 'ringing' && e.tag === `transfer:${caller}`)!;
    expect(types(ring.legId)).toEqual(['ringing', 'ended:no_answer']);
    expect(t(of(ring.legId).at(-1))).toBeCloseTo(10 + 0.2 + 30, 6);
    expect(types(seat).at(-1)).toBe('ended:normal');
    expect(types(caller)).toEqual(['offered', 'answered', 'connected', 'transferred', 'ended:abandoned']);
    expect(t(of(caller).at(-1))).toBe(10 + 60);
  });
});

describe('simulator: IVR', () => {
  const ivr = {
    thinkTime: fixed(2),
    digits: { '1': 5, '2': 3, none: 2 },
    byPrompt: { 'sub-menu.wav': { '7': 1 } },
  };

  it('presses keys in the configured proportions over many callers (binomial, 4σ)', () => {
    const { sim, events } = simulate(oneLine({ ivr, patience: fixed(600) }));
    const n = 3000;
    for (let i = 0; i < n; i++) {
      const caller = sim.arrive(D);
      void sim.answer(caller);
      void sim.play(caller, { text: 'القائمة الرئيسية' });
    }
    sim.runFor(60_000);
    const digits = events.flatMap((e) => (e.type === 'dtmf' ? [e.digit] : []));
    const count = (d: string) => digits.filter((x) => x === d).length;
    within(count('1'), n * 0.5, n * 0.5 * 0.5);
    within(count('2'), n * 0.3, n * 0.3 * 0.7);
    within(n - digits.length, n * 0.2, n * 0.2 * 0.8);
    expect(digits.every((d) => d === '1' || d === '2')).toBe(true);
  });

  it('uses a prompt’s own weights when it has them', () => {
    const { sim, events } = simulate(oneLine({ ivr, patience: fixed(600) }));
    for (let i = 0; i < 50; i++) {
      const caller = sim.arrive(D);
      void sim.answer(caller);
      void sim.play(caller, { media: 'sub-menu.wav' });
    }
    sim.runFor(60_000);
    const digits = events.flatMap((e) => (e.type === 'dtmf' ? [e.digit] : []));
    expect(digits).toEqual(Array.from({ length: 50 }, () => '7'));
  });

  // 100 characters × 60 ms = 6 s of speech; the key comes 2 s after the start (barge-in) or the end.
  const long = 'ا'.repeat(100);
  it.each([
    { name: 'barge-in: the key cuts the prompt short', bargeIn: true, expected: ['dtmf@2', 'played(true)@2'] },
    { name: 'no barge-in: the prompt ends, then the key', bargeIn: false, expected: ['played(false)@6', 'dtmf@8'] },
  ])('$name', ({ bargeIn, expected }) => {
    const { sim, of } = simulate(oneLine({ ivr: { thinkTime: fixed(2), digits: { '3': 1 } }, patience: fixed(600) }));
    const caller = sim.arrive(D);
    void sim.answer(caller);
    void sim.play(caller, { text: long }, { bargeIn });
    sim.runFor(60_000);
    const seen = of(caller).flatMap((e) =>
      e.type === 'dtmf' ? [`dtmf@${t(e)}`] : e.type === 'played' ? [`played(${e.interrupted})@${t(e)}`] : [],
    );
    expect(seen).toEqual(expected);
  });

  it('plays a recorded prompt for 3 s and a new prompt interrupts the one playing', () => {
    const { sim, of } = simulate(oneLine({ ivr: { digits: { none: 1 } }, patience: fixed(600) }));
    const caller = sim.arrive(D);
    void sim.answer(caller);
    void sim.play(caller, { media: 'welcome' });
    sim.runFor(1000);
    void sim.play(caller, { media: 'menu' });
    sim.runFor(10_000);
    const played = of(caller).flatMap((e) => (e.type === 'played' ? [[t(e), e.interrupted]] : []));
    expect(played).toEqual([
      [1, true],
      [4, false],
    ]);
  });
});

describe('simulator: outbound', () => {
  const outbound = {
    results: { answer: 0.5, busy: 0.1, no_answer: 0.2, failed: 0.05, machine: 0.15 },
    answerRing: fixed(8),
    noAnswerRing: fixed(30),
    busyAfter: fixed(3),
    failedAfter: fixed(1),
    machineRing: fixed(10),
    machineMessage: fixed(25),
    answeredPatience: fixed(4),
  };
  const number = (i: number) => `+96655${String(i).padStart(7, '0')}`;

  it('ends calls with the configured shares and ring times (binomial, 4σ)', async () => {
    const { sim, of } = simulate({ outbound });
    const n = 4000;
    const legs: LegId[] = [];
    for (let i = 0; i < n; i++) {
      legs.push(await sim.originate({ destination: { kind: 'number', number: number(i) }, detectMachine: true }));
    }
    sim.runFor(60_000);
    const shares: Record<string, number> = {};
    const times: Record<string, Set<number>> = {};
    for (const leg of legs) {
      const [ringing, second] = of(leg);
      expect(ringing?.type).toBe('ringing');
      expect(t(ringing)).toBe(0.2);
      const key =
        second!.type === 'answered'
          ? second!.machine
            ? 'machine'
            : 'answer'
          : second!.type === 'ended'
            ? second!.cause
            : '?';
      shares[key] = (shares[key] ?? 0) + 1;
      (times[key] ??= new Set()).add(t(second));
    }
    for (const [key, p] of Object.entries(outbound.results)) within(shares[key] ?? 0, n * p, n * p * (1 - p));
    expect(times).toEqual({
      answer: new Set([8.2]),
      machine: new Set([10.2]),
      busy: new Set([3.2]),
      no_answer: new Set([30.2]),
      failed: new Set([1.2]),
    });
  });

  it.each([
    {
      name: 'a person who answers and hears nobody hangs up (abandoned)',
      results: { answer: 1 },
      request: {},
      expected: [
        ['ringing', 0.2],
        ['answered', 8.2],
        ['ended:abandoned', 12.2],
      ],
    },
    {
      name: 'a timeout shorter than the ringing ends it no_answer',
      results: { answer: 1 },
      request: { timeoutSeconds: 5 },
      expected: [
        ['ringing', 0.2],
        ['ended:no_answer', 5.2],
      ],
    },
    {
      name: 'an undetected machine answers like a person and hangs up after its message',
      results: { machine: 1 },
      request: {},
      expected: [
        ['ringing', 0.2],
        ['answered', 10.2],
        ['ended:normal', 35.2],
      ],
    },
    {
      name: 'a detected machine answers with machine: true',
      results: { machine: 1 },
      request: { detectMachine: true },
      expected: [
        ['ringing', 0.2],
        ['answered(machine)', 10.2],
        ['ended:normal', 35.2],
      ],
    },
  ])('$name', async ({ results, request, expected }) => {
    const { sim, of } = simulate({
      outbound: { ...outbound, results: { answer: 0, busy: 0, no_answer: 0, failed: 0, machine: 0, ...results } },
    });
    const leg = await sim.originate({ destination: { kind: 'number', number: number(1) }, ...request });
    sim.runFor(120_000);
    const seen = of(leg).map((e) => [
      e.type === 'ended' ? `ended:${e.cause}` : e.type === 'answered' && e.machine ? 'answered(machine)' : e.type,
      t(e),
    ]);
    expect(seen).toEqual(expected);
  });

  it('fails a number that is not E.164', async () => {
    const { sim, types } = simulate({
      outbound: { ...outbound, results: { answer: 1, busy: 0, no_answer: 0, failed: 0, machine: 0 } },
    });
    const leg = await sim.originate({ destination: { kind: 'number', number: '0551234567' } });
    sim.runFor(60_000);
    expect(types(leg)).toEqual(['ringing', 'ended:failed']);
  });

  it('echoes the tag on ringing and resolves originate before the leg rings', async () => {
    const { sim, events } = simulate({ outbound });
    const leg = await sim.originate({ destination: { kind: 'number', number: number(2) }, tag: 'row-17' });
    expect(events).toEqual([]);
    sim.runFor(1000);
    expect(events[0]).toMatchObject({ type: 'ringing', legId: leg, tag: 'row-17' });
  });
});

describe('simulator: agents’ seats', () => {
  const agents = { ringDelay: fixed(2), handleTime: fixed(180), holdProbability: 1, holdDuration: fixed(30) };

  it('a simulated colleague answers, talks, holds the customer once, and hangs up (offered → connected → ended)', async () => {
    const { sim, of, types } = simulate(
      oneLine({ patience: fixed(600) }, { agents, connected: { dropProbability: 0 } }),
    );
    sim.setSimulatedAgents(['khalid']);
    const caller = sim.arrive(D);
    await sim.answer(caller);
    const seat = await sim.originate({ destination: { kind: 'agent', agent: 'khalid' }, timeoutSeconds: 20 });
    sim.onEvent((e) => {
      if (e.type === 'answered' && e.legId === seat) void sim.connect(seat, caller);
    });
    sim.runFor(3_600_000);
    expect(types(caller)).toEqual(['offered', 'answered', 'connected', 'held', 'unheld', 'ended:normal']);
    expect(types(seat)).toEqual(['ringing', 'answered', 'connected', 'ended:normal']);
    const at = Object.fromEntries(of(caller).map((e) => [e.type, t(e)]));
    const seatAt = Object.fromEntries(of(seat).map((e) => [e.type, t(e)]));
    expect(seatAt).toEqual({ ringing: 0.2, answered: 2.2, connected: 2.2, ended: 2.2 + 180 + 30 });
    expect(at.connected).toBe(2.2);
    // The hold starts between 20 % and 80 % of the talk and lasts 30 s; the call ends after both.
    expect(at.held! - 2.2).toBeGreaterThanOrEqual(0.2 * 180);
    expect(at.held! - 2.2).toBeLessThanOrEqual(0.8 * 180);
    expect(at.unheld! - at.held!).toBeCloseTo(30, 6);
    expect(at.ended).toBe(seatAt.ended);
  });

  it('draws a simulated colleague’s wrap-up from the world, the same for the same seed and colleague', () => {
    const world = { agents: { wrapUp: { kind: 'uniform', min: 10, max: 30 } } } as const;
    const a = simulate(world).sim;
    const b = simulate(world).sim;
    const draws = (sim: SimulatorTelephony, agent: string) => Array.from({ length: 20 }, () => sim.drawWrapUpMs(agent));
    const khalid = draws(a, 'khalid');
    expect(khalid.every((ms) => ms >= 10_000 && ms <= 30_000)).toBe(true);
    expect(draws(b, 'khalid')).toEqual(khalid);
    expect(draws(b, 'omar')).not.toEqual(khalid);
  });

  it('marks simulated colleagues by a function too', async () => {
    const { sim, types } = simulate({ agents }, { isSimulatedAgent: (a) => a.startsWith('bot-') });
    const bot = await sim.originate({ destination: { kind: 'agent', agent: 'bot-1' } });
    const person = await sim.originate({ destination: { kind: 'agent', agent: 'sara' } });
    sim.runFor(600_000);
    expect(types(bot)).toEqual(['ringing', 'answered']);
    expect(types(person)).toEqual(['ringing']);
  });

  it.each([
    {
      name: 'rings until the answer command',
      answerAt: 45,
      timeoutSeconds: undefined,
      expected: ['ringing@0.2', 'answered@45'],
    },
    {
      name: 'rings until the timeout (no_answer)',
      answerAt: null,
      timeoutSeconds: 20,
      expected: ['ringing@0.2', 'ended:no_answer@20.2'],
    },
    { name: 'rings on without a timeout', answerAt: null, timeoutSeconds: undefined, expected: ['ringing@0.2'] },
  ])('a real agent’s seat $name', async ({ answerAt, timeoutSeconds, expected }) => {
    const { sim, of } = simulate({ agents });
    const seat = await sim.originate({ destination: { kind: 'agent', agent: 'sara' }, timeoutSeconds });
    if (answerAt !== null) {
      sim.runFor(answerAt * 1000);
      await sim.answer(seat);
    }
    sim.runFor(3_600_000);
    expect(of(seat).map((e) => `${e.type === 'ended' ? `ended:${e.cause}` : e.type}@${t(e)}`)).toEqual(expected);
  });
});

describe('simulator: connected pairs', () => {
  async function pair(world: WorldInput) {
    const s = simulate(oneLine({ patience: fixed(600) }, world));
    const caller = s.sim.arrive(D);
    await s.sim.answer(caller);
    const seat = await s.sim.originate({ destination: { kind: 'agent', agent: 'sara' } });
    s.sim.runFor(1000);
    await s.sim.answer(seat);
    await s.sim.connect(seat, caller);
    s.sim.runFor(0);
    return { ...s, caller, seat };
  }

  it('a dropped call ends both legs with dropped', async () => {
    const { sim, types, of, caller, seat } = await pair({ connected: { dropProbability: 1, dropAfter: fixed(10) } });
    sim.runFor(3_600_000);
    expect(types(caller).at(-1)).toBe('ended:dropped');
    expect(types(seat).at(-1)).toBe('ended:dropped');
    expect([t(of(caller).at(-1)), t(of(seat).at(-1))]).toEqual([11, 11]);
  });

  it('hanging up the customer ends the agent’s leg normally', async () => {
    const { sim, types, caller, seat } = await pair({ connected: { dropProbability: 0 } });
    await sim.hangup(caller);
    sim.runFor(0);
    expect([types(caller).at(-1), types(seat).at(-1)]).toEqual(['ended:normal', 'ended:normal']);
    expect(await sim.liveLegs()).toEqual([]);
  });

  it('holds and unholds a leg with held/unheld events', async () => {
    const { sim, types, caller } = await pair({ connected: { dropProbability: 0 } });
    await sim.hold(caller);
    await sim.unhold(caller);
    sim.runFor(0);
    expect(types(caller).slice(-2)).toEqual(['held', 'unheld']);
  });

  it('an attended transfer joins the customer to the consulted colleague and releases the first agent', async () => {
    const { sim, types, events, caller, seat } = await pair({ connected: { dropProbability: 0 } });
    await sim.hold(caller);
    const consult = await sim.originate({ destination: { kind: 'agent', agent: 'omar' } });
    sim.runFor(1000);
    await sim.answer(consult);
    await sim.connect(seat, consult);
    await sim.transfer(caller, { kind: 'agent', agent: 'omar' }, 'attended', consult);
    sim.runFor(0);
    expect(types(seat).at(-1)).toBe('ended:normal');
    expect(types(caller).slice(-4)).toEqual(['held', 'transferred', 'unheld', 'connected']);
    expect(events.find((e) => e.type === 'transferred')).toMatchObject({ mode: 'attended', consultLegId: consult });
    expect(events.at(-1)).toMatchObject({ type: 'connected', legId: consult, otherLegId: caller });
  });

  it('a blind transfer to a simulated colleague rings a new leg and connects it when answered', async () => {
    const { sim, types, events, caller, seat } = await pair({
      connected: { dropProbability: 0 },
      agents: { ringDelay: fixed(4) },
    });
    sim.setSimulatedAgents(['khalid']);
    await sim.transfer(caller, { kind: 'agent', agent: 'khalid' }, 'blind');
    sim.runFor(10_000);
    const ring = events.find((e) => e.type === 'ringing' && e.tag === `transfer:${caller}`)!;
    expect(types(seat).at(-1)).toBe('ended:normal');
    expect(types(ring.legId)).toEqual(['ringing', 'answered', 'connected']);
    expect(types(caller).slice(-2)).toEqual(['transferred', 'connected']);
  });

  it('names recordings sim-<leg>-<n> and stops the running one when the leg ends', async () => {
    const { sim, of, caller } = await pair({ connected: { dropProbability: 0 } });
    expect(await sim.startRecording(caller)).toBe(`sim-${caller}-1`);
    await sim.stopRecording(caller);
    expect(await sim.startRecording(caller)).toBe(`sim-${caller}-2`);
    await sim.hangup(caller);
    sim.runFor(0);
    const rec = of(caller).flatMap((e) => (e.type === 'recording' ? [`${e.name} ${e.state}`] : []));
    expect(rec).toEqual([
      `sim-${caller}-1 started`,
      `sim-${caller}-1 stopped`,
      `sim-${caller}-2 started`,
      `sim-${caller}-2 stopped`,
    ]);
    expect(of(caller).at(-1)?.type).toBe('ended');
  });

  it.each(['listen', 'whisper', 'barge'] as const)(
    'a supervisor can %s: a new leg, ended with the call',
    async (mode) => {
      const { sim, types, seat } = await pair({ connected: { dropProbability: 0 } });
      const supervisor = await sim.snoop(seat, 'huda', mode);
      expect(supervisor).not.toBe(seat);
      await sim.hangup(seat);
      sim.runFor(0);
      expect(types(supervisor)).toEqual(['answered', 'ended:normal']);
    },
  );
});

describe('simulator: listeners and the clock', () => {
  it('a command from a listener takes effect at the event’s virtual time, after it', () => {
    const { sim, of } = simulate(oneLine({ patience: fixed(600) }));
    sim.onEvent((e) => {
      if (e.type === 'offered') void sim.answer(e.legId);
    });
    sim.runFor(5000);
    const caller = sim.arrive(D);
    sim.runFor(5000);
    expect(of(caller).map((e) => [e.type, t(e)])).toEqual([
      ['offered', 5],
      ['answered', 5],
    ]);
  });

  it('reports a throwing listener to onListenerError while the others hear every event', () => {
    const errors: string[] = [];
    const { sim, events } = simulate(oneLine(), {
      onListenerError: (error, event) => errors.push(`${(error as Error).message} on ${event.type}`),
    });
    sim.onEvent((e) => {
      if (e.type === 'offered') throw new Error('boom');
    });
    sim.arrive(D);
    sim.arrive(D);
    sim.runFor(0);
    expect(errors).toEqual(['boom on offered', 'boom on offered']);
    expect(events.map((e) => e.type)).toEqual(['offered', 'offered']);
  });

  it('rethrows a listener error from runFor by default and delivers the rest on the next run', () => {
    const { sim } = simulate(oneLine());
    const heard: LegId[] = [];
    let thrown = false;
    sim.onEvent((e) => {
      heard.push(e.legId);
      if (!thrown) {
        thrown = true;
        throw new Error('boom');
      }
    });
    const first = sim.arrive(D);
    const second = sim.arrive(D);
    expect(() => sim.runFor(0)).toThrow('boom');
    sim.runFor(0);
    expect(heard).toEqual([first, second]);
  });

  it('lands an async listener’s follow-up command at the event’s virtual time (runForAsync)', async () => {
    const { sim, of } = simulate(oneLine({ patience: fixed(600), ivr: { digits: { none: 1 } } }));
    sim.onEvent(async (e) => {
      if (e.type !== 'offered') return;
      await sim.answer(e.legId);
      await new Promise((resolve) => setImmediate(resolve));
      await sim.play(e.legId, { text: 'مرحبا' });
    });
    sim.runFor(7000);
    const caller = sim.arrive(D);
    await sim.runForAsync(60_000);
    expect(of(caller).map((e) => [e.type, t(e)])).toEqual([
      ['offered', 7],
      ['answered', 7],
      ['played', 7 + 5 * 0.06],
    ]);
  });

  it('shares its clock with whoever uses sim.timers', () => {
    const { sim } = simulate();
    const fired: number[] = [];
    sim.timers.after(90_000, () => fired.push(sim.now().getTime() - start.getTime()));
    sim.runFor(60_000);
    expect(fired).toEqual([]);
    sim.runFor(60_000);
    expect(fired).toEqual([90_000]);
    expect(sim.now().getTime() - start.getTime()).toBe(120_000);
  });

  it('refuses an unknown DNIS for arrive and a world with a DNIS twice', () => {
    expect(() => simulate(oneLine()).sim.arrive('999')).toThrow(RangeError);
    expect(
      () =>
        new SimulatorTelephony({
          speed: 'max',
          world: {
            inbound: [
              { dnis: D, callsPerHour: quiet },
              { dnis: D, callsPerHour: quiet },
            ],
          },
        }),
    ).toThrow(/DNIS twice/);
  });

  it('builds the demo world (Saudi DNIS, peaks 10–13 and 16–21)', () => {
    const sim = new SimulatorTelephony({ speed: 'max', start, world: demoWorld({ knownNumbers: ['+966501234567'] }) });
    expect(sim.world.inbound.map((s) => s.dnis)).toEqual([demoDnis.general, demoDnis.collections]);
    const rates = sim.world.inbound[0]!.callsPerHour;
    const peak = Math.min(...[10, 11, 12, 16, 17, 18, 19, 20].map((h) => rates[h]!));
    expect(Math.max(...[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 13, 14, 15, 21, 22, 23].map((h) => rates[h]!))).toBeLessThan(
      peak,
    );
  });
});

describe('simulator: refused commands', () => {
  type Fixture = Awaited<ReturnType<typeof fixture>>;
  async function fixture() {
    const s = simulate(
      oneLine(
        { patience: fixed(3600) },
        { outbound: { results: { answer: 1, busy: 0, no_answer: 0, failed: 0, machine: 0 }, answerRing: fixed(100) } },
      ),
    );
    const { sim } = s;
    const offered = sim.arrive(D);
    const up = sim.arrive(D);
    await sim.answer(up);
    const other = sim.arrive(D);
    await sim.answer(other);
    const held = sim.arrive(D);
    await sim.answer(held);
    await sim.hold(held);
    const a = sim.arrive(D);
    const b = sim.arrive(D);
    await sim.answer(a);
    await sim.answer(b);
    await sim.connect(a, b);
    const ended = sim.arrive(D);
    await sim.hangup(ended);
    const ringingNumber = await sim.originate({ destination: { kind: 'number', number: '+966551234567' } });
    sim.runFor(1000);
    const dialing = await sim.originate({ destination: { kind: 'agent', agent: 'sara' } });
    return { sim, legs: { offered, up, other, held, a, b, ended, ringingNumber, dialing, missing: 'nope' } };
  }
  type Legs = Fixture['legs'];
  type Row = { command: string; leg: keyof Legs; run: (f: Fixture, leg: LegId) => Promise<unknown>; code: string };

  const rows: Row[] = [
    { command: 'answer twice', leg: 'up', run: (f, l) => f.sim.answer(l), code: 'leg_state' },
    { command: 'answer an ended leg', leg: 'ended', run: (f, l) => f.sim.answer(l), code: 'leg_state' },
    {
      command: 'answer a customer’s ringing phone',
      leg: 'ringingNumber',
      run: (f, l) => f.sim.answer(l),
      code: 'leg_state',
    },
    { command: 'answer before it rings', leg: 'dialing', run: (f, l) => f.sim.answer(l), code: 'leg_state' },
    { command: 'hold an unanswered leg', leg: 'offered', run: (f, l) => f.sim.hold(l), code: 'leg_state' },
    { command: 'hold twice', leg: 'held', run: (f, l) => f.sim.hold(l), code: 'leg_state' },
    { command: 'unhold a leg not held', leg: 'up', run: (f, l) => f.sim.unhold(l), code: 'leg_state' },
    { command: 'connect an ended leg', leg: 'ended', run: (f, l) => f.sim.connect(l, f.legs.up), code: 'leg_state' },
    { command: 'connect to an ended leg', leg: 'up', run: (f, l) => f.sim.connect(l, f.legs.ended), code: 'leg_state' },
    {
      command: 'connect an unanswered leg',
      leg: 'offered',
      run: (f, l) => f.sim.connect(l, f.legs.up),
      code: 'leg_state',
    },
    { command: 'connect a leg to itself', leg: 'up', run: (f, l) => f.sim.connect(l, l), code: 'leg_state' },
    { command: 'connect a pair twice', leg: 'a', run: (f, l) => f.sim.connect(l, f.legs.b), code: 'leg_state' },
    { command: 'connect to a missing leg', leg: 'up', run: (f, l) => f.sim.connect(l, 'nope'), code: 'leg_not_found' },
    {
      command: 'blind-transfer an unanswered leg',
      leg: 'offered',
      run: (f, l) => f.sim.transfer(l, { kind: 'agent', agent: 'omar' }, 'blind'),
      code: 'leg_state',
    },
    {
      command: 'attended transfer without a consultation leg',
      leg: 'a',
      run: (f, l) => f.sim.transfer(l, { kind: 'agent', agent: 'omar' }, 'attended'),
      code: 'leg_state',
    },
    {
      command: 'attended transfer with a consultation leg not connected',
      leg: 'a',
      run: (f, l) => f.sim.transfer(l, { kind: 'agent', agent: 'omar' }, 'attended', f.legs.up),
      code: 'leg_state',
    },
    {
      command: 'attended transfer with a missing consultation leg',
      leg: 'a',
      run: (f, l) => f.sim.transfer(l, { kind: 'agent', agent: 'omar' }, 'attended', 'nope'),
      code: 'leg_not_found',
    },
    { command: 'hang up twice', leg: 'ended', run: (f, l) => f.sim.hangup(l), code: 'leg_state' },
    {
      command: 'play to an unanswered leg',
      leg: 'offered',
      run: (f, l) => f.sim.play(l, { text: 'x' }),
      code: 'leg_state',
    },
    { command: 'play to an ended leg', leg: 'ended', run: (f, l) => f.sim.play(l, { text: 'x' }), code: 'leg_state' },
    {
      command: 'record twice',
      leg: 'up',
      run: async (f, l) => {
        await f.sim.startRecording(l);
        await f.sim.startRecording(l);
      },
      code: 'leg_state',
    },
    { command: 'stop a recording never started', leg: 'up', run: (f, l) => f.sim.stopRecording(l), code: 'leg_state' },
    {
      command: 'snoop an unanswered leg',
      leg: 'offered',
      run: (f, l) => f.sim.snoop(l, 'huda', 'listen'),
      code: 'leg_state',
    },
  ];
  const everyCommand: [string, (f: Fixture, leg: LegId) => Promise<unknown>][] = [
    ['answer', (f, l) => f.sim.answer(l)],
    ['hold', (f, l) => f.sim.hold(l)],
    ['unhold', (f, l) => f.sim.unhold(l)],
    ['connect', (f, l) => f.sim.connect(l, f.legs.up)],
    ['transfer', (f, l) => f.sim.transfer(l, { kind: 'agent', agent: 'omar' }, 'blind')],
    ['hangup', (f, l) => f.sim.hangup(l)],
    ['play', (f, l) => f.sim.play(l, { text: 'x' })],
    ['startRecording', (f, l) => f.sim.startRecording(l)],
    ['stopRecording', (f, l) => f.sim.stopRecording(l)],
    ['snoop', (f, l) => f.sim.snoop(l, 'huda', 'listen')],
  ];
  for (const [command, run] of everyCommand)
    rows.push({ command: `${command} a missing leg`, leg: 'missing', run, code: 'leg_not_found' });

  it.each(rows)('$command → $code', async ({ leg, run, code }) => {
    const f = await fixture();
    const error = await run(f, f.legs[leg]).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TelephonyCommandError);
    expect((error as TelephonyCommandError).code).toBe(code);
  });

  it.each(everyCommand)('%s after close → switch_unavailable', async (_name, run) => {
    const f = await fixture();
    await f.sim.close();
    await expect(run(f, f.legs.up)).rejects.toMatchObject({ code: 'switch_unavailable' });
    expect(await f.sim.liveLegs()).toEqual([]);
  });

  it('forgets ended legs after the retention (then leg_not_found)', async () => {
    const { sim } = simulate(oneLine({}, { endedRetentionSeconds: 60 }));
    const caller = sim.arrive(D);
    await sim.hangup(caller);
    sim.runFor(61_000);
    sim.arrive(D);
    await sim.hangup(sim.arrive(D));
    await expect(sim.answer(caller)).rejects.toMatchObject({ code: 'leg_not_found' });
  });
});

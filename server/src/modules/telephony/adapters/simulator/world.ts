// The simulated call center's world: who calls which number and when, how patient they are, what
// they press in the IVR, how customers answer outbound calls, how simulated colleagues work.
// A typed object validated with zod; every part has a default, and demoWorld() is a Saudi center.

import { z } from 'zod';

const seconds = z.number().finite().nonnegative();
const positive = z.number().finite().positive();

export const distributionSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('fixed'), seconds }),
    z.object({ kind: z.literal('uniform'), min: seconds, max: seconds }),
    z.object({ kind: z.literal('exponential'), mean: positive, max: positive.optional() }),
    z.object({ kind: z.literal('lognormal'), mean: positive, sd: seconds, max: positive.optional() }),
  ])
  .refine((d) => d.kind !== 'uniform' || d.max >= d.min, { message: 'uniform: max must be ≥ min' });

const e164 = z.string().regex(/^\+[1-9]\d{6,14}$/, 'an E.164 number (+9665…)');
const probability = z.number().min(0).max(1);

/** Key → weight; `none` = the caller presses nothing. */
const digitWeights = z
  .record(z.string().regex(/^([0-9*#]|none)$/, 'a DTMF key (0-9 * #) or none'), z.number().finite().nonnegative())
  .refine((w) => Object.values(w).some((x) => x > 0), { message: 'at least one positive weight' });

const ivrSchema = z.object({
  /** From the prompt's start (barge-in) or end (no barge-in) to the key. */
  thinkTime: distributionSchema.default({ kind: 'lognormal', mean: 3, sd: 1.5, max: 20 }),
  digits: digitWeights.default({ '1': 0.45, '2': 0.3, '3': 0.1, '0': 0.1, none: 0.05 }),
  /** Weights for one prompt (keyed by its media, else its text), e.g. a sub-menu with other choices. */
  byPrompt: z.record(z.string(), digitWeights).default({}),
});

const inboundStreamSchema = z.object({
  /** The number dialled. */
  dnis: z.string().min(1),
  /** Calls per hour for each local hour 0–23 (a Poisson process, piecewise constant). */
  callsPerHour: z.array(z.number().finite().nonnegative()).length(24),
  /** From arrival: a caller not connected to anyone by then hangs up (`ended{abandoned}`). */
  patience: distributionSchema.default({ kind: 'lognormal', mean: 120, sd: 90, max: 1800 }),
  /** Share of callers calling from one of the world's known numbers (screen pop finds them). */
  knownCallerShare: probability.default(0.3),
  ivr: ivrSchema.prefault({}),
});

const outboundSchema = z.object({
  /** What happens to `originate({kind:'number'})`; relative weights. */
  results: z
    .object({ answer: seconds, busy: seconds, no_answer: seconds, failed: seconds, machine: seconds })
    .refine((w) => Object.values(w).some((x) => x > 0), { message: 'at least one positive weight' })
    .default({ answer: 0.55, busy: 0.08, no_answer: 0.25, failed: 0.04, machine: 0.08 }),
  /** Ringing before a person answers. */
  answerRing: distributionSchema.default({ kind: 'lognormal', mean: 10, sd: 5, max: 45 }),
  /** Ringing before the network gives up (when `timeoutSeconds` is not shorter). */
  noAnswerRing: distributionSchema.default({ kind: 'uniform', min: 25, max: 40 }),
  busyAfter: distributionSchema.default({ kind: 'uniform', min: 1, max: 4 }),
  failedAfter: distributionSchema.default({ kind: 'uniform', min: 0.5, max: 3 }),
  machineRing: distributionSchema.default({ kind: 'lognormal', mean: 12, sd: 5, max: 45 }),
  /** An answering machine hangs up by itself after its greeting and recording time. */
  machineMessage: distributionSchema.default({ kind: 'uniform', min: 20, max: 40 }),
  /** A person who answered and hears nobody hangs up (`ended{abandoned}`): predictive dialling's risk. */
  answeredPatience: distributionSchema.default({ kind: 'lognormal', mean: 5, sd: 3, max: 30 }),
});

const agentsSchema = z.object({
  /** A simulated colleague's seat rings this long before the colleague answers. */
  ringDelay: distributionSchema.default({ kind: 'lognormal', mean: 3, sd: 1.5, max: 15 }),
  /** Chance a simulated colleague lets the seat ring (until the originate timeout). */
  missProbability: probability.default(0),
  /** Talk time of a simulated colleague, from `connect` to hanging up (hold time comes on top). */
  handleTime: distributionSchema.default({ kind: 'lognormal', mean: 240, sd: 150, max: 3600 }),
  holdProbability: probability.default(0.15),
  holdDuration: distributionSchema.default({ kind: 'lognormal', mean: 45, sd: 30, max: 600 }),
  /** After-call work of a simulated colleague (the runtime asks `drawWrapUpMs` when a call ends). */
  wrapUp: distributionSchema.default({ kind: 'lognormal', mean: 20, sd: 10, max: 180 }),
});

export const worldSchema = z
  .object({
    /** The hourly profiles are read in this time zone. */
    timeZone: z.string().default('Asia/Riyadh').refine(isTimeZone, { message: 'an IANA time zone (Asia/Riyadh)' }),
    /** Customers' phone numbers; a share of callers call from these. */
    knownNumbers: z.array(e164).default([]),
    inbound: z.array(inboundStreamSchema).default([]),
    /** Callers of outbound calls (and anyone without a stream) in the IVR. */
    ivr: ivrSchema.prefault({ digits: { none: 1 } }),
    outbound: outboundSchema.prefault({}),
    agents: agentsSchema.prefault({}),
    connected: z
      .object({
        /** Chance a connected pair is cut by the network (`ended{dropped}` on both legs). */
        dropProbability: probability.default(0.005),
        /** When, after `connect`, a doomed call drops. */
        dropAfter: distributionSchema.default({ kind: 'exponential', mean: 90, max: 1800 }),
      })
      .prefault({}),
    prompts: z.object({ msPerCharacter: seconds.default(60), mediaMs: seconds.default(3000) }).prefault({}),
    /** From `originate` to `ringing`. */
    setupMs: seconds.default(200),
    /** A blind transfer rings its destination this long at most. */
    transferTimeoutSeconds: positive.default(30),
    /** Ended legs are remembered this long (commands on them say leg_state, later leg_not_found). */
    endedRetentionSeconds: positive.default(900),
  })
  .superRefine((w, ctx) => {
    const seen = new Set<string>();
    w.inbound.forEach((s, i) => {
      if (seen.has(s.dnis)) ctx.addIssue({ code: 'custom', path: ['inbound', i, 'dnis'], message: 'DNIS twice' });
      seen.add(s.dnis);
    });
  });

export type WorldInput = z.input<typeof worldSchema>;
export type World = z.output<typeof worldSchema>;
export type InboundStream = World['inbound'][number];
export type IvrBehaviour = World['ivr'];

/** Parse and validate a world (throws a ZodError naming the bad field). */
export function parseWorld(input: WorldInput = {}): World {
  return worldSchema.parse(input);
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const demoDnis = { general: '8001240000', collections: '8001240001' } as const;

// Calls per hour, hour 0–23 in Asia/Riyadh: peaks 10–13 and 16–21.
const generalProfile = [3, 2, 1, 1, 1, 2, 4, 10, 25, 40, 70, 80, 75, 40, 35, 40, 70, 75, 80, 80, 70, 35, 15, 6];
const collectionsProfile = [1, 1, 0, 0, 0, 1, 1, 4, 10, 16, 28, 32, 30, 16, 14, 16, 28, 30, 32, 32, 28, 14, 6, 2];

/**
 * A Saudi center: 8001240000 general service, 8001240001 collections (callers less patient, more
 * of them known debtors). `scale` multiplies every hourly rate (0.2 for a quiet demo with few
 * simulated colleagues); `knownNumbers` are the demo customers' phones for the screen pop.
 */
export function demoWorld(options: { knownNumbers?: readonly string[]; scale?: number } = {}): WorldInput {
  const scale = options.scale ?? 1;
  return {
    timeZone: 'Asia/Riyadh',
    knownNumbers: [...(options.knownNumbers ?? [])],
    inbound: [
      {
        dnis: demoDnis.general,
        callsPerHour: generalProfile.map((r) => r * scale),
        patience: { kind: 'lognormal', mean: 150, sd: 120, max: 1200 },
        knownCallerShare: 0.35,
        ivr: { digits: { '1': 0.45, '2': 0.3, '3': 0.1, '0': 0.1, none: 0.05 } },
      },
      {
        dnis: demoDnis.collections,
        callsPerHour: collectionsProfile.map((r) => r * scale),
        patience: { kind: 'lognormal', mean: 90, sd: 70, max: 900 },
        knownCallerShare: 0.6,
        ivr: { digits: { '1': 0.6, '2': 0.25, '0': 0.1, none: 0.05 } },
      },
    ],
  };
}

// حاسبة التوظيف — staffing (SPEC K4): Erlang C (M/M/n, callers wait for ever) and Erlang A
// (M/M/n+M, callers abandon after an exponentially distributed patience). Pure arithmetic.
//
// Erlang C is computed from Erlang B by its recursion (B(0) = 1, B(k) = A·B(k−1) / (k + A·B(k−1)))
// and C = n·B / (n − A·(1 − B)): no factorials, no powers, stable for thousands of agents.
// Erlang A is computed from the birth–death chain of the M/M/n+M queue (the standard
// computation): stationary probabilities in log space, then, for a caller who finds i callers
// queued ahead, the chance and the time of reaching an agent before his own patience runs out.

export type StaffingInput = {
  /** Calls offered in one interval. */
  calls: number;
  /** The interval's length in seconds (1800 for half an hour). */
  intervalSeconds: number;
  /** Average handling time (talk + hold + wrap-up) in seconds. */
  ahtSeconds: number;
  /** Service level target: this share of calls … (0–1) */
  targetServiceLevel: number;
  /** … answered within this many seconds. */
  targetSeconds: number;
  /** Share of paid time agents are not available for calls (breaks, training); 0–1, default 0. */
  shrinkage?: number;
  /** Highest acceptable occupancy (0–1, default 1: no cap). */
  maxOccupancy?: number;
  /** Average caller patience in seconds: given → Erlang A; absent → Erlang C. */
  patienceSeconds?: number;
};

export type Performance = {
  agents: number;
  /** Share of all offered calls answered within the target time (abandons are misses). */
  serviceLevel: number;
  /** Average wait of the calls that are answered, seconds. */
  asaSeconds: number;
  /** Carried load over agents: the share of their time they spend handling calls. */
  occupancy: number;
  /** Probability an arriving call finds every agent busy (has to wait). */
  pWait: number;
  /** Probability an arriving call abandons before an agent answers (0 for Erlang C). */
  pAbandon: number;
};

export type StaffingResult = Performance & {
  model: 'erlang_c' | 'erlang_a';
  /** Offered load in Erlangs (calls × AHT / interval). */
  trafficErlangs: number;
  /** Agents scheduled: agents on the phones ÷ (1 − shrinkage), rounded up. */
  scheduled: number;
};

/** Erlang B: the blocking probability of n servers offered A Erlangs (the recursion). */
export function erlangB(n: number, a: number): number {
  let b = 1;
  for (let k = 1; k <= n; k++) b = (a * b) / (k + a * b);
  return b;
}

/** Erlang C: the probability of waiting with n agents and A Erlangs; 1 when n ≤ A (the queue grows). */
export function erlangC(n: number, a: number): number {
  if (a <= 0) return 0;
  if (n <= a) return 1;
  const b = erlangB(n, a);
  return (n * b) / (n - a * (1 - b));
}

/** Erlang C figures for n agents (offered load `a` Erlangs, mean handling time `aht` seconds). */
export function erlangCPerformance(n: number, a: number, aht: number, targetSeconds: number): Performance {
  if (a <= 0) return { agents: n, serviceLevel: 1, asaSeconds: 0, occupancy: 0, pWait: 0, pAbandon: 0 };
  if (n <= a) return { agents: n, serviceLevel: 0, asaSeconds: Infinity, occupancy: 1, pWait: 1, pAbandon: 0 };
  const pWait = erlangC(n, a);
  return {
    agents: n,
    serviceLevel: 1 - pWait * Math.exp((-(n - a) * targetSeconds) / aht),
    asaSeconds: (pWait * aht) / (n - a),
    occupancy: a / n,
    pWait,
    pAbandon: 0,
  };
}

const LOG_TAIL = 40; // e^-40 ≈ 4e-18: states with less weight than this are left out
const MAX_STATES = 2_000_000;

/** Stationary distribution of M/M/n+M (λ, μ, θ per second), truncated where it is negligible. */
export function erlangAStates(n: number, lambda: number, mu: number, theta: number): number[] {
  const logs: number[] = [0];
  let max = 0;
  for (let k = 1; ; k++) {
    const death = Math.min(k, n) * mu + Math.max(k - n, 0) * theta;
    const log = logs[k - 1]! + Math.log(lambda) - Math.log(death);
    logs.push(log);
    if (log > max) max = log;
    // Past the mode and the agents, the terms only shrink: stop when they no longer count.
    if (k > n && log < logs[k - 1]! && log < max - LOG_TAIL) break;
    if (k > MAX_STATES) throw new RangeError('erlang_a_too_large');
  }
  const weights = logs.map((l) => Math.exp(l - max));
  const total = weights.reduce((s, w) => s + w, 0);
  return weights.map((w) => w / total);
}

/** log of the Poisson probabilities for mean m, from k = 0 until their tail no longer counts. */
function poisson(m: number): number[] {
  const out: number[] = [];
  let log = -m;
  let cumulative = 0;
  for (let k = 0; ; k++) {
    if (k > 0) log += Math.log(m) - Math.log(k);
    const p = Math.exp(log);
    out.push(p);
    cumulative += p;
    if ((k > m && 1 - cumulative < 1e-15) || k > m + 50 * Math.sqrt(m + 1) + 100) break;
  }
  return out;
}

/** Erlang A figures for n agents (λ calls, μ = 1/AHT, θ = 1/patience, all per second). */
export function erlangAPerformance(
  n: number,
  lambda: number,
  mu: number,
  theta: number,
  targetSeconds: number,
): Performance {
  if (lambda <= 0) return { agents: n, serviceLevel: 1, asaSeconds: 0, occupancy: 0, pWait: 0, pAbandon: 0 };
  const pi = erlangAStates(n, lambda, mu, theta);
  const agentsRate = n * mu;
  // A caller who finds i callers queued ahead moves up at rate nμ + jθ while j are ahead, and
  // gives up at rate θ: he reaches an agent with probability Π (nμ + jθ) / (nμ + (j + 1)θ).
  const queued = pi.slice(n); // queued[i]: arrives to find i callers waiting
  const served: number[] = [];
  let survive = 1;
  let meanServedWait = 0; // expected time to reach the agent, given he does
  let pWait = 0;
  let pServedAfterWait = 0;
  let servedWaitSum = 0;
  for (let i = 0; i < queued.length; i++) {
    const forward = agentsRate + i * theta;
    survive *= forward / (forward + theta);
    meanServedWait += 1 / (forward + theta);
    served.push(survive);
    pWait += queued[i]!;
    pServedAfterWait += queued[i]! * survive;
    servedWaitSum += queued[i]! * survive * meanServedWait;
  }
  // The survival products above are cumulative from phase 0 outwards, which is the right
  // order: a caller with i ahead passes phases i, i−1, …, 0, each with its own rate.
  const pNoWait = 1 - pWait;
  const pServed = pNoWait + pServedAfterWait;
  const pAbandon = Math.max(0, 1 - pServed);

  // Answered within t: uniformise the tagged caller's path (phases i … 0, then the agent),
  // starting from the mix of phases arriving callers find.
  // A caller who finds j queued ahead needs j + 1 steps forward: with at most K steps likely in
  // time t, the phases from K on cannot be answered within t and are left out — which also
  // lowers the uniform rate, and so K, until the two agree (an overloaded queue stays cheap).
  let phases = queued.length;
  let uniform = agentsRate + (phases + 1) * theta;
  let steps = poisson(uniform * targetSeconds);
  while (steps.length < phases) {
    phases = steps.length;
    uniform = agentsRate + (phases + 1) * theta;
    steps = poisson(uniform * targetSeconds);
  }
  let mass = queued.slice(0, phases);
  let reached = 0;
  let servedWithin = pNoWait * 1; // answered at once
  let cumulativeReach = 0;
  for (let k = 0; k < steps.length; k++) {
    cumulativeReach += steps[k]! * reached;
    if (k === steps.length - 1) break;
    const next = new Array<number>(phases).fill(0);
    for (let j = 0; j < phases; j++) {
      const m = mass[j]!;
      if (m === 0) continue;
      const forward = (agentsRate + j * theta) / uniform;
      const stay = 1 - forward - theta / uniform;
      next[j]! += m * stay;
      if (j === 0) reached += m * forward;
      else next[j - 1]! += m * forward;
    }
    mass = next;
  }
  servedWithin += cumulativeReach;

  return {
    agents: n,
    serviceLevel: Math.min(1, servedWithin),
    asaSeconds: pServed > 0 ? servedWaitSum / pServed : 0,
    occupancy: Math.min(1, (lambda * (1 - pAbandon)) / agentsRate),
    pWait,
    pAbandon,
  };
}

export class StaffingInputError extends Error {
  constructor(
    readonly field: keyof StaffingInput,
    message: string,
  ) {
    super(message);
    this.name = 'StaffingInputError';
  }
}

function check(input: StaffingInput): void {
  const positive = (field: keyof StaffingInput, v: number | undefined) => {
    if (v === undefined || !Number.isFinite(v) || v <= 0) throw new StaffingInputError(field, `${field} must be > 0`);
  };
  if (!Number.isFinite(input.calls) || input.calls < 0) throw new StaffingInputError('calls', 'calls must be ≥ 0');
  positive('intervalSeconds', input.intervalSeconds);
  positive('ahtSeconds', input.ahtSeconds);
  if (!(input.targetServiceLevel > 0 && input.targetServiceLevel < 1))
    throw new StaffingInputError('targetServiceLevel', 'targetServiceLevel must be between 0 and 1');
  if (!Number.isFinite(input.targetSeconds) || input.targetSeconds < 0)
    throw new StaffingInputError('targetSeconds', 'targetSeconds must be ≥ 0');
  const shrinkage = input.shrinkage ?? 0;
  if (!(shrinkage >= 0 && shrinkage < 1)) throw new StaffingInputError('shrinkage', 'shrinkage must be in [0, 1)');
  const maxOccupancy = input.maxOccupancy ?? 1;
  if (!(maxOccupancy > 0 && maxOccupancy <= 1))
    throw new StaffingInputError('maxOccupancy', 'maxOccupancy must be in (0, 1]');
  if (input.patienceSeconds !== undefined) positive('patienceSeconds', input.patienceSeconds);
}

/** Agents on the phones ÷ (1 − shrinkage), rounded up (14 ÷ 0.7 is 20, not 21). */
export function scheduledAgents(agents: number, shrinkage: number): number {
  return agents <= 0 ? 0 : Math.ceil(agents / (1 - shrinkage) - 1e-9);
}

const MAX_AGENTS = 100_000;

/**
 * The fewest agents that meet the service level target (and keep occupancy at or under the
 * cap), their figures, and the agents to schedule after shrinkage.
 */
export function staffing(input: StaffingInput): StaffingResult {
  check(input);
  const a = (input.calls * input.ahtSeconds) / input.intervalSeconds;
  const maxOccupancy = input.maxOccupancy ?? 1;
  const shrinkage = input.shrinkage ?? 0;
  const erlangA = input.patienceSeconds !== undefined;
  const perform = (n: number): Performance =>
    erlangA
      ? erlangAPerformance(
          n,
          input.calls / input.intervalSeconds,
          1 / input.ahtSeconds,
          1 / input.patienceSeconds!,
          input.targetSeconds,
        )
      : erlangCPerformance(n, a, input.ahtSeconds, input.targetSeconds);
  const meets = (p: Performance) =>
    p.serviceLevel >= input.targetServiceLevel - 1e-12 && p.occupancy <= maxOccupancy + 1e-12;
  if (input.calls === 0) {
    const none = { agents: 0, serviceLevel: 1, asaSeconds: 0, occupancy: 0, pWait: 0, pAbandon: 0 };
    return { ...none, model: erlangA ? 'erlang_a' : 'erlang_c', trafficErlangs: a, scheduled: 0 };
  }
  if (a > MAX_AGENTS / 2) throw new StaffingInputError('calls', 'too much traffic to staff');
  // Meeting the targets only gets easier with more agents: find the first n that does by
  // doubling, then halving. Erlang C needs more agents than Erlangs; Erlang A may need fewer
  // (callers leave), so it starts from one agent.
  let lo = erlangA ? 1 : Math.floor(a) + 1; // the first candidate
  let hi = lo;
  let p = perform(hi);
  while (!meets(p)) {
    lo = hi + 1;
    hi = Math.max(hi * 2, hi + 1);
    if (hi > MAX_AGENTS) throw new StaffingInputError('calls', 'too many agents needed');
    p = perform(hi);
  }
  // hi meets; every n below lo does not.
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const q = perform(mid);
    if (meets(q)) {
      hi = mid;
      p = q;
    } else lo = mid + 1;
  }
  if (p.agents !== hi) p = perform(hi);
  const n = hi;
  return {
    ...p,
    model: erlangA ? 'erlang_a' : 'erlang_c',
    trafficErlangs: a,
    scheduled: scheduledAgents(n, shrinkage),
  };
}

// Issue 12 benchmark: the ACD's routing decision — chooseAgents for a call of one queue plus
// nextCallFor for a freed agent — over 1,000 agents, 100 queues and 5 skills (every strategy in
// use, 2,000 calls waiting), against a bare in-memory sort of the same candidates and calls in the
// same run (no eligibility, no strategy: the least a router that sorts would do). Decisions per
// second and p50/p99 per decision. BENCH_ACD_DECISIONS (default 20,000) changes the count.
import { chooseAgents, nextCallFor } from '../server/src/modules/telephony/domain/acd.ts';
import {
  strategies,
  type AgentCandidate,
  type AgentState,
  type QueueRule,
  type RoutingMemory,
  type WaitingCall,
} from '../server/src/modules/telephony/domain/routing-types.ts';
import { printFigure } from './harness.ts';

const agentCount = 1000;
const queueCount = 100;
const skillCount = 5;
const waitingCount = 2000;
const decisions = Number(process.env.BENCH_ACD_DECISIONS ?? 20_000);
const warmup = 2000;

/** mulberry32: the same center every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

function buildCenter(random: () => number) {
  const pick = (n: number) => Math.floor(random() * n);
  const skills = Array.from({ length: skillCount }, (_, i) => `skill${i + 1}`);
  const start = Date.UTC(2026, 11, 2, 5, 0, 0);
  const queues = new Map<string, QueueRule>();
  for (let i = 0; i < queueCount; i++) {
    const code = `q${String(i).padStart(3, '0')}`;
    queues.set(code, {
      code,
      skill: skills[i % skillCount]!,
      strategy: strategies[i % strategies.length]!,
      priority: pick(4),
      wrapUpSeconds: 30,
      slSeconds: 20,
      overflowSeconds: null,
      overflowQueue: null,
      callbackAfterSeconds: null,
      hours: '08:00-20:00',
      closedAction: 'message',
    });
  }
  const codes = [...queues.keys()];
  const states: AgentState[] = ['available', 'available', 'available', 'on_call', 'on_call', 'wrap_up', 'break'];
  const agents: AgentCandidate[] = [];
  for (let i = 0; i < agentCount; i++) {
    const agentSkills: Record<string, number> = {};
    for (let s = 0; s < 2 + pick(2); s++) agentSkills[skills[pick(skillCount)]!] = 1 + pick(5);
    // Logged in to the queues of his skills, ten at most: a real agent does not watch all 100.
    const mine = codes.filter((c) => agentSkills[queues.get(c)!.skill] !== undefined);
    const logged = Array.from({ length: 10 }, () => mine[pick(mine.length)]!);
    agents.push({
      agent: `agent${String(i).padStart(4, '0')}`,
      state: states[pick(states.length)]!,
      skills: agentSkills,
      queues: [...new Set(logged)],
      availableSince: new Date(start + pick(3_600_000)),
      lastCallEndedAt: random() < 0.1 ? null : new Date(start + pick(3_600_000)),
      callsToday: pick(60),
    });
  }
  const waiting: WaitingCall[] = Array.from({ length: waitingCount }, (_, i) => ({
    callId: `call${i}`,
    queue: codes[pick(queueCount)]!,
    enteredAt: new Date(start + pick(600_000)),
    priority: random() < 0.1 ? 10 : 0,
  }));
  return { queues, codes, agents, waiting };
}

export async function runAcdBenchmark() {
  console.log(
    `\n# ACD routing decision (chooseAgents + nextCallFor): ${agentCount} agents, ${queueCount} queues, ` +
      `${skillCount} skills, ${waitingCount} calls waiting, ${decisions.toLocaleString('en')} decisions`,
  );
  const random = seeded(12);
  const { queues, codes, agents, waiting } = buildCenter(random);
  const memory: RoutingMemory = new Map();
  const strategyRandom = seeded(7);

  // The same queue and agent for both sides of one decision.
  const plan = Array.from({ length: warmup + decisions }, () => ({
    queue: queues.get(codes[Math.floor(random() * queueCount)]!)!,
    agent: agents[Math.floor(random() * agentCount)]!,
  }));

  const ours: number[] = [];
  const bare: number[] = [];
  const choose: number[] = [];
  const take: number[] = [];
  let sink = 0;
  let ourTotal = 0;
  let bareTotal = 0;
  for (let i = 0; i < plan.length; i++) {
    const { queue, agent } = plan[i]!;
    let t = process.hrtime.bigint();
    const sortedAgents = agents.slice().sort((a, b) => a.availableSince.getTime() - b.availableSince.getTime());
    const sortedCalls = waiting.slice().sort((a, b) => a.enteredAt.getTime() - b.enteredAt.getTime());
    const bareNs = Number(process.hrtime.bigint() - t);
    sink += sortedAgents[0]!.callsToday + sortedCalls.length;

    t = process.hrtime.bigint();
    const chosen = chooseAgents(queue, agents, memory, strategyRandom);
    const middle = process.hrtime.bigint();
    const next = nextCallFor(agent, waiting, queues);
    const end = process.hrtime.bigint();
    const ourNs = Number(end - t);
    sink += chosen.length + (next ? 1 : 0);

    if (i < warmup) continue;
    bare.push(bareNs / 1000);
    ours.push(ourNs / 1000);
    choose.push(Number(middle - t) / 1000);
    take.push(Number(end - middle) / 1000);
    bareTotal += bareNs;
    ourTotal += ourNs;
  }
  for (const list of [ours, bare, choose, take]) list.sort((a, b) => a - b);
  const bareRate = decisions / (bareTotal / 1e9);
  const ourRate = decisions / (ourTotal / 1e9);
  printFigure('bare sort of the same candidates (ceiling)', {
    per_s: bareRate,
    p50_us: percentile(bare, 0.5),
    p99_us: percentile(bare, 0.99),
  });
  printFigure('chooseAgents + nextCallFor', {
    per_s: ourRate,
    p50_us: percentile(ours, 0.5),
    p99_us: percentile(ours, 0.99),
    ratio_rate: ourRate / bareRate,
    ratio_p99: percentile(ours, 0.99) / Math.max(percentile(bare, 0.99), 0.001),
  });
  printFigure('  of which chooseAgents (1,000 candidates)', {
    p50_us: percentile(choose, 0.5),
    p99_us: percentile(choose, 0.99),
  });
  printFigure('  of which nextCallFor (2,000 calls)', {
    p50_us: percentile(take, 0.5),
    p99_us: percentile(take, 0.99),
  });
  if (sink < 0) console.log(sink);
}

// ACD rules (SPEC T2): which agent takes a call, which call an agent takes. Pure.
import type { AgentCandidate, QueueRule, RoutingMemory, WaitingCall } from './routing-types.ts';

function eligible(queue: QueueRule, c: AgentCandidate): boolean {
  return c.state === 'available' && c.queues.includes(queue.code) && (c.skills[queue.skill] ?? 0) >= 1;
}

/** The agents to ring for a call of `queue`: one, or every eligible agent for ring_all. */
export function chooseAgents(
  queue: QueueRule,
  candidates: readonly AgentCandidate[],
  memory: RoutingMemory,
  random: () => number,
): string[] {
  const pool = candidates.filter((c) => eligible(queue, c));
  if (pool.length === 0) return [];
  if (queue.strategy === 'ring_all') return pool.map((c) => c.agent).sort();
  const level = (c: AgentCandidate) => c.skills[queue.skill] ?? 0;
  const top = Math.max(...pool.map(level));
  const best = pool.filter((c) => level(c) === top).sort((a, b) => (a.agent < b.agent ? -1 : 1));
  let chosen: AgentCandidate;
  switch (queue.strategy) {
    case 'random':
      chosen = best[Math.min(best.length - 1, Math.floor(random() * best.length))]!;
      break;
    case 'round_robin': {
      const last = memory.get(queue.code);
      chosen = best.find((c) => last === undefined || c.agent > last) ?? best[0]!;
      memory.set(queue.code, chosen.agent);
      break;
    }
    case 'fewest_calls':
      chosen = best.reduce((a, b) => (b.callsToday < a.callsToday ? b : a));
      break;
    case 'least_recent':
      chosen = best.reduce((a, b) =>
        (b.lastCallEndedAt?.getTime() ?? -Infinity) < (a.lastCallEndedAt?.getTime() ?? -Infinity) ? b : a,
      );
      break;
    default:
      chosen = best.reduce((a, b) => (b.availableSince < a.availableSince ? b : a));
  }
  return [chosen.agent];
}

/** The waiting call a newly available agent takes first. */
export function nextCallFor(
  agent: AgentCandidate,
  waiting: readonly WaitingCall[],
  queues: ReadonlyMap<string, QueueRule>,
): WaitingCall | undefined {
  let best: { call: WaitingCall; queue: QueueRule } | undefined;
  for (const call of waiting) {
    const queue = queues.get(call.queue);
    if (!queue || !agent.queues.includes(queue.code) || (agent.skills[queue.skill] ?? 0) < 1) continue;
    if (
      !best ||
      queue.priority > best.queue.priority ||
      (queue.priority === best.queue.priority &&
        (call.priority > best.call.priority ||
          (call.priority === best.call.priority && call.enteredAt < best.call.enteredAt)))
    )
      best = { call, queue };
  }
  return best?.call;
}

// الموظفون حسب الحالة — the wallboard's agent counts. Ringing is shown on its own (a call is on its
// way to the agent); hold is part of a call; offline agents are not signed in and not shown.

export type AgentsByState = {
  available: number;
  ringing: number;
  on_call: number;
  wrap_up: number;
  break: number;
  signed_in: number;
};

export function agentsByState(agents: readonly { state: string }[]): AgentsByState {
  const counts: AgentsByState = { available: 0, ringing: 0, on_call: 0, wrap_up: 0, break: 0, signed_in: 0 };
  for (const { state } of agents) {
    if (state === 'offline') continue;
    counts.signed_in += 1;
    if (state === 'hold' || state === 'on_call') counts.on_call += 1;
    else if (state === 'available' || state === 'ringing' || state === 'wrap_up' || state === 'break')
      counts[state] += 1;
  }
  return counts;
}

/** Seconds the longest-waiting call has waited at `now` (0 when none waits). */
export function longestWaitSeconds(oldest: Date | null, now: Date): number {
  return oldest === null ? 0 : Math.max(0, Math.floor((now.getTime() - oldest.getTime()) / 1000));
}

/** The supervisor's team: agents sharing one of his teams; with no team of his own, everyone. */
export function inTeam(supervisorTeams: readonly string[], agentTeams: readonly string[]): boolean {
  return supervisorTeams.length === 0 || agentTeams.some((t) => supervisorTeams.includes(t));
}

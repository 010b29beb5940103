// The live campaign dialer (SPEC T3, issue #13 part 5): dials a phone work list's open items for
// the agents they are assigned to, in preview, progressive or predictive mode, through the
// telephony runtime's outbound calls (the same path as click-to-call: the agent's phone rings
// when the customer answers, the outcome form follows the call). What the switch says of a call
// nobody answered (no answer, busy, answering machine) is recorded as the item's attempt here;
// an answered call's outcome is the agent's.
//
// Pacing: `callsToPlace` on a snapshot of the campaign built every round from the agents' seats
// and the day's counters. The telephony runtime places a call for one agent (his seat is reserved
// while it rings), so a round places at most one call per ready agent: predictive dials at the
// progressive rate in this runtime, and no call is ever answered without its agent (abandons stay
// 0, counted all the same).
import type { Database } from '../../../db/client.ts';
import { AppError } from '../../../http/errors.ts';
import { systemActor } from '../../audit/index.ts';
import type { TelephonyRuntime } from '../../telephony/index.ts';
import { defaultRetryPolicy, findDialableItems, findWorkListHeader, recordAttempt } from '../../worklists/index.ts';
import { mayCallNow, wallClock, type CallingRules } from '../domain/calling-window.ts';
import { callsToPlace, measurementsFrom, type CampaignSnapshot } from '../domain/pacing.ts';

export const liveModes = ['preview', 'progressive', 'predictive'] as const;
export type LiveMode = (typeof liveModes)[number];

type PlacedCall = {
  callId: string;
  agent: string;
  userId: string;
  itemId: string;
  attempts: number;
  answered: boolean;
};

export type CampaignDay = {
  date: string;
  placed: number;
  answered: number;
  abandoned: number;
  unanswered: number;
  completedHandles: number;
  handleSeconds: number;
};

type Campaign = {
  listId: string;
  mode: LiveMode;
  startedAt: Date;
  startedBy: string;
  day: CampaignDay;
  live: Map<string, PlacedCall>;
  /** Agents who ever held an item of the list this run (their seats are the campaign's agents). */
  agents: Set<string>;
  busy: boolean;
  blocked: 'outside_window' | null;
};

export type CampaignFigures = {
  listId: string;
  mode: LiveMode;
  startedAt: Date;
  blocked: 'outside_window' | null;
  day: CampaignDay;
  dialLevel: number;
  answerRate: number | null;
  abandonRate: number;
  agents: { agent: string; state: string; since: Date; onCampaignCall: boolean }[];
  calls: { callId: string; agent: string; status: string; startedAt: Date; connectedAt: Date | null }[];
};

export type DialerDeps = {
  database: Database;
  telephony: () => Promise<TelephonyRuntime>;
  rules: () => Promise<CallingRules>;
  now?: () => Date;
};

const emptyDay = (date: string): CampaignDay => ({
  date,
  placed: 0,
  answered: 0,
  abandoned: 0,
  unanswered: 0,
  completedHandles: 0,
  handleSeconds: 0,
});

export class CampaignDialer {
  private readonly campaigns = new Map<string, Campaign>();
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly deps: DialerDeps,
    private readonly intervalMs = 1000,
  ) {}

  /** The switch is down (ARI unreachable): 503, not 500. */
  private async telephony(): Promise<TelephonyRuntime> {
    try {
      return await this.deps.telephony();
    } catch {
      throw new AppError('telephony_unavailable');
    }
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  /** Start (or change the mode of) a phone list's dialing. 404 unknown list, 409 not a phone list. */
  async start(listId: string, mode: LiveMode, by: string): Promise<CampaignFigures> {
    const list = await findWorkListHeader(this.deps.database.db, listId);
    if (!list) throw new AppError('not_found');
    if (list.channel !== 'phone' || list.status === 'signed_off') throw new AppError('list_not_dialable');
    const existing = this.campaigns.get(listId);
    if (existing) existing.mode = mode;
    else {
      const rules = await this.deps.rules();
      this.campaigns.set(listId, {
        listId,
        mode,
        startedAt: this.now(),
        startedBy: by,
        day: emptyDay(wallClock(this.now(), rules.timezone).date),
        live: new Map(),
        agents: new Set(),
        busy: false,
        blocked: null,
      });
    }
    if (this.intervalMs > 0 && !this.timer) {
      this.timer = setInterval(() => void this.tickAll().catch(() => undefined), this.intervalMs);
      this.timer.unref?.();
    }
    await this.tick(listId);
    return (await this.figures(listId))!;
  }

  /** Stop placing new calls; calls up keep going to their end (their results are still recorded). */
  stop(listId: string): boolean {
    const had = this.campaigns.delete(listId);
    if (this.campaigns.size === 0 && this.timer) {
      clearInterval(this.timer);
      this.timer = null;
    }
    return had;
  }

  close(): void {
    this.campaigns.clear();
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  running(): string[] {
    return [...this.campaigns.keys()];
  }

  async tickAll(): Promise<void> {
    for (const listId of [...this.campaigns.keys()]) await this.tick(listId);
  }

  /** One round: follow the calls up, record what ended unanswered, place what the pacing asks for. */
  async tick(listId: string): Promise<void> {
    const campaign = this.campaigns.get(listId);
    if (!campaign || campaign.busy) return;
    campaign.busy = true;
    try {
      const runtime = await this.telephony();
      const rules = await this.deps.rules();
      const now = this.now();
      const date = wallClock(now, rules.timezone).date;
      if (date !== campaign.day.date) campaign.day = emptyDay(date);
      await this.follow(campaign, runtime);
      if (!mayCallNow(now, rules)) {
        campaign.blocked = 'outside_window';
        return;
      }
      campaign.blocked = null;
      const items = await findDialableItems(this.deps.database.db, listId, now, defaultRetryPolicy.maxAttemptsPerDay);
      for (const item of items) campaign.agents.add(item.username);
      const busyAgents = new Set([...campaign.live.values()].map((c) => c.agent));
      const ready = items.filter(
        (i) => !busyAgents.has(i.username) && runtime.center.agent(i.username)?.state === 'available',
      );
      const wanted = callsToPlace(campaign.mode, this.snapshot(campaign, runtime, ready.length, now));
      for (const item of ready.slice(0, Math.min(wanted, ready.length))) {
        try {
          const dial = await runtime.center.dial(item.username, {
            number: item.number,
            customerId: item.customer_id,
            workItemId: item.id,
          });
          campaign.day.placed += 1;
          campaign.live.set(dial.callId, {
            callId: dial.callId,
            agent: item.username,
            userId: item.assigned_to,
            itemId: item.id,
            attempts: item.attempts,
            answered: false,
          });
        } catch {
          // The agent's seat changed between the read and the call: the next round tries again.
        }
      }
    } finally {
      campaign.busy = false;
    }
  }

  private snapshot(campaign: Campaign, runtime: TelephonyRuntime, ready: number, now: Date): CampaignSnapshot {
    const seats = [...campaign.agents].map((a) => runtime.center.agent(a)).filter((a) => a !== null);
    const since = (d: Date) => Math.max(0, (now.getTime() - d.getTime()) / 1000);
    const known = campaign.day.answered + campaign.day.unanswered;
    const ringing = [...campaign.live.values()]
      .filter((c) => !c.answered)
      .map((c) => runtime.center.lastDial(c.agent))
      .filter((d) => d !== null)
      .map((d) => since(d.startedAt));
    const waitingForAnswer = new Set([...campaign.live.values()].filter((c) => !c.answered).map((c) => c.agent));
    // An agent whose call still rings is idle, waiting for it: the pacing counts him ready with a ringing call.
    return {
      loggedInAgents: seats.filter((s) => s.state !== 'offline' && s.state !== 'break').length,
      readyAgents: ready + ringing.length,
      talking: seats.filter((s) => s.state === 'on_call' && !waitingForAnswer.has(s.agent)).map((s) => since(s.since)),
      wrapUp: seats.filter((s) => s.state === 'wrap_up').map((s) => since(s.since)),
      ringing,
      waitingAnswered: 0,
      previewRequests: 0,
      today: {
        placed: campaign.day.placed,
        answered: campaign.day.answered,
        abandoned: campaign.day.abandoned,
        completedHandles: campaign.day.completedHandles,
      },
      measured: measurementsFrom({
        answerRate: known > 0 ? campaign.day.answered / known : 0.25,
        ahtSeconds:
          campaign.day.completedHandles > 0 ? campaign.day.handleSeconds / campaign.day.completedHandles : 180,
      }),
    };
  }

  /** The calls placed: answered ones are counted, unanswered ones become the item's attempt. */
  private async follow(campaign: Campaign, runtime: TelephonyRuntime): Promise<void> {
    for (const call of [...campaign.live.values()]) {
      const dial = runtime.center.lastDial(call.agent);
      if (!dial || dial.callId !== call.callId) {
        campaign.live.delete(call.callId);
        continue;
      }
      if (dial.connectedAt && !call.answered) {
        call.answered = true;
        campaign.day.answered += 1;
      }
      if (dial.status !== 'ended') continue;
      campaign.live.delete(call.callId);
      if (call.answered) {
        campaign.day.completedHandles += 1;
        campaign.day.handleSeconds += ((dial.endedAt ?? this.now()).getTime() - dial.connectedAt!.getTime()) / 1000;
        continue;
      }
      campaign.day.unanswered += 1;
      const outcome = dial.outcome === 'busy' ? 'busy' : 'no_answer';
      await recordAttempt(
        this.deps.database,
        systemActor('dialer'),
        // The attempt is the agent's item's: recorded in his name, by the dialer (the audit's actor).
        {
          id: call.userId,
          username: call.agent,
          displayName: call.agent,
          role: 'agent',
          skills: [],
          teams: [],
          locale: 'ar',
        },
        call.itemId,
        {
          outcome,
          expected_attempts: call.attempts,
          note: dial.cause === 'machine' ? 'answering machine' : undefined,
        },
        defaultRetryPolicy,
        dial.endedAt ?? this.now(),
      ).catch(() => {
        // The agent saved the attempt from his outcome form first (the item's attempts moved on:
        // item_changed), or the item was closed meanwhile: one attempt per call either way.
      });
    }
  }

  /** The supervisor's live panel: figures of today, the agents' states and the calls up. */
  async figures(listId: string): Promise<CampaignFigures | null> {
    const campaign = this.campaigns.get(listId);
    if (!campaign) return null;
    const runtime = await this.telephony();
    const onCampaign = new Set([...campaign.live.values()].map((c) => c.agent));
    const agents = [...campaign.agents]
      .map((a) => runtime.center.agent(a))
      .filter((a) => a !== null)
      .map((a) => ({ agent: a.agent, state: a.state, since: a.since, onCampaignCall: onCampaign.has(a.agent) }));
    const calls = [...campaign.live.values()]
      .map((c) => ({ c, d: runtime.center.lastDial(c.agent) }))
      .filter((x) => x.d !== null && x.d.callId === x.c.callId)
      .map(({ c, d }) => ({
        callId: c.callId,
        agent: c.agent,
        status: d!.status,
        startedAt: d!.startedAt,
        connectedAt: d!.connectedAt,
      }));
    const staffed = agents.filter((a) => a.state !== 'offline' && a.state !== 'break').length;
    const known = campaign.day.answered + campaign.day.unanswered;
    return {
      listId,
      mode: campaign.mode,
      startedAt: campaign.startedAt,
      blocked: campaign.blocked,
      day: { ...campaign.day },
      dialLevel: staffed > 0 ? calls.length / staffed : 0,
      answerRate: known > 0 ? campaign.day.answered / known : null,
      abandonRate: campaign.day.answered > 0 ? campaign.day.abandoned / campaign.day.answered : 0,
      agents,
      calls,
    };
  }
}

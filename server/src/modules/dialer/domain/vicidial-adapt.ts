// VICIdial's ADAPT_AVERAGE dial method, the anchor the predictive mode is measured against
// (issue #13 "Stable contract"). Written from VICIdial's campaign help text (admin "Dial Method",
// "Auto Dial Level", "Available Only Tally", "Drop Percentage Limit", "Maximum Adapt Dial Level",
// "Adapt Intensity Modifier", "Dial Level Difference Target", "Drop Call Seconds") and the
// behaviour its adaptive script (AST_VDadapt.pl, AGPLv2; read, not copied) documents in its log
// lines. In VICIdial's words:
//   - "ADAPT_AVERAGE tries to maintain an average of the dropped percentage not imposing hard limits
//     as aggressively as the other two methods"; only the dialer changes the dial level.
//   - Auto Dial Level: the dialer keeps "lines equal to active agents multiplied by the dial level".
//   - Maximum Adapt Dial Level: default 3.0.
//   - Dial Level Difference Target: -1 targets one agent waiting, +1 one call waiting; default 0.
//   - Adapt Intensity Modifier: a positive value raises the level faster and lowers it slower.
// The mechanics this file follows:
//   - every second it samples ready agents (READY), customers answered and waiting for an agent
//     (LIVE) and agents logged in; over the last 15 samples it averages them;
//   - every 15 s: differential = avg ready − avg waiting + difference target; the level is scaled
//     by (1 + differential ÷ avg agents), the intensity stretching rises or falls; capped at the
//     maximum (3.0), never under 1.0;
//   - the drop figures are refreshed every 60 s; once more than 50 calls were placed today and
//     drops ÷ answers today pass the Drop Percentage Limit, the new level is halved (the
//     ADAPT_AVERAGE rule); a minute with over 20 calls and over 50 % drops halves it too;
//   - lines: active agents (ready + on a call; agents in after-call work are paused in VICIdial's
//     dispo screen and not counted, "Available Only Tally" = N) × level, less the calls already up
//     (ringing, answered waiting, and connected to an agent).
// Drop Call Seconds is the simulation's 2 s abandon threshold.

export interface VicidialSettings {
  /** Drop Percentage Limit (adaptive_dropped_percentage), as a fraction. */
  droppedPercentage: number;
  /** Maximum Adapt Dial Level (adaptive_maximum_level). */
  maximumLevel: number;
  /** Adapt Intensity Modifier (adaptive_intensity), −40 … 40. */
  intensity: number;
  /** Dial Level Difference Target (adaptive_dl_diff_target). */
  differenceTarget: number;
  /** Auto Dial Level at the start of the day. */
  initialLevel: number;
}

export const defaultVicidialSettings: VicidialSettings = {
  droppedPercentage: 0.03,
  maximumLevel: 3.0,
  intensity: 0,
  differenceTarget: 0,
  initialLevel: 1.0,
};

/** What the adaptive script reads each second. */
export interface VicidialSample {
  readyAgents: number;
  /** Answered calls waiting for an agent (VICIdial's LIVE auto-calls). */
  waitingCalls: number;
  loggedInAgents: number;
}

/** The day's calls as the drop figures count them. */
export interface VicidialDay {
  placed: number;
  answered: number;
  dropped: number;
}

const window = 15;

export class VicidialAdaptAverage {
  level: number;
  private readonly samples: VicidialSample[] = [];
  private seconds = 0;
  private dropsSeen: { placed: number; dropped: number } = { placed: 0, dropped: 0 };
  private minute = { placed: 0, dropped: 0 };
  private dropRateToday = 0;

  constructor(readonly settings: VicidialSettings = defaultVicidialSettings) {
    this.level = settings.initialLevel;
  }

  /** Once per second: the sample, and every 60 s the drop figures, every 15 s a new level. */
  tick(sample: VicidialSample, day: VicidialDay): void {
    this.samples.push(sample);
    if (this.samples.length > window) this.samples.shift();
    this.seconds++;
    if (this.seconds % 60 === 0 || this.seconds === 1) this.refreshDrops(day);
    if (this.seconds % 15 === 0) this.recalculate(day);
  }

  /** Lines to open now: active agents × level, less the calls already up. */
  callsToPlace(state: { readyAgents: number; talkingAgents: number; callsUp: number }): number {
    const active = state.readyAgents + state.talkingAgents;
    return Math.max(0, Math.floor(active * this.level) - state.callsUp);
  }

  private refreshDrops(day: VicidialDay): void {
    this.dropRateToday = day.answered > 0 ? day.dropped / Math.max(1, day.answered) : 0;
    this.minute = {
      placed: day.placed - this.dropsSeen.placed,
      dropped: day.dropped - this.dropsSeen.dropped,
    };
    this.dropsSeen = { placed: day.placed, dropped: day.dropped };
  }

  private recalculate(day: VicidialDay): void {
    const n = this.samples.length;
    if (n === 0) return;
    let ready = 0;
    let waiting = 0;
    let agents = 0;
    for (const s of this.samples) {
      ready += s.readyAgents;
      waiting += s.waitingCalls;
      agents += s.loggedInAgents;
    }
    const avgAgents = agents / n;
    if (avgAgents <= 0) return;
    const differential = ready / n - waiting / n + this.settings.differenceTarget;
    const change = differential / avgAgents;
    const intensity = this.settings.intensity / 100;
    const stretched = change < 0 ? change * Math.abs(intensity - 1) : change * (intensity + 1);
    let next = this.level * (1 + stretched);
    if (next > this.settings.maximumLevel) next = this.settings.maximumLevel;
    if (next < 1) next = 1;
    if (this.minute.placed > 20 && this.minute.dropped / this.minute.placed > 0.5) next /= 2;
    if (day.placed > 50 && this.dropRateToday > this.settings.droppedPercentage) next /= 2;
    this.level = Math.max(1, next);
  }
}

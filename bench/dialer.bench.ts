// The predictive dialer against progressive and VICIdial's ADAPT_AVERAGE (issue #13 "Measure",
// SPEC §6): 20, 50 and 100 agents, answer rate 25 %, AHT 180 s, 8 hours, the same simulator and
// seed for every mode. Targets: at 20 agents ≥ 92 % occupancy with abandon ≤ 3 % for the day,
// and higher occupancy than vicidial at an equal or lower abandon rate. The anchor (vicidial) is
// measured in the same run; each figure is printed with its ratio to the target and to vicidial.
import { simulateCampaignDay, type CampaignDayResult } from '../server/src/modules/dialer/index.ts';
import { printFigure } from './harness.ts';

const modes = ['predictive', 'progressive', 'vicidial'] as const;
const occupancyTarget = 0.92;
const abandonCap = 0.03;

function day(mode: (typeof modes)[number], agents: number): { r: CampaignDayResult; seconds: number } {
  const t0 = performance.now();
  const r = simulateCampaignDay({ mode, agents, answerRate: 0.25, ahtSeconds: 180, hours: 8, seed: 1 });
  return { r, seconds: (performance.now() - t0) / 1000 };
}

export async function runDialerBenchmark(): Promise<void> {
  for (const agents of [20, 50, 100]) {
    const runs = Object.fromEntries(modes.map((m) => [m, day(m, agents)])) as Record<
      (typeof modes)[number],
      ReturnType<typeof day>
    >;
    const anchor = runs.vicidial.r;
    for (const mode of modes) {
      const { r, seconds } = runs[mode];
      printFigure(`dialer: ${mode}, ${agents} agents, 25 %, AHT 180 s, 8 h`, {
        'occupancy %': r.occupancy * 100,
        'abandon %': r.abandon_rate * 100,
        'calls/agent-h': r.calls_per_agent_hour,
        placed: r.placed,
        'occ/target': r.occupancy / occupancyTarget,
        'abandon/cap': r.abandon_rate / abandonCap,
        'occ/vicidial': r.occupancy / anchor.occupancy,
        'wall s': seconds,
      });
    }
    const p = runs.predictive.r;
    const verdict =
      (agents === 20
        ? (p.occupancy >= occupancyTarget ? 'occupancy target met' : 'occupancy target MISSED') + '; '
        : '') +
      (p.abandon_rate <= abandonCap ? 'abandon within 3 %' : 'abandon OVER 3 %') +
      '; ' +
      (p.occupancy > anchor.occupancy && p.abandon_rate <= anchor.abandon_rate
        ? 'beats vicidial at equal or lower abandon'
        : 'does NOT beat vicidial at equal or lower abandon');
    console.log(`dialer: ${agents} agents — predictive ${verdict}`);
  }
}

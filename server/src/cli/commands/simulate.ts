import { Command, InvalidArgumentError, Option } from 'commander';
import { dialerModes, simulateCampaignDay, type CampaignDayResult } from '../../modules/dialer/index.ts';
import { exitCodes } from '../output.ts';
import { ProgressBar } from '../progress.ts';
import { globalFlags, type Run } from '../run.ts';

function integer(min: number, max: number, what: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\s*-?\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(`${what}: a whole number from ${min} to ${max}`);
    }
    return n;
  };
}

function number(min: number, max: number, what: string, minExclusive = false) {
  return (value: string): number => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n > max || n < min || (minExclusive && n === min)) {
      throw new InvalidArgumentError(
        `${what}: a number ${minExclusive ? 'above' : 'from'} ${min} ${minExclusive ? 'up ' : ''}to ${max}`,
      );
    }
    return n;
  };
}

/** `tawasul simulate …` — simulations that need no database. */
export function simulateCommand(run: Run): Command {
  const simulate = new Command('simulate').description('simulations (محاكاة)');
  simulate.addCommand(
    globalFlags(
      new Command('dialer')
        .description(
          'a campaign day of outbound dialing in the simulator (SPEC T3): placed, answered, abandoned (answered with no agent within 2 s), occupancy',
        )
        .addOption(new Option('--mode <mode>', 'pacing mode').choices(dialerModes).makeOptionMandatory())
        .requiredOption('--agents <N>', 'agents logged in all day', integer(1, 2000, 'agents'))
        .requiredOption(
          '--answer-rate <P>',
          'share of placed calls a person answers, 0–1 (0.25 = 25 %)',
          number(0, 1, 'answer rate', true),
        )
        .requiredOption('--aht <SECONDS>', 'mean handling time: talk + after-call work', number(1, 7200, 'AHT seconds'))
        .requiredOption('--hours <H>', 'calling hours', number(0, 24, 'hours', true))
        .option('--seed <K>', 'random seed: the same seed gives the same day', integer(0, 2 ** 32 - 1, 'seed'), 1),
    ).action((opts) =>
      run(opts, async (out) => {
        const bar = new ProgressBar(`dialer ${opts.mode}`);
        const result = simulateCampaignDay({
          mode: opts.mode,
          agents: opts.agents,
          answerRate: opts.answerRate,
          ahtSeconds: opts.aht,
          hours: opts.hours,
          seed: opts.seed,
          onProgress: (done, total) => bar.update(done, total, `${Math.round(done / 60_000)} min`),
        });
        bar.finish();
        out.summary(contractOf(result), humanSummary(result, opts.hours));
        return exitCodes.ok;
      }),
    ),
  );
  return simulate;
}

/** The stable contract (SPEC §5): exactly these keys, in this order. */
export function contractOf(r: CampaignDayResult) {
  return {
    mode: r.mode,
    agents: r.agents,
    placed: r.placed,
    answered: r.answered,
    abandoned: r.abandoned,
    abandon_rate: round(r.abandon_rate, 6),
    occupancy: round(r.occupancy, 6),
    calls_per_agent_hour: round(r.calls_per_agent_hour, 4),
  };
}

function humanSummary(r: CampaignDayResult, hours: number): string {
  const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
  return [
    `Dialer ${r.mode}, ${r.agents} agents, ${hours} h — محاكاة الاتصال الصادر (${r.mode})، ${r.agents} وكيل، ${hours} ساعة`,
    `  placed / المكالمات المطلوبة: ${r.placed}`,
    `  answered / أجاب عليها شخص: ${r.answered}`,
    `  abandoned / متروكة (لا وكيل خلال ثانيتين): ${r.abandoned} (${pct(r.abandon_rate)} of answered / من المجاب)`,
    `  occupancy / نسبة الإشغال: ${pct(r.occupancy)}`,
    `  calls per agent hour / مكالمات لكل وكيل في الساعة: ${r.calls_per_agent_hour.toFixed(2)}`,
  ].join('\n');
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

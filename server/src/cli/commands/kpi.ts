import { Command, InvalidArgumentError, Option } from 'commander';
import { calculateStaffing, kpiReport } from '../../modules/kpi/index.ts';
import { SettingsService } from '../../modules/settings/index.ts';
import { openFromCli } from '../open.ts';
import { exitCodes } from '../output.ts';
import { globalFlags, type Run } from '../run.ts';

function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new InvalidArgumentError('a date in the form YYYY-MM-DD');
  }
  return value;
}

const number =
  (what: string, ok: (n: number) => boolean = () => true) =>
  (value: string): number => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || !ok(n)) throw new InvalidArgumentError(what);
    return n;
  };

const round = (n: number | null, digits: number) => (n === null ? null : Number(n.toFixed(digits)));

/** `tawasul kpi …` — the K1 figures over the stored call records (SPEC §5, a stable contract). */
export function kpiCommand(run: Run): Command {
  return globalFlags(
    new Command('kpi')
      .description(
        'KPI figures (مؤشرات الأداء) over the stored call records: offered, answered, ASA, AHT, service level …',
      )
      .requiredOption('--from <YYYY-MM-DD>', 'first day (on the center’s clocks)', isoDate)
      .requiredOption('--to <YYYY-MM-DD>', 'last day, included', isoDate)
      .option('--queue <code>', 'only this queue')
      .addOption(
        new Option('--by <grouping>', 'one row per day, interval, agent or queue')
          .choices(['day', 'interval', 'agent', 'queue', 'week', 'month'])
          .default('day'),
      )
      .addOption(
        new Option('--interval-minutes <minutes>', 'interval length with --by interval')
          .choices(['15', '30', '60'])
          .default('30'),
      ),
  ).action((opts) =>
    run(opts, async (out) => {
      const { config, database } = await openFromCli(opts);
      try {
        const settings = new SettingsService(database, config.settingOverrides);
        const timeZone = await settings.get('timezone');
        const report = await kpiReport(
          database,
          {
            from: opts.from,
            to: opts.to,
            ...(opts.queue ? { queue: String(opts.queue) } : {}),
            by: opts.by,
            interval_minutes: Number(opts.intervalMinutes) as 15 | 30 | 60,
          },
          timeZone,
        );
        const rows = report.rows.map((r) => ({
          key: r.key,
          offered: r.offered,
          answered: r.answered,
          abandoned: r.abandoned,
          short_abandoned: r.short_abandoned,
          asa_seconds: r.asa_seconds,
          avg_time_in_queue_seconds: r.avg_time_in_queue_seconds,
          aht_seconds: r.aht_seconds,
          avg_talk_seconds: r.avg_talk_seconds,
          abandon_rate: r.abandon_rate,
          service_level: r.service_level,
        }));
        for (const r of rows) {
          out.line(
            `${r.key}: offered ${r.offered}, answered ${r.answered}, abandoned ${r.abandoned} (+${r.short_abandoned} short), ` +
              `ASA ${round(r.asa_seconds, 1) ?? '—'} s, AHT ${round(r.aht_seconds, 1) ?? '—'} s, ` +
              `SL ${r.service_level === null ? '—' : `${(r.service_level * 100).toFixed(1)} %`}, ` +
              `abandon ${r.abandon_rate === null ? '—' : `${(r.abandon_rate * 100).toFixed(1)} %`}`,
          );
        }
        out.summary({ rows }, `${rows.length} rows (${report.time_zone})`);
        return exitCodes.ok;
      } finally {
        await database.close();
      }
    }),
  );
}

/** `tawasul erlang …` — the staffing calculator (SPEC K4, a stable contract); reads no database (--data-dir is accepted and unused). */
export function erlangCommand(run: Run): Command {
  return globalFlags(new Command('erlang'))
    .description('agents needed for an interval (Erlang C; Erlang A with --patience-seconds) — حاسبة التوظيف')
    .requiredOption(
      '--calls <n>',
      'calls offered in the interval',
      number('a number ≥ 0', (n) => n >= 0),
    )
    .requiredOption(
      '--interval-seconds <s>',
      'the interval’s length in seconds',
      number('a number > 0', (n) => n > 0),
    )
    .requiredOption(
      '--aht-seconds <s>',
      'average handling time in seconds',
      number('a number > 0', (n) => n > 0),
    )
    .requiredOption(
      '--target-sl <fraction>',
      'service level target, e.g. 0.8',
      number('a fraction between 0 and 1', (n) => n > 0 && n < 1),
    )
    .requiredOption(
      '--target-seconds <s>',
      'answered within this many seconds',
      number('a number ≥ 0', (n) => n >= 0),
    )
    .option(
      '--shrinkage <fraction>',
      'share of paid time off the phones',
      number('a fraction in [0, 1)', (n) => n >= 0 && n < 1),
    )
    .option(
      '--max-occupancy <fraction>',
      'highest acceptable occupancy',
      number('a fraction in (0, 1]', (n) => n > 0 && n <= 1),
    )
    .option(
      '--patience-seconds <s>',
      'average caller patience: use Erlang A',
      number('a number > 0', (n) => n > 0),
    )
    .action((opts) =>
      run(opts, async (out) => {
        const r = calculateStaffing({
          calls: opts.calls,
          interval_seconds: opts.intervalSeconds,
          aht_seconds: opts.ahtSeconds,
          target_sl: opts.targetSl,
          target_seconds: opts.targetSeconds,
          shrinkage: opts.shrinkage ?? 0,
          max_occupancy: opts.maxOccupancy ?? 1,
          ...(opts.patienceSeconds === undefined ? {} : { patience_seconds: opts.patienceSeconds }),
        });
        out.summary(
          {
            agents: r.agents,
            scheduled: r.scheduled,
            service_level: r.service_level,
            asa_seconds: r.asa_seconds,
            occupancy: r.occupancy,
            p_wait: r.p_wait,
            p_abandon: r.p_abandon,
          },
          `${r.model === 'erlang_a' ? 'Erlang A' : 'Erlang C'}: ${r.traffic_erlangs.toFixed(2)} Erlangs → ${r.agents} agents, ` +
            `${r.scheduled} scheduled; service level ${(r.service_level * 100).toFixed(1)} %, ASA ${r.asa_seconds.toFixed(1)} s, ` +
            `occupancy ${(r.occupancy * 100).toFixed(1)} %, P(wait) ${(r.p_wait * 100).toFixed(1)} %, P(abandon) ${(r.p_abandon * 100).toFixed(1)} %`,
        );
        return exitCodes.ok;
      }),
    );
}

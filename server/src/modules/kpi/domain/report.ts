// A report: the call figures per bucket (interval, day, week, month, agent, queue, channel), and
// occupancy beside them where agent state history says something about the bucket.

import { timeKey, isTimeGrouping, type Grouping, type IntervalMinutes } from './buckets.ts';
import { CallAccumulator, defaultQueueRules, type CallFigures, type KpiCall, type QueueRules } from './call-figures.ts';
import { occupancyOf, stateTimeByKey, type StateChange, type StateTime } from './occupancy.ts';

export type ReportOptions = {
  by: Grouping;
  timeZone: string;
  intervalMinutes?: IntervalMinutes;
  /** Only calls that end in [from, to) count. */
  from: Date;
  to: Date;
  rules: ReadonlyMap<string, QueueRules>;
};

export type ReportRow = CallFigures & { key: string; occupancy: number | null };

/** Every call here is a voice call; other channels join when their records do. */
const channelOf = () => 'voice';

/** The bucket a finished call counts in (the moment it ends), or null when it is not grouped. */
export function keyOfCall(call: KpiCall, options: Pick<ReportOptions, 'by' | 'timeZone' | 'intervalMinutes'>) {
  if (call.endedAt === null) return null;
  const by = options.by;
  if (isTimeGrouping(by)) return timeKey(call.endedAt, by, options.timeZone, options.intervalMinutes);
  if (by === 'agent') return call.agent ?? '';
  if (by === 'queue') return call.queue ?? '';
  return channelOf();
}

/**
 * The figures per bucket, kept up to date one finished call at a time (a live view adds each
 * call as it ends; nothing is read again). Calls outside [from, to) are not counted.
 */
export class ReportAccumulator {
  private readonly buckets = new Map<string, CallAccumulator>();

  constructor(private readonly options: ReportOptions) {}

  /** Adds a finished call; returns its bucket, or null when it does not count here. */
  add(call: KpiCall): string | null {
    if (call.endedAt === null) return null;
    const end = call.endedAt.getTime();
    if (end < this.options.from.getTime() || end >= this.options.to.getTime()) return null;
    const key = keyOfCall(call, this.options)!;
    let acc = this.buckets.get(key);
    if (!acc) {
      acc = new CallAccumulator();
      this.buckets.set(key, acc);
    }
    return acc.add(call, this.options.rules.get(call.queue ?? '') ?? defaultQueueRules) ? key : null;
  }

  /** The figures of one bucket now (null when no call counted in it). */
  figures(key: string): CallFigures | null {
    const acc = this.buckets.get(key);
    return acc && acc.offered + acc.shortAbandoned > 0 ? acc.figures() : null;
  }

  /** Every bucket with a call, in key order, occupancy from `time` where given. */
  rows(time: ReadonlyMap<string, StateTime> = new Map()): ReportRow[] {
    return [...this.buckets.entries()]
      .filter(([, acc]) => acc.offered + acc.shortAbandoned > 0)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, acc]) => ({ key, ...acc.figures(), occupancy: occupancyOf(time.get(key)) }));
  }
}

/** The figures of the calls per bucket, rows in key order. */
export function callReport(
  calls: Iterable<KpiCall>,
  options: ReportOptions,
  agentStates?: ReadonlyMap<string, readonly StateChange[]>,
): ReportRow[] {
  const report = new ReportAccumulator(options);
  for (const call of calls) report.add(call);
  return report.rows(agentStates ? occupancyByKey(agentStates, options) : undefined);
}

/** Handling and available time per bucket; by agent, per agent; by queue or channel, none. */
export function occupancyByKey(
  agentStates: ReadonlyMap<string, readonly StateChange[]>,
  options: ReportOptions,
): Map<string, StateTime> {
  const into = new Map<string, StateTime>();
  const by = options.by;
  for (const [agent, changes] of agentStates) {
    if (isTimeGrouping(by)) {
      stateTimeByKey(changes, options.from, options.to, (at) =>
        timeKey(at, by, options.timeZone, options.intervalMinutes),
      ).forEach((t, key) => {
        const cell = into.get(key) ?? { handlingSeconds: 0, availableSeconds: 0 };
        cell.handlingSeconds += t.handlingSeconds;
        cell.availableSeconds += t.availableSeconds;
        into.set(key, cell);
      });
    } else if (by === 'agent') {
      stateTimeByKey(changes, options.from, options.to, () => agent, into);
    }
  }
  return into;
}

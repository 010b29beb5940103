import {
  CallAccumulator,
  contributionOf,
  type CallContribution,
  type CallFigures,
  type KpiCall,
  type QueueRules,
} from './call-figures.ts';

// اليوم المباشر — today's call figures per queue for the live wallboard (SPEC K2), kept one call at
// a time with the report's formulas (call-figures.ts), so the wallboard and the report agree.
// A call counts in the day it ends. Its record can change after it ends (the wrap-up ends later,
// a re-delivered event), so each call's contribution is remembered and replaced, never added twice.

type Counted = { queue: string; contribution: CallContribution };

export class LiveDayFigures {
  private readonly byQueue = new Map<string, CallAccumulator>();
  private readonly all = new CallAccumulator();
  private readonly counted = new Map<string, Counted>();

  constructor(
    /** The day, as [from, to) on the center's clocks. */
    readonly from: Date,
    readonly to: Date,
    private readonly rulesOf: (queue: string) => QueueRules,
  ) {}

  /**
   * A call's latest record: counted when it entered a queue and ended within the day, replacing
   * whatever it counted before (also when it no longer counts, or moved to another queue).
   */
  put(id: string, call: KpiCall): void {
    const before = this.counted.get(id);
    if (before) {
      this.byQueue.get(before.queue)!.removeContribution(before.contribution);
      this.all.removeContribution(before.contribution);
      this.counted.delete(id);
    }
    const ended = call.endedAt?.getTime();
    if (call.queue === null || ended === undefined) return;
    if (ended < this.from.getTime() || ended >= this.to.getTime()) return;
    const contribution = contributionOf(call, this.rulesOf(call.queue));
    if (contribution === null) return;
    let queue = this.byQueue.get(call.queue);
    if (!queue) this.byQueue.set(call.queue, (queue = new CallAccumulator()));
    queue.addContribution(contribution);
    this.all.addContribution(contribution);
    this.counted.set(id, { queue: call.queue, contribution });
  }

  /** The figures of one queue today (all zero, rates null, when it had no call). */
  figures(queue: string): CallFigures {
    return (this.byQueue.get(queue) ?? new CallAccumulator()).figures();
  }

  /** The figures of every queue together. */
  total(): CallFigures {
    return this.all.figures();
  }

  /** How many calls count today (short abandons included). */
  get calls(): number {
    return this.counted.size;
  }
}

// The simulator's clock: virtual time driven by one event heap. It implements the application's
// `Timers`, so the routing runtime that drives the simulator waits on the same clock.
//
// speed: a number — virtual time runs that many times faster than the wall clock (1 for the demo)
//        and due timers fire from one real timer;
//        'max'  — nothing runs by itself: `runUntil`/`runFor` fire due timers in order as fast as
//        the CPU allows (tests, benchmarks). Same timers at the same virtual times ⇒ same order.

import type { Timers } from '../../../../shared/clock.ts';

export type Speed = number | 'max';

/** Whoever a timer belongs to; `kind` and `subject` say what to do, so no closure is made per timer. */
export interface TimerTarget {
  onTimer(entry: TimerEntry): void;
}

export class TimerEntry {
  cancelled = false;
  constructor(
    readonly at: number,
    readonly seq: number,
    readonly target: TimerTarget | null,
    readonly kind: number,
    readonly subject: unknown,
    readonly fn: (() => void) | null,
  ) {}
}

const maxRealDelay = 2_147_483_647;

export class VirtualClock implements Timers {
  readonly speed: Speed;
  /** Called after each timer (and before the first): delivers what was made at the current time. Returns how many. */
  onSettle: (() => number) | null = null;
  private current: number;
  private seq = 0;
  private readonly heap: TimerEntry[] = [];
  private processing = false;
  private stopped = false;
  private fired = 0;
  // Real-time mode: virtual = virtualBase + (wall − wallBase) × speed.
  private readonly virtualBase: number;
  private readonly wallBase: number;
  private realTimer: NodeJS.Timeout | null = null;
  private armedFor = Infinity;

  constructor(options: { start: Date | number; speed: Speed }) {
    if (options.speed !== 'max' && !(options.speed > 0 && Number.isFinite(options.speed))) {
      throw new RangeError(`speed must be a positive number or 'max', got ${String(options.speed)}`);
    }
    this.speed = options.speed;
    this.current = typeof options.start === 'number' ? options.start : options.start.getTime();
    this.virtualBase = this.current;
    this.wallBase = performance.now();
  }

  now(): Date {
    return new Date(this.nowMs());
  }

  /** The current virtual time in epoch milliseconds (monotonic). */
  nowMs(): number {
    if (this.speed !== 'max' && !this.processing) {
      const wall = this.virtualBase + Math.floor((performance.now() - this.wallBase) * this.speed);
      if (wall > this.current) this.current = wall;
    }
    return this.current;
  }

  /** Timers count: how many have fired so far (benchmarks). */
  get firedCount(): number {
    return this.fired;
  }

  after(ms: number, fn: () => void): () => void {
    const entry = this.push(ms, null, 0, null, fn);
    return () => this.cancel(entry);
  }

  /** The simulator's own timers: no closure, the target is told the entry. */
  schedule(ms: number, target: TimerTarget, kind: number, subject: unknown): TimerEntry {
    return this.push(ms, target, kind, subject, null);
  }

  cancel(entry: TimerEntry | null): void {
    if (entry) entry.cancelled = true;
  }

  /** Real-time mode: something was made at the current time outside a timer; deliver it soon. */
  poke(): void {
    if (this.speed !== 'max' && !this.processing) this.arm(0);
  }

  /** Fire every timer due up to `until` in order, then stand at `until`. Only with speed 'max'. Returns timers fired. */
  runUntil(until: Date | number): number {
    const limit = this.maxOnly(until);
    const before = this.fired;
    this.processing = true;
    try {
      this.settle();
      while (this.step(limit)) this.settle();
    } finally {
      this.processing = false;
    }
    if (limit > this.current) this.current = limit;
    return this.fired - before;
  }

  runFor(ms: number): number {
    return this.runUntil(this.current + ms);
  }

  /**
   * As runUntil, but after each timer the event loop turns (setImmediate) at least `turns` times
   * and until nothing new was scheduled or delivered, so a listener's `await port.answer(…); await
   * port.connect(…)` lands at the virtual time of the event that started it. Slower than
   * runUntil; for runtimes whose listeners are async (a follow-up that needs more turns than
   * `turns` before its first command lands later).
   */
  async runUntilAsync(until: Date | number, options: { turns?: number } = {}): Promise<number> {
    const limit = this.maxOnly(until);
    const turns = options.turns ?? 3;
    const before = this.fired;
    this.processing = true;
    try {
      await this.quiesce(turns);
      while (this.step(limit)) await this.quiesce(turns);
    } finally {
      this.processing = false;
    }
    if (limit > this.current) this.current = limit;
    return this.fired - before;
  }

  runForAsync(ms: number, options: { turns?: number } = {}): Promise<number> {
    return this.runUntilAsync(this.current + ms, options);
  }

  /** Nothing fires any more (close). */
  stop(): void {
    this.stopped = true;
    if (this.realTimer) clearTimeout(this.realTimer);
    this.realTimer = null;
    this.heap.length = 0;
  }

  private push(ms: number, target: TimerTarget | null, kind: number, subject: unknown, fn: (() => void) | null) {
    const delay = ms > 0 && Number.isFinite(ms) ? Math.round(ms) : 0;
    const entry = new TimerEntry(this.nowMs() + delay, this.seq++, target, kind, subject, fn);
    if (this.stopped) {
      entry.cancelled = true;
      return entry;
    }
    this.heapPush(entry);
    if (this.speed !== 'max' && !this.processing && entry.at < this.armedFor) this.arm(entry.at - this.current);
    return entry;
  }

  private maxOnly(until: Date | number): number {
    if (this.speed !== 'max') throw new Error("runUntil/runFor need speed 'max'; a real-time clock runs by itself");
    return typeof until === 'number' ? until : until.getTime();
  }

  /** Fire the next live timer due by `limit`; false when there is none. */
  private step(limit: number): boolean {
    for (;;) {
      const head = this.heap[0];
      if (!head || head.at > limit || this.stopped) return false;
      this.heapPop();
      if (head.cancelled) continue;
      if (head.at > this.current) this.current = head.at;
      this.fired++;
      if (head.target) head.target.onTimer(head);
      else head.fn!();
      return true;
    }
  }

  private settle(): number {
    return this.onSettle ? this.onSettle() : 0;
  }

  private async quiesce(minTurns: number): Promise<void> {
    this.settle();
    // Bounded: a listener that keeps issuing commands forever would otherwise never let time move.
    for (let turn = 0; turn < 1000; turn++) {
      const seqBefore = this.seq;
      await new Promise<void>((resolve) => setImmediate(resolve));
      const delivered = this.settle();
      if (turn + 1 >= minTurns && delivered === 0 && this.seq === seqBefore) return;
    }
  }

  private arm(delayVirtual: number): void {
    if (this.stopped) return;
    if (this.realTimer) clearTimeout(this.realTimer);
    const virtualDelay = Math.max(0, delayVirtual);
    this.armedFor = this.current + virtualDelay;
    const realDelay = Math.min(maxRealDelay, Math.ceil(virtualDelay / (this.speed as number)));
    this.realTimer = setTimeout(() => this.wake(), realDelay);
    this.realTimer.unref?.();
  }

  private wake(): void {
    this.realTimer = null;
    this.armedFor = Infinity;
    const limit = this.nowMs();
    this.processing = true;
    try {
      this.settle();
      while (this.step(limit)) this.settle();
    } finally {
      this.processing = false;
    }
    let head = this.heap[0];
    while (head && head.cancelled) {
      this.heapPop();
      head = this.heap[0];
    }
    if (head) this.arm(head.at - this.nowMs());
  }

  // A binary min-heap on (at, seq).
  private heapPush(entry: TimerEntry): void {
    const heap = this.heap;
    let i = heap.length;
    heap.push(entry);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent]!;
      if (p.at < entry.at || (p.at === entry.at && p.seq < entry.seq)) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = entry;
  }

  private heapPop(): void {
    const heap = this.heap;
    const last = heap.pop()!;
    const n = heap.length;
    if (n === 0) return;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && earlier(heap[right]!, heap[child]!)) child = right;
      if (!earlier(heap[child]!, last)) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = last;
  }
}

function earlier(a: TimerEntry, b: TimerEntry): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}

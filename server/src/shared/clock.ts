// One clock for the application (STYLE: ports for everything outside, the clock included).
// Code that needs "now" or a timer takes a Clock/Timers; tests and the telephony simulator pass
// their own, so a simulated day runs in virtual time as fast as the CPU allows.

export interface Clock {
  now(): Date;
}

export interface Timers extends Clock {
  /** Call `fn` once after `ms` milliseconds of this clock; returns the cancel. */
  after(ms: number, fn: () => void): () => void;
}

export const systemClock: Timers = {
  now: () => new Date(),
  after(ms, fn) {
    const timer = setTimeout(fn, Math.max(0, ms));
    timer.unref?.();
    return () => clearTimeout(timer);
  },
};

/** A clock that only moves when told (tests). */
export class ManualClock implements Timers {
  private current: number;
  private queue: { at: number; seq: number; fn: () => void }[] = [];
  private seq = 0;

  constructor(start: Date | string = '2026-12-06T06:00:00Z') {
    this.current = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  after(ms: number, fn: () => void): () => void {
    const entry = { at: this.current + Math.max(0, ms), seq: this.seq++, fn };
    this.queue.push(entry);
    return () => {
      this.queue = this.queue.filter((e) => e !== entry);
    };
  }

  /** Move time forward, firing due timers in order (timers they set fire too when due). */
  advance(ms: number): void {
    const target = this.current + ms;
    for (;;) {
      this.queue.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const next = this.queue[0];
      if (!next || next.at > target) break;
      this.queue.shift();
      this.current = next.at;
      next.fn();
    }
    this.current = target;
  }
}

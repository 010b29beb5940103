import { describe, expect, it } from 'vitest';
import { VirtualClock } from './virtual-clock.ts';

const start = Date.parse('2026-12-06T06:00:00Z');

describe('VirtualClock', () => {
  it('fires timers in time order, ties in the order they were set, and stands at the target', () => {
    const clock = new VirtualClock({ start, speed: 'max' });
    const fired: string[] = [];
    const record = (name: string) => () => fired.push(`${name}@${clock.nowMs() - start}`);
    clock.after(3000, record('c'));
    clock.after(1000, record('a'));
    clock.after(1000, record('b'));
    clock.after(10_000, record('late'));
    expect(clock.runFor(5000)).toBe(3);
    expect(fired).toEqual(['a@1000', 'b@1000', 'c@3000']);
    expect(clock.nowMs()).toBe(start + 5000);
  });

  it('keeps the heap in order over many random timers', () => {
    const clock = new VirtualClock({ start, speed: 'max' });
    const seen: number[] = [];
    let x = 12345;
    for (let i = 0; i < 5000; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      clock.after(x % 100_000, () => seen.push(clock.nowMs()));
    }
    clock.runFor(100_000);
    expect(seen).toHaveLength(5000);
    expect(seen.every((t, i) => i === 0 || t >= seen[i - 1]!)).toBe(true);
  });

  it('does not fire a cancelled timer', () => {
    const clock = new VirtualClock({ start, speed: 'max' });
    let fired = 0;
    const cancel = clock.after(1000, () => fired++);
    cancel();
    clock.runFor(2000);
    expect(fired).toBe(0);
  });

  it('fires a timer set from inside a timer at the same virtual time when its delay is 0', () => {
    const clock = new VirtualClock({ start, speed: 'max' });
    const at: number[] = [];
    clock.after(1000, () => clock.after(0, () => at.push(clock.nowMs() - start)));
    clock.runFor(1000);
    expect(at).toEqual([1000]);
  });

  it('lets nothing run by itself with speed max', async () => {
    const clock = new VirtualClock({ start, speed: 'max' });
    let fired = 0;
    clock.after(0, () => fired++);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(fired).toBe(0);
    expect(clock.nowMs()).toBe(start);
  });

  it('lets an async follow-up land at the virtual time of the timer that started it (runForAsync)', async () => {
    const clock = new VirtualClock({ start, speed: 'max' });
    const at: number[] = [];
    clock.after(1000, () => {
      void (async () => {
        await Promise.resolve();
        await new Promise((resolve) => setImmediate(resolve));
        at.push(clock.nowMs() - start);
      })();
    });
    await clock.runForAsync(60_000);
    expect(at).toEqual([1000]);
  });

  it.each([
    { name: 'zero', speed: 0 },
    { name: 'negative', speed: -1 },
    { name: 'infinite', speed: Infinity },
  ])('refuses a $name speed', ({ speed }) => {
    expect(() => new VirtualClock({ start, speed })).toThrow(RangeError);
  });

  it('refuses runUntil on a real-time clock (it runs by itself)', () => {
    const clock = new VirtualClock({ start, speed: 10 });
    expect(() => clock.runFor(1000)).toThrow(/speed 'max'/);
    clock.stop();
  });
});

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// `tawasul simulate dialer` (SPEC §5, a stable contract): one JSON line with exactly the keys of
// the contract; a readable Arabic/English summary without --json; bad flags exit 2.

const bin = fileURLToPath(new URL('../../bin/tawasul.mjs', import.meta.url));

function tawasul(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 200_000 });
  const lines = result.stdout.trim().split('\n');
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, lines, last: lines.at(-1) ?? '' };
}

const base = [
  'simulate',
  'dialer',
  '--agents',
  '10',
  '--answer-rate',
  '0.25',
  '--aht',
  '180',
  '--hours',
  '1',
  '--seed',
  '3',
];

describe('tawasul simulate dialer', () => {
  it('prints one JSON line with the contract’s keys, the same for the same seed', () => {
    const r = tawasul([...base, '--mode', 'predictive', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.lines).toHaveLength(1);
    const summary = JSON.parse(r.last);
    expect(Object.keys(summary)).toEqual([
      'mode',
      'agents',
      'placed',
      'answered',
      'abandoned',
      'abandon_rate',
      'occupancy',
      'calls_per_agent_hour',
    ]);
    expect(summary).toMatchObject({ mode: 'predictive', agents: 10 });
    expect(summary.placed).toBeGreaterThan(summary.answered);
    expect(summary.abandon_rate).toBeCloseTo(summary.abandoned / summary.answered, 5);
    expect(summary.occupancy).toBeGreaterThan(0);
    expect(summary.occupancy).toBeLessThan(1);
    expect(JSON.parse(tawasul([...base, '--mode', 'predictive', '--json']).last)).toEqual(summary);
  }, 300_000);

  it('without --json prints a readable summary in Arabic and English', () => {
    const r = tawasul([...base, '--mode', 'vicidial']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('occupancy / نسبة الإشغال');
    expect(r.stdout).toContain('abandoned / متروكة');
  }, 300_000);

  it.each([
    ['an unknown mode', ['--mode', 'turbo'], 'Allowed choices are preview, progressive, predictive, vicidial'],
    ['an answer rate given in percent', ['--mode', 'progressive', '--answer-rate', '25'], 'answer rate'],
    ['a fractional number of agents', ['--mode', 'progressive', '--agents', '2.5'], 'agents'],
    ['no mode', [], "required option '--mode <mode>' not specified"],
  ])(
    'exits 2 with a clear message for %s',
    (_name, args, message) => {
      const r = tawasul([...base, ...args, '--json']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(message);
    },
    300_000,
  );
});

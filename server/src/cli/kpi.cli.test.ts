import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client.ts';

// `tawasul kpi` and `tawasul erlang` (SPEC §5, stable contracts). The KPI figures are read from
// the sample queue_log after `tawasul calls import-queue-log`; every expectation is worked out
// by hand from the file (times are seconds after 2026-11-29 08:00 Riyadh, 1795928400):
//
//   call  queue     queued  answered  ended  result                      wait  talk
//   100   service    100     140      320    answered by 1001              40   180
//   200   service    200      —       225    abandoned                     25
//   300   service    300     310      430    answered by 1002              10   120
//   400   overflow   400     470      600    answered by 1003 (service→    70   130
//                                            overflow; waits from the first entry)
//   700   sales      700      —       701    EXITEMPTY (failed)             1
//   800   service    800      —       830    EXITWITHKEY (no_answer)       30
//   900   overflow   900     905      965    answered by 1003, transferred   5    60
//   1000  service   1000    1012     1100    answered by 1002, transferred  12    88
//   1300  sales     1300    1306     1400    answered by ahmed, transferred  6    94
//   1500  overflow  1500      —      1530    abandoned                     30

const bin = fileURLToPath(new URL('../../bin/tawasul.mjs', import.meta.url));
const sample = fileURLToPath(new URL('../modules/telephony/fixtures/queue_log.sample', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'tawasul-cli-kpi-'));
const dataDir = join(dir, 'data');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tawasul(args: string[]) {
  const { DATABASE_URL: _omit, ...env } = process.env;
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...env, TAWASUL_TIMEZONE: 'Asia/Riyadh' },
    timeout: 200_000,
  });
  const lines = result.stdout.trim().split('\n');
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, last: lines.at(-1) ?? '' };
}

const kpi = (...args: string[]) =>
  tawasul(['kpi', '--from', '2026-11-29', '--to', '2026-11-29', ...args, '--data-dir', dataDir, '--json']);

describe('tawasul kpi over an imported queue_log (embedded database)', () => {
  beforeAll(() => {
    const imported = tawasul(['calls', 'import-queue-log', sample, '--data-dir', dataDir, '--json']);
    expect(imported.code, imported.stderr).toBe(0);
  }, 300_000);

  it('the day: 10 offered, 6 answered, 2 abandoned; the default conventions (20 s, negative, 5 s)', () => {
    const day = kpi();
    expect(day.code, day.stderr).toBe(0);
    const { rows } = JSON.parse(day.last);
    expect(rows).toHaveLength(1);
    const row = rows[0];
    expect(Object.keys(row)).toEqual([
      'key',
      'offered',
      'answered',
      'abandoned',
      'short_abandoned',
      'asa_seconds',
      'avg_time_in_queue_seconds',
      'aht_seconds',
      'avg_talk_seconds',
      'abandon_rate',
      'service_level',
    ]);
    expect(row).toMatchObject({
      key: '2026-11-29',
      offered: 10, // 6 answered + 2 abandoned + 700 (EXITEMPTY) + 800 (EXITWITHKEY)
      answered: 6,
      abandoned: 2,
      short_abandoned: 0,
      aht_seconds: 112, // (180 + 120 + 130 + 60 + 88 + 94) / 6, no hold, no wrap-up in a queue_log
      avg_talk_seconds: 112,
      abandon_rate: 0.2, // 2 / 10
      service_level: 0.4, // 300, 900, 1000, 1300 within 20 s, of 10
    });
    expect(row.asa_seconds).toBeCloseTo(143 / 6, 12); // (40 + 10 + 70 + 5 + 12 + 6) / 6
    expect(row.avg_time_in_queue_seconds).toBe(24.75); // (143 + 25 + 30) / 8
  }, 300_000);

  it('by 15-minute interval: calls count where they end (08:00 and 08:15)', () => {
    const r = kpi('--by', 'interval', '--interval-minutes', '15');
    expect(r.code, r.stderr).toBe(0);
    // 100, 200, 300, 400, 700 and 800 end before 08:15; 900, 1000, 1300, 1500 after.
    expect(JSON.parse(r.last).rows.map((x: { key: string; offered: number }) => [x.key, x.offered])).toEqual([
      ['2026-11-29T08:00', 6],
      ['2026-11-29T08:15', 4],
    ]);
    // The day before and after have nothing.
    const empty = tawasul(['kpi', '--from', '2026-11-30', '--to', '2026-12-01', '--data-dir', dataDir, '--json']);
    expect(JSON.parse(empty.last)).toEqual({ rows: [] });
  }, 300_000);

  it('each queue’s own conventions: service ignores abandons and calls 25 s short; overflow counts them positive within 30 s', async () => {
    const database = await openDatabase({ dataDir });
    try {
      await database.executeSql(
        `update call_queues set sl_abandoned = 'ignored', short_abandon_seconds = 26 where code = 'service'`,
      );
      await database.executeSql(
        `insert into call_queues (code, name_ar, name_en, skill, sl_seconds, sl_abandoned, short_abandon_seconds)
         values ('overflow', 'الفائض', 'Overflow', 'service', 30, 'positive', 26)`,
      );
    } finally {
      await database.close();
    }
    const r = kpi('--by', 'queue');
    expect(r.code, r.stderr).toBe(0);
    const rows = JSON.parse(r.last).rows as Record<string, number | string>[];
    expect(rows.map((x) => x.key)).toEqual(['overflow', 'sales', 'service']);
    const [overflow, sales, service] = rows;
    // overflow: 400 (70 s, a miss), 900 (5 s, met), 1500 abandoned at 30 s: not short (≥ 26), met (positive, ≤ 30).
    expect(overflow).toMatchObject({ offered: 3, answered: 2, abandoned: 1, short_abandoned: 0, asa_seconds: 37.5 });
    expect(overflow!.avg_time_in_queue_seconds).toBe(35); // (70 + 5 + 30) / 3
    expect(overflow!.service_level).toBeCloseTo(2 / 3, 12);
    expect(overflow!.abandon_rate).toBeCloseTo(1 / 3, 12);
    // sales has no rules row: the defaults. 1300 met, 700 (EXITEMPTY after 1 s) a miss.
    expect(sales).toMatchObject({ offered: 2, answered: 1, abandoned: 0, service_level: 0.5, aht_seconds: 94 });
    // service: 200 (abandoned after 25 s) is now a short abandon; 100 (40 s) and 800 miss, 300 and 1000 meet.
    expect(service).toMatchObject({ offered: 4, answered: 3, abandoned: 0, short_abandoned: 1, abandon_rate: 0 });
    expect(service!.service_level).toBe(0.5); // 2 / 4
    expect(service!.asa_seconds).toBeCloseTo(62 / 3, 12); // (40 + 10 + 12) / 3

    const one = kpi('--queue', 'overflow', '--by', 'agent');
    expect(one.code, one.stderr).toBe(0);
    expect(JSON.parse(one.last).rows.map((x: { key: string; answered: number }) => [x.key, x.answered])).toEqual([
      ['', 0], // the abandoned call has no agent
      ['1003', 2],
    ]);
  }, 300_000);

  it('bad flags exit 2 with a message', () => {
    const by = kpi('--by', 'year');
    expect(by.code).toBe(2);
    expect(by.stderr).toMatch(/--by/);
    const date = tawasul(['kpi', '--from', '2026-13-01', '--to', '2026-11-29', '--data-dir', dataDir, '--json']);
    expect(date.code).toBe(2);
    expect(date.stderr).toMatch(/YYYY-MM-DD/);
    const reversed = tawasul(['kpi', '--from', '2026-11-30', '--to', '2026-11-29', '--data-dir', dataDir, '--json']);
    expect(reversed.code).toBe(2);
    expect(JSON.parse(reversed.last)).toMatchObject({ ok: false, error: { code: 'kpi_range_invalid' } });
  }, 300_000);
});

describe('tawasul erlang', () => {
  const base = ['--calls', '100', '--interval-seconds', '1800', '--aht-seconds', '180', '--target-sl', '0.8'];

  it('the Call Centre Helper worked example (Erlang C): 14 agents, 20 scheduled', () => {
    const r = tawasul([
      'erlang',
      ...base,
      '--target-seconds',
      '20',
      '--shrinkage',
      '0.3',
      '--max-occupancy',
      '0.85',
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.last);
    expect(Object.keys(out)).toEqual([
      'agents',
      'scheduled',
      'service_level',
      'asa_seconds',
      'occupancy',
      'p_wait',
      'p_abandon',
    ]);
    expect(out).toMatchObject({ agents: 14, scheduled: 20, p_abandon: 0 });
    expect(out.service_level).toBeCloseTo(0.8884, 4);
    expect(out.asa_seconds).toBeCloseTo(7.836, 3);
    expect(out.occupancy).toBeCloseTo(10 / 14, 12);
    expect(out.p_wait).toBeCloseTo(0.1741, 4);
  }, 300_000);

  it('with a patience it is Erlang A: fewer agents, abandons reported', () => {
    const r = tawasul(['erlang', ...base, '--target-seconds', '20', '--patience-seconds', '120', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.last);
    expect(out.agents).toBeLessThan(14);
    expect(out.service_level).toBeGreaterThanOrEqual(0.8);
    expect(out.p_abandon).toBeGreaterThan(0);
  }, 300_000);

  it('bad flags exit 2', () => {
    expect(tawasul(['erlang', ...base, '--target-seconds', '20', '--shrinkage', '1.5', '--json']).code).toBe(2);
    expect(tawasul(['erlang', ...base, '--json']).code).toBe(2); // --target-seconds missing
    const word = tawasul(['erlang', ...base, '--target-seconds', 'soon', '--json']);
    expect(word.code).toBe(2);
    expect(word.stderr).toMatch(/--target-seconds/);
  }, 300_000);
});

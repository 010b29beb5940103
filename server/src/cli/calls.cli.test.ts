import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client.ts';

// `tawasul calls import-queue-log` (SPEC §5, a stable contract) on the sample queue_log: ten calls,
// six answered, two abandoned, four lines that are not queue_log lines, two events it does not know.

const bin = fileURLToPath(new URL('../../bin/tawasul.mjs', import.meta.url));
const sample = fileURLToPath(new URL('../modules/telephony/fixtures/queue_log.sample', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'tawasul-cli-calls-'));
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

describe('tawasul calls import-queue-log (embedded database)', () => {
  const dataDir = join(dir, 'data');

  it('imports the calls and agent states, prints the summary, and a second import changes nothing', async () => {
    const first = tawasul(['calls', 'import-queue-log', sample, '--data-dir', dataDir, '--json']);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.last)).toEqual({
      calls: 10,
      answered: 6,
      abandoned: 2,
      skipped_lines: 4,
      unknown_events: { SYSCOMPAT: 1, INFO: 1 },
      changed_calls: 10,
      agent_states: 22,
    });
    const second = tawasul(['calls', 'import-queue-log', sample, '--data-dir', dataDir, '--json']);
    expect(second.code, second.stderr).toBe(0);
    expect(JSON.parse(second.last)).toMatchObject({
      calls: 10,
      answered: 6,
      abandoned: 2,
      skipped_lines: 4,
      changed_calls: 0,
      agent_states: 0,
    });
    const database = await openDatabase({ dataDir });
    try {
      const counts = await database.executeSql(
        `select (select count(*)::int from calls) as calls, (select count(*)::int from call_events) as events,
                (select count(*)::int from agent_state_changes) as states`,
      );
      expect(counts.rows[0]).toMatchObject({ calls: 10, states: 22 });
      const abandoned = await database.executeSql(
        `select count(*)::int as n from calls where cause = 'abandoned' and answered_at is null`,
      );
      expect(abandoned.rows[0]!.n).toBe(2);
    } finally {
      await database.close();
    }
  }, 600_000);

  it('without --json prints one human line; a missing file exits 2 with a code', () => {
    const human = tawasul(['calls', 'import-queue-log', sample, '--data-dir', dataDir]);
    expect(human.code).toBe(0);
    expect(human.last).toMatch(/^10 calls \(6 answered, 2 abandoned; 0 new or changed\)/);
    const missing = tawasul(['calls', 'import-queue-log', join(dir, 'nope.log'), '--data-dir', dataDir, '--json']);
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.last)).toMatchObject({ ok: false, error: { code: 'no_such_file' } });
  }, 300_000);
});

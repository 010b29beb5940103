import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/tawasul.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'tawasul-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tawasul(args: string[], env: Record<string, string> = {}) {
  const { DATABASE_URL: _omit, ...base } = process.env;
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...base, ...env },
    timeout: 200_000,
  });
  const lines = result.stdout.trim().split('\n');
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, last: lines.at(-1) ?? '' };
}

// Every command is a process that opens the data directory (seconds each while other suites run).
describe('tawasul command line (embedded database)', { timeout: 240_000 }, () => {
  const dataDir = join(dir, 'fresh');

  it('creates a user on a fresh data directory (migrating it first) and prints a JSON summary', () => {
    const r = tawasul([
      'users',
      'add',
      '--username',
      'noura',
      '--password',
      'Palm-Tree-Riyadh-7',
      '--role',
      'supervisor',
      '--name',
      'نورة',
      '--skills',
      'collections',
      '--data-dir',
      dataDir,
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.last)).toMatchObject({ ok: true, username: 'noura', role: 'supervisor' });
  });

  it('lists, resets and disables users', () => {
    expect(JSON.parse(tawasul(['users', 'list', '--data-dir', dataDir, '--json']).last)).toMatchObject({
      total: 1,
      users: [{ username: 'noura', active: true }],
    });
    expect(
      tawasul([
        'users',
        'set-password',
        '--username',
        'noura',
        '--password',
        'Date-Palm-Jeddah-8',
        '--data-dir',
        dataDir,
      ]).code,
    ).toBe(0);
    expect(tawasul(['users', 'disable', '--username', 'noura', '--data-dir', dataDir]).code).toBe(0);
    expect(JSON.parse(tawasul(['users', 'list', '--data-dir', dataDir, '--json']).last).users[0].active).toBe(false);
  });

  it('loads the demo twice without duplicating it', { timeout: 240_000 }, () => {
    const first = JSON.parse(tawasul(['demo', '--data-dir', dataDir, '--json']).last);
    expect(first.created).toBeGreaterThanOrEqual(5);
    expect(first.logins.map((l: { role: string }) => l.role)).toEqual(
      expect.arrayContaining(['manager', 'supervisor', 'agent']),
    );
    expect(JSON.parse(tawasul(['demo', '--data-dir', dataDir, '--json']).last).created).toBe(0);
  });

  it.each([
    ['an unknown command', ['frobnicate']],
    ['a missing required option', ['users', 'add', '--username', 'x']],
    ['an unknown role', ['users', 'add', '--username', 'xyz', '--password', 'Palm-Tree-Riyadh-7', '--role', 'king']],
    ['a weak password', ['users', 'add', '--username', 'xyz', '--password', 'short', '--role', 'agent']],
  ])('exits 2 for %s', (_name, args) => {
    const r = tawasul([...args, '--data-dir', dataDir]);
    expect(r.code).toBe(2);
    expect(r.stderr.length).toBeGreaterThan(0);
  });

  it('puts a new user in ticket groups, refuses an unknown group, and sets where a group exists', () => {
    const add = (username: string, groups: string) =>
      tawasul([
        'users',
        'add',
        '--username',
        username,
        '--password',
        'Oasis-Road-Abha-9',
        '--role',
        'agent',
        '--skills',
        'key_accounts',
        '--groups',
        groups,
        '--data-dir',
        dataDir,
        '--json',
      ]);
    const membersOfKeyAccounts = () =>
      (
        JSON.parse(tawasul(['groups', 'list', '--data-dir', dataDir, '--json']).last) as {
          groups: { code: string; countries: string[]; members: number }[];
        }
      ).groups.find((g) => g.code === 'key_accounts')!;
    const before = membersOfKeyAccounts().members;
    const officer = add('ka.cli', 'key_accounts,operations');
    expect(officer.code, officer.stderr).toBe(0);
    expect(JSON.parse(officer.last)).toMatchObject({
      ok: true,
      username: 'ka.cli',
      groups: ['key_accounts', 'operations'],
    });
    const unknown = add('nobody.cli', 'key_accounts,billing');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('لا توجد مجموعة بالرمز billing');
    expect(JSON.parse(tawasul(['users', 'list', '--data-dir', dataDir, '--json']).last).users).not.toContainEqual(
      expect.objectContaining({ username: 'nobody.cli' }),
    );

    const set = tawasul(['groups', 'set', 'key_accounts', '--countries', 'SA, AE,KW', '--data-dir', dataDir, '--json']);
    expect(set.code, set.stderr).toBe(0);
    expect(JSON.parse(set.last)).toEqual({ ok: true, code: 'key_accounts', countries: ['AE', 'KW', 'SA'] });
    // The demo (loaded by another test into the same directory) may have put members there too.
    expect(membersOfKeyAccounts()).toEqual({
      code: 'key_accounts',
      countries: ['AE', 'KW', 'SA'],
      members: before + 1,
    });
    const bad = tawasul(['groups', 'set', 'key_accounts', '--countries', 'Saudi', '--data-dir', dataDir, '--json']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('countries.0');
    const missing = tawasul(['groups', 'set', 'billing', '--countries', 'SA', '--data-dir', dataDir, '--json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('No group billing');
  });

  it('exits 2 with a clear message for a bad environment value', () => {
    const r = tawasul(['migrate', '--data-dir', dataDir, '--json'], { TAWASUL_CALLING_WINDOW: 'always' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('TAWASUL_CALLING_WINDOW');
    expect(JSON.parse(r.last)).toMatchObject({ ok: false, error: { code: 'bad_configuration' } });
  });

  it('exits 1 when the user does not exist', () => {
    expect(tawasul(['users', 'disable', '--username', 'ghost', '--data-dir', dataDir]).code).toBe(1);
  });

  it('prints help with exit 0', () => {
    const r = tawasul(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('users');
  });
});

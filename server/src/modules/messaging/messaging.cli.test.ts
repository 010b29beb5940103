import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';
import { LoopbackSmppServer } from './testing/smpp-loopback-server.ts';

// `tawasul sms test` / `tawasul email test` as an operator runs them, against a loopback SMSC.
const bin = fileURLToPath(new URL('../../../bin/tawasul.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'tawasul-sms-cli-'));
let smsc: LoopbackSmppServer;
beforeAll(async () => {
  smsc = await LoopbackSmppServer.start({ systemId: 'cli', password: 'cli-pass' });
});
afterAll(async () => {
  await smsc.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The binary in a child process, as an operator runs it. */
function tawasul(args: string[], env: Record<string, string> = {}) {
  const { DATABASE_URL: _omit, ...base } = process.env;
  return new Promise<{ code: number; last: Record<string, unknown>; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args, '--data-dir', join(dir, 'data'), '--json'],
      { env: { ...base, TAWASUL_SMS_SENDER: 'AlAmal', ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const lines = stdout.trim().split('\n');
        let last: Record<string, unknown> = {};
        try {
          last = JSON.parse(lines.at(-1) ?? '{}');
        } catch {
          // not JSON: the assertion on it will say so
        }
        resolve({ code: error ? Number(error.code ?? 1) : 0, last, stderr });
      },
    );
  });
}

/** The same command in this process (no start-up cost): the environment set for the call. */
async function tawasulHere(args: string[], env: Record<string, string> = {}) {
  const saved = { ...process.env };
  const lines: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  const writeErr = process.stderr.write.bind(process.stderr);
  let stderr = '';
  delete process.env.DATABASE_URL;
  Object.assign(process.env, { TAWASUL_SMS_SENDER: 'AlAmal', ...env });
  process.stdout.write = ((chunk: string) => (lines.push(String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string) => ((stderr += String(chunk)), true)) as typeof process.stderr.write;
  try {
    const code = await main([...args, '--data-dir', join(dir, 'data'), '--json']);
    const out = lines.join('').trim().split('\n');
    return { code, last: JSON.parse(out.at(-1) ?? '{}') as Record<string, unknown>, stderr };
  } finally {
    process.stdout.write = write;
    process.stderr.write = writeErr;
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}

describe('tawasul sms test / email test', () => {
  const smpp = () => ({ TAWASUL_SMS_ADAPTER: 'smpp', TAWASUL_SMPP_URL: smsc.url });

  it('sends a 70-character Arabic message as one UCS-2 segment with the sender ID (exit 0)', async () => {
    const r = await tawasul(['sms', 'test', '--to', '0551234567', '--body', 'ب'.repeat(70)], smpp());
    expect(r.code, r.stderr).toBe(0);
    expect(r.last).toMatchObject({
      ok: true,
      adapter: 'smpp',
      status: 'sent',
      encoding: 'ucs2',
      segments: 1,
      sender: 'AlAmal',
    });
    expect(smsc.submits.at(-1)).toMatchObject({ dataCoding: 8, source: 'AlAmal', destination: '966551234567' });
  });

  it.each([
    ['71 Arabic characters', ['--to', '0551234567', '--body', 'ب'.repeat(71)], 'sms_too_long'],
    ['a landline', ['--to', '0112345678', '--body', 'x'], 'bad_recipient'],
  ])('refuses %s with exit 1 and the reason', async (_name, args, code) => {
    const before = smsc.submitCount;
    const r = await tawasulHere(['sms', 'test', ...args], smpp());
    expect(r.code).toBe(1);
    expect(r.last).toMatchObject({ ok: false, error: { code } });
    expect(smsc.submitCount).toBe(before);
  });

  it('bad SMPP credentials: exit 1, class auth', async () => {
    const r = await tawasulHere(['sms', 'test', '--to', '0551234567', '--body', 'x'], {
      ...smpp(),
      TAWASUL_SMPP_URL: smsc.url.replace('cli-pass', 'wrong'),
    });
    expect(r.code).toBe(1);
    expect(r.last).toMatchObject({ ok: false, status: 'failed', error: { code: 'auth' } });
  });

  it('a bad configuration is exit 2', async () => {
    const r = await tawasulHere(['sms', 'test', '--to', '0551234567', '--body', 'x'], { TAWASUL_SMS_ADAPTER: 'smpp' });
    expect(r.code).toBe(2);
    expect(JSON.stringify(r.last)).toContain('TAWASUL_SMPP_URL');
  });

  it('email test goes through the log adapter when no SMTP server is configured', async () => {
    const r = await tawasulHere(['email', 'test', '--to', 'ops@example.com']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.last).toMatchObject({ ok: true, adapter: 'log', status: 'sent' });
    expect(String(r.last.provider_message_id)).toMatch(/^log-/);
  });
});

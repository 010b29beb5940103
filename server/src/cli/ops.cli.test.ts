// The operator's commands around a running server: a backup taken while it runs, a restore
// refused over data, and a SIGTERM in the middle of a request (the request is answered, the
// process stops within 10 s and leaves the data directory free).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/tawasul.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'tawasul-ops-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const { DATABASE_URL: _omit, ...baseEnv } = process.env;
const env = { ...baseEnv, TAWASUL_LOG_LEVEL: 'warn' };

function tawasul(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8', timeout: 170_000 });
  const last = result.stdout.trim().split('\n').at(-1) ?? '';
  return { status: result.status, stderr: result.stderr, summary: JSON.parse(last) as Record<string, unknown> };
}

describe('operations around a running server', () => {
  it(
    'backs up while running, refuses a restore over data, and stops on SIGTERM after answering',
    {
      timeout: 400_000,
    },
    async () => {
      const dataDir = join(dir, 'data');
      const child = spawn(process.execPath, [bin, 'start', '--port', '0', '--json', '--data-dir', dataDir], { env });
      let stdout = '';
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
        child.once('exit', (code) => resolve({ code, at: Date.now() })),
      );
      try {
        const url = await new Promise<string>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`no summary; ${stdout} ${stderr}`)), 170_000);
          child.stdout.on('data', (d) => {
            stdout += d;
            const line = stdout.split('\n').find((l) => l.startsWith('{"ok":true'));
            if (line) {
              clearTimeout(timer);
              resolve((JSON.parse(line) as { url: string }).url);
            }
          });
        });

        // The embedded database is held by the server: the backup is its snapshot, over the control socket.
        const file = join(dir, 'live.tgz');
        const backedUp = tawasul(['backup', '--out', file, '--data-dir', dataDir, '--json']);
        expect(backedUp.summary).toMatchObject({ ok: true, database: 'pglite', source: 'server' });
        expect(backedUp.status).toBe(0);

        // A restore over a directory with data is refused in both languages (here: it is also in use).
        const refused = tawasul(['restore', file, '--data-dir', join(dir, 'data'), '--json']);
        expect(refused.status).toBe(1);
        expect(JSON.stringify(refused.summary)).toMatch(/in use|already holds data/);
        const junk = tawasul(['restore', bin, '--data-dir', join(dir, 'other'), '--json']);
        expect(junk.status).toBe(2);
        expect(junk.summary).toMatchObject({ ok: false, error: { code: 'backup_file_unreadable' } });
        expect(String((junk.summary.error as { message: string }).message)).toContain('ليس نسخة احتياطية');

        // A request whose body is still arriving when SIGTERM comes is answered, then the process ends.
        const { port } = new URL(url);
        const body = JSON.stringify({ username: 'admin', password: 'not-the-password' });
        const answered = new Promise<number>((resolve, reject) => {
          const req = request(
            {
              host: '127.0.0.1',
              port,
              path: '/api/v1/auth/login',
              method: 'POST',
              headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
            },
            (res) => {
              res.resume();
              resolve(res.statusCode ?? 0);
            },
          );
          req.on('error', reject);
          req.write(body.slice(0, 10));
          setTimeout(() => {
            child.kill('SIGTERM');
            setTimeout(() => req.end(body.slice(10)), 500);
          }, 200);
        });
        const sentAt = Date.now() + 200;
        expect(await answered).toBe(401);
        const { code, at } = await exited;
        expect(code).toBe(0);
        expect(at - sentAt).toBeLessThan(10_000);
        // The database was closed: its lock and control socket are gone.
        expect(existsSync(join(dataDir, 'tawasul.lock'))).toBe(false);
        expect(existsSync(join(dataDir, 'control.sock'))).toBe(false);
      } finally {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }
    },
  );
});

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A throw-away IMAP server for tests: Debian's dovecot-imapd started on a loopback port with its
// own configuration, one test user and a Maildir the test writes messages into.

export const dovecotBinary = '/usr/sbin/dovecot';

export function dovecotAvailable(): boolean {
  return existsSync(dovecotBinary) && process.getuid?.() === 0;
}

export type TestImapServer = {
  url: string;
  /** Drops a raw message into the user's INBOX (Maildir/new), as delivery would. */
  deliver(raw: string | Buffer): void;
  stop(): Promise<void>;
};

export async function startDovecot(): Promise<TestImapServer> {
  const dir = mkdtempSync(join(tmpdir(), 'tawasul-imap-'));
  const port = await freePort();
  const home = join(dir, 'home', 'inbox');
  for (const sub of ['cur', 'new', 'tmp']) mkdirSync(join(home, 'Maildir', sub), { recursive: true });
  const owner = idOf('dovecot');
  for (const path of [
    join(dir, 'home'),
    home,
    join(home, 'Maildir'),
    ...['cur', 'new', 'tmp'].map((s) => join(home, 'Maildir', s)),
  ]) {
    chownSync(path, owner.uid, owner.gid);
  }
  chmodSync(dir, 0o755);
  writeFileSync(join(dir, 'passwd'), 'inbox:{PLAIN}imap-pass-1\n');
  writeFileSync(
    join(dir, 'dovecot.conf'),
    `
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:~/Maildir
first_valid_uid = 1
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
service imap-login {
  chroot =
}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/passwd
}
userdb {
  driver = static
  args = uid=${owner.uid} gid=${owner.gid} home=${dir}/home/%u
}
`,
  );
  const proc: ChildProcess = spawn(dovecotBinary, ['-F', '-c', join(dir, 'dovecot.conf')], { stdio: 'ignore' });
  await waitForPort(port, 10_000);
  let counter = 0;
  return {
    url: `imap://inbox:imap-pass-1@127.0.0.1:${port}`,
    deliver(raw) {
      const name = `${Date.now()}.${process.pid}_${counter++}.tawasul`;
      const file = join(home, 'Maildir', 'new', name);
      writeFileSync(file, raw);
      chownSync(file, owner.uid, owner.gid);
    },
    async stop() {
      proc.kill('SIGTERM');
      await new Promise((r) => proc.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function idOf(user: string): { uid: number; gid: number } {
  const uid = Number(spawnSync('id', ['-u', user], { encoding: 'utf8' }).stdout.trim());
  const gid = Number(spawnSync('id', ['-g', user], { encoding: 'utf8' }).stdout.trim());
  return { uid, gid };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`dovecot did not listen on ${port} within ${timeoutMs} ms`);
}

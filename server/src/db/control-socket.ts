// The embedded database allows one process at a time, so a backup taken while the server runs
// is asked of the server itself: it listens on a Unix socket in the data directory, readable by
// the directory's owner only (the file permissions are the authentication), and answers
// `snapshot` with the tarball of its database.
import { chmodSync, existsSync, rmSync } from 'node:fs';
import { createConnection, createServer, type Server } from 'node:net';
import { join } from 'node:path';
import type { Database } from './client.ts';

export const controlSocketName = 'control.sock';

/** Serves `snapshot` requests for the running server; returns a function that stops it. */
export async function serveControlSocket(dataDir: string, database: Database): Promise<() => Promise<void>> {
  const path = join(dataDir, controlSocketName);
  // Left by a process that died: this process holds the data directory's lock, so it is stale.
  if (existsSync(path)) rmSync(path);
  const server: Server = createServer((socket) => {
    let request = '';
    socket.on('error', () => undefined);
    socket.on('data', (chunk) => {
      request += chunk.toString();
      if (!request.includes('\n')) return;
      if (request.trim() !== 'snapshot') {
        socket.end(`${JSON.stringify({ ok: false, error: 'unknown request' })}\n`);
        return;
      }
      database.snapshot!().then(
        (tarball) => {
          socket.write(`${JSON.stringify({ ok: true, bytes: tarball.byteLength })}\n`);
          socket.end(tarball);
        },
        (error: Error) => socket.end(`${JSON.stringify({ ok: false, error: error.message })}\n`),
      );
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => resolve());
  });
  chmodSync(path, 0o600);
  return () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      rmSync(path, { force: true });
    });
}

/**
 * The tarball of the database served from `dataDir`, or undefined when no server answers there
 * (the caller then opens the directory itself).
 */
export function requestSnapshot(dataDir: string, timeoutMs = 120_000): Promise<Uint8Array | undefined> {
  const path = join(dataDir, controlSocketName);
  if (!existsSync(path)) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const socket = createConnection(path);
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`the server did not send its snapshot within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    socket.on('connect', () => socket.write('snapshot\n'));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      // Nobody listens: a socket file left by a server that stopped.
      if (error.code === 'ECONNREFUSED' || error.code === 'ENOENT') resolve(undefined);
      else reject(error);
    });
    socket.on('end', () => {
      clearTimeout(timer);
      const all = Buffer.concat(chunks);
      const newline = all.indexOf(0x0a);
      const header = JSON.parse(all.subarray(0, newline).toString()) as { ok: boolean; bytes?: number; error?: string };
      if (!header.ok) return reject(new Error(`the server could not take a snapshot: ${header.error}`));
      const body = all.subarray(newline + 1);
      if (body.byteLength !== header.bytes)
        return reject(new Error(`the server's snapshot was cut short (${body.byteLength} of ${header.bytes} bytes)`));
      resolve(new Uint8Array(body));
    });
  });
}

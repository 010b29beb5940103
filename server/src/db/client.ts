import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import * as schema from './schema.ts';
import { applyMigrations } from './migrate.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the database or a transaction: repositories take one of these. */
export type DbOrTx = Db | Tx;

export type SqlRows = { rows: Record<string, unknown>[] };
export type Unlisten = () => Promise<void>;

export interface Database {
  readonly kind: 'pglite' | 'postgres';
  readonly db: Db;
  /** Where the data lives, for logs and messages (never includes a password). */
  readonly description: string;
  /** The schema the application's tables live in (a fresh one per test file on PostgreSQL). */
  readonly schemaName: string;
  /** Raw SQL for libraries that bring their own queries (pg-boss). */
  executeSql(text: string, values?: unknown[]): Promise<SqlRows>;
  /**
   * Runs `work` on one connection while holding a PostgreSQL session advisory lock, so that
   * several processes do it one at a time (migrations). The embedded database has one connection.
   */
  withExclusiveLock<T>(lockKey: number, work: (db: Db) => Promise<T>): Promise<T>;
  /**
   * Receives the notifications sent to `channel` (NOTIFY / pg_notify) by any process. On
   * PostgreSQL it holds a connection of its own and reconnects when that connection drops;
   * `onReconnect` is then called, as whatever was sent in between is lost.
   */
  listen(channel: string, handler: (payload: string) => void, onReconnect?: () => void): Promise<Unlisten>;
  ping(): Promise<void>;
  /**
   * The embedded database only: its data directory as a gzipped tarball, taken between two
   * queries after a checkpoint (a consistent copy while the server runs). See db/backup.ts.
   */
  snapshot?(): Promise<Uint8Array>;
  close(): Promise<void>;
}

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The data directory ${dataDir} is in use by another Tawasul process (pid ${pid}). ` +
        'The embedded database allows one process at a time: stop that process (for example the running server) ' +
        'and try again, or use PostgreSQL (DATABASE_URL), which allows several processes.',
    );
    this.name = 'DataDirInUseError';
  }
}

export type OpenOptions = {
  databaseUrl?: string | undefined;
  /** Directory of the embedded database; `memory://` keeps it in memory (tests). */
  dataDir?: string;
  /** PostgreSQL only: put every table in this schema (tests use a fresh one per file). */
  schemaName?: string;
  migrate?: boolean;
};

export async function openDatabase(options: OpenOptions): Promise<Database> {
  const database = options.databaseUrl
    ? await openPostgres(options.databaseUrl, options.schemaName ?? 'public')
    : await openPglite(options.dataDir ?? './data');
  if (options.migrate !== false) {
    try {
      await applyMigrations(database);
    } catch (error) {
      await database.close();
      throw error;
    }
  }
  return database;
}

async function openPostgres(url: string, schemaName: string): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(schemaName === 'public' ? {} : { options: `-c search_path=${quoteIdent(schemaName)},public` }),
  });
  // An idle client that loses its connection must not crash the process.
  pool.on('error', () => undefined);
  if (schemaName !== 'public') await pool.query(`create schema if not exists ${quoteIdent(schemaName)}`);
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  const safe = new URL(url);
  safe.password = '';
  const listeners = new Set<Unlisten>();
  return {
    kind: 'postgres',
    db,
    schemaName,
    description: `PostgreSQL ${safe.host}${safe.pathname}`,
    async executeSql(text, values) {
      const result = await pool.query(text, values as unknown[] | undefined);
      return { rows: Array.isArray(result) ? (result.at(-1)?.rows ?? []) : result.rows };
    },
    async withExclusiveLock(lockKey, work) {
      const connection = await pool.connect();
      try {
        await connection.query('select pg_advisory_lock($1)', [lockKey]);
        try {
          return await work(drizzlePg(connection, { schema }) as unknown as Db);
        } finally {
          await connection.query('select pg_advisory_unlock($1)', [lockKey]);
        }
      } finally {
        connection.release();
      }
    },
    async listen(channel, handler, onReconnect) {
      const stop = await listenPostgres(url, channel, handler, onReconnect);
      const unlisten = async () => {
        listeners.delete(unlisten);
        await stop();
      };
      listeners.add(unlisten);
      return unlisten;
    },
    async ping() {
      await pool.query('select 1');
    },
    async close() {
      await Promise.all([...listeners].map((unlisten) => unlisten()));
      await pool.end();
    },
  };
}

/**
 * LISTEN on a connection outside the pool (a pooled one would be handed to other queries).
 * A dropped connection is opened again with a growing pause, up to 5 s.
 */
async function listenPostgres(
  url: string,
  channel: string,
  handler: (payload: string) => void,
  onReconnect?: () => void,
): Promise<Unlisten> {
  let stopped = false;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  const connect = async () => {
    const next = new pg.Client({ connectionString: url });
    next.on('notification', (message) => {
      if (message.channel === channel) handler(message.payload ?? '');
    });
    next.on('error', () => undefined);
    try {
      await next.connect();
      await next.query(`listen ${quoteIdent(channel)}`);
    } catch (error) {
      await next.end().catch(() => undefined);
      throw error;
    }
    next.once('end', () => {
      if (!stopped) reconnect(100);
    });
    client = next;
  };
  const reconnect = (delay: number) => {
    client = undefined;
    retry = setTimeout(() => {
      connect().then(
        () => (stopped ? void client?.end().catch(() => undefined) : onReconnect?.()),
        () => {
          if (!stopped) reconnect(Math.min(delay * 2, 5000));
        },
      );
    }, delay);
  };
  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    await client?.end().catch(() => undefined);
  };
}

async function openPglite(dataDir: string): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  let releaseLock = () => undefined as void;
  if (!inMemory) {
    mkdirSync(dataDir, { recursive: true });
    releaseLock = takeDataDirLock(dataDir);
  }
  let client: PGlite;
  try {
    client = await PGlite.create({ ...(inMemory ? {} : { dataDir: join(dataDir, 'pg') }), extensions: { pg_trgm } });
  } catch (error) {
    releaseLock();
    throw error;
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    schemaName: 'public',
    description: inMemory ? 'embedded database (in memory)' : `embedded database in ${dataDir}`,
    async executeSql(text, values) {
      if (values && values.length > 0) {
        const result = await client.query<Record<string, unknown>>(text, values);
        return { rows: result.rows };
      }
      // Several statements without parameters (pg-boss's own schema scripts).
      const results = await client.exec(text);
      return { rows: (results.at(-1)?.rows ?? []) as Record<string, unknown>[] };
    },
    withExclusiveLock(_lockKey, work) {
      return work(db);
    },
    async listen(channel, handler) {
      // One process, one connection: nothing to lose, nothing to reconnect.
      return client.listen(channel, handler);
    },
    async ping() {
      await client.query('select 1');
    },
    async snapshot() {
      // Queries wait for the checkpoint; the tarball is read from the files it left.
      await client.exec('checkpoint');
      const tarball = await client.dumpDataDir('gzip');
      return new Uint8Array(await tarball.arrayBuffer());
    },
    async close() {
      try {
        await client.close();
      } finally {
        releaseLock();
      }
    },
  };
}

// PGlite has no lock of its own: two processes on one directory would corrupt it.
export function takeDataDirLock(dataDir: string): () => void {
  const lockFile = join(dataDir, 'tawasul.lock');
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, 'utf8').trim());
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
      throw new DataDirInUseError(dataDir, pid);
    }
  }
  writeFileSync(lockFile, String(process.pid));
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    try {
      if (readFileSync(lockFile, 'utf8').trim() === String(process.pid)) rmSync(lockFile);
    } catch {
      // already gone
    }
  };
  process.once('exit', release);
  return release;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe identifier: ${name}`);
  return `"${name}"`;
}

/** The rows of a raw `db.execute(sql…)` result: both drivers answer `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/** A whole array as one parameter (for `unnest(...)` bulk writes), not a list of parameters. */
export function arrayParam(values: unknown[]) {
  return sql.param(values);
}

// Backups of both database modes (`tawasul backup` / `tawasul restore`).
//
// - The embedded database: its data directory as a gzipped tarball (PGlite's dumpDataDir), taken
//   after a checkpoint between two queries. When a server holds the directory, the tarball is asked
//   of that server over the control socket in the data directory; otherwise the directory is opened.
// - PostgreSQL: `pg_dump --format=custom` of the whole database (the application's tables, the
//   migrations' bookkeeping and the job queue), restored with `pg_restore`.
//
// A file says what it is by its first bytes: gzip for the embedded database, PGDMP for pg_dump.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, statSync } from 'node:fs';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';
import { AppError } from '../http/errors.ts';
import { DataDirInUseError, openDatabase, takeDataDirLock } from './client.ts';
import { requestSnapshot } from './control-socket.ts';

export type BackupKind = 'pglite' | 'postgres';

/** Progress of long work: `done` of `total` units (bytes or tables), with what is being done. */
export type ProgressFn = (done: number, total: number, detail: string) => void;

export type BackupTarget = { databaseUrl: string | undefined; dataDir: string; pgBinDir?: string | undefined };

export type BackupResult = {
  kind: BackupKind;
  file: string;
  bytes: number;
  source: 'server' | 'directory' | 'pg_dump';
};
export type RestoreResult = { kind: BackupKind; bytes: number; replaced: string | null };

const GZIP = [0x1f, 0x8b];
const PGDMP = Buffer.from('PGDMP');

/** What a backup file holds, from its first bytes. */
export async function backupKindOf(file: string): Promise<BackupKind> {
  let head: Buffer;
  try {
    const handle = await open(file, 'r');
    try {
      head = Buffer.alloc(5);
      const { bytesRead } = await handle.read(head, 0, 5, 0);
      head = head.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new AppError('backup_file_unreadable', {
        en: `The backup file ${file} does not exist.`,
        ar: `ملف النسخة الاحتياطية ${file} غير موجود.`,
      });
    throw error;
  }
  if (head[0] === GZIP[0] && head[1] === GZIP[1]) return 'pglite';
  if (head.equals(PGDMP)) return 'postgres';
  throw new AppError('backup_file_unreadable');
}

// ---------------------------------------------------------------- backup

export async function backup(target: BackupTarget, out: string, progress: ProgressFn): Promise<BackupResult> {
  await mkdir(dirname(out), { recursive: true });
  // Written beside the target and renamed at the end: a failed backup never leaves half a file.
  const partial = `${out}.partial`;
  try {
    const result = target.databaseUrl
      ? await backupPostgres(target.databaseUrl, target.pgBinDir, partial, progress)
      : await backupPglite(target.dataDir, partial, progress);
    await rename(partial, out);
    return { ...result, file: out };
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

async function backupPglite(dataDir: string, file: string, progress: ProgressFn) {
  if (!existsSync(join(dataDir, 'pg', 'PG_VERSION'))) {
    throw new AppError('backup_source_empty', {
      en: `There is no embedded database in ${dataDir} to back up.`,
      ar: `لا توجد قاعدة بيانات مدمجة في ${dataDir} لأخذ نسخة احتياطية منها.`,
    });
  }
  progress(0, 1, 'checkpoint');
  let tarball: Uint8Array;
  let source: 'server' | 'directory';
  const fromServer = await requestSnapshot(dataDir);
  if (fromServer) {
    tarball = fromServer;
    source = 'server';
  } else {
    // No server answers: open the directory ourselves (refused if a process holds it).
    const database = await openDatabase({ dataDir, migrate: false });
    try {
      tarball = await database.snapshot!();
    } finally {
      await database.close();
    }
    source = 'directory';
  }
  await writeWithProgress(file, tarball, progress);
  return { kind: 'pglite' as const, bytes: tarball.byteLength, source };
}

async function writeWithProgress(file: string, bytes: Uint8Array, progress: ProgressFn) {
  const handle = await open(file, 'w', 0o600);
  try {
    const chunk = 1 << 20;
    for (let offset = 0; offset < bytes.byteLength; offset += chunk) {
      await handle.write(bytes, offset, Math.min(chunk, bytes.byteLength - offset));
      progress(Math.min(offset + chunk, bytes.byteLength), bytes.byteLength, 'writing');
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function backupPostgres(url: string, binDir: string | undefined, file: string, progress: ProgressFn) {
  const tables = await countTables(url);
  let done = 0;
  await runTool(binDir, 'pg_dump', ['--format=custom', '--verbose', `--file=${file}`], url, (line) => {
    const table = /dumping contents of table "?([^"\s]+)"?/.exec(line)?.[1];
    if (table) progress(++done, Math.max(tables, done), table);
  });
  progress(tables, tables, 'done');
  return { kind: 'postgres' as const, bytes: (await stat(file)).size, source: 'pg_dump' as const };
}

// ---------------------------------------------------------------- restore

export async function restore(
  target: BackupTarget,
  file: string,
  options: { force: boolean },
  progress: ProgressFn,
): Promise<RestoreResult> {
  const kind = await backupKindOf(file);
  const mode: BackupKind = target.databaseUrl ? 'postgres' : 'pglite';
  if (kind !== mode) {
    throw new AppError('backup_wrong_mode', {
      en:
        kind === 'pglite'
          ? 'This backup is of an embedded database; unset DATABASE_URL to restore it into a data directory.'
          : 'This backup is of a PostgreSQL database (pg_dump); set DATABASE_URL to the database to restore it into.',
      ar:
        kind === 'pglite'
          ? 'هذه نسخة احتياطية لقاعدة بيانات مدمجة؛ أزل DATABASE_URL لاستعادتها في مجلد بيانات.'
          : 'هذه نسخة احتياطية لقاعدة بيانات PostgreSQL (pg_dump)؛ اضبط DATABASE_URL على القاعدة المراد الاستعادة إليها.',
    });
  }
  return target.databaseUrl
    ? restorePostgres(target.databaseUrl, target.pgBinDir, file, options, progress)
    : restorePglite(target.dataDir, file, options, progress);
}

function notEmpty(where: string, whereAr: string): AppError {
  return new AppError('restore_target_not_empty', {
    en: `The database ${where} already holds data. Restoring replaces all of it: run again with --force if that is what you want.`,
    ar: `قاعدة البيانات ${whereAr} تحتوي على بيانات. الاستعادة تستبدلها كلها: أعد التشغيل مع ‎--force إن كان هذا ما تريده.`,
  });
}

async function restorePglite(
  dataDir: string,
  file: string,
  options: { force: boolean },
  progress: ProgressFn,
): Promise<RestoreResult> {
  await mkdir(dataDir, { recursive: true });
  const release = takeDataDirLock(dataDir);
  const pgDir = join(dataDir, 'pg');
  let replaced: string | null = null;
  try {
    if (existsSync(join(pgDir, 'PG_VERSION')) || (existsSync(pgDir) && readdirSync(pgDir).length > 0)) {
      if (!options.force) throw notEmpty(`in ${dataDir}`, `في ${dataDir}`);
      // Kept, not deleted: a restore over the wrong directory can be undone by renaming it back.
      replaced = join(dataDir, `pg.replaced-${new Date().toISOString().replace(/[:.]/g, '-')}`);
      renameSync(pgDir, replaced);
    }
    const bytes = await readFile(file);
    progress(0, 2, 'unpacking');
    const client = await PGlite.create({
      dataDir: pgDir,
      loadDataDir: new Blob([bytes], { type: 'application/x-gzip' }),
      extensions: { pg_trgm },
    });
    await client.close();
    progress(1, 2, 'migrations');
  } catch (error) {
    if (error instanceof DataDirInUseError || error instanceof AppError) throw error;
    throw new AppError('backup_file_unreadable', {
      en: `The backup could not be restored: ${(error as Error).message}`,
      ar: `تعذّرت استعادة النسخة الاحتياطية: ${(error as Error).message}`,
    });
  } finally {
    release();
  }
  // A backup of an older version gets this version's migrations.
  const database = await openDatabase({ dataDir });
  await database.close();
  progress(2, 2, 'done');
  return { kind: 'pglite', bytes: statSync(file).size, replaced };
}

async function restorePostgres(
  url: string,
  binDir: string | undefined,
  file: string,
  options: { force: boolean },
  progress: ProgressFn,
): Promise<RestoreResult> {
  const tables = await countTables(url);
  if (tables > 0 && !options.force) throw notEmpty(describeUrl(url), describeUrl(url));
  const listing = await runTool(binDir, 'pg_restore', ['--list', file], undefined, () => undefined, true);
  const total = listing.split('\n').filter((l) => / TABLE DATA /.test(l)).length;
  let done = 0;
  await runTool(
    binDir,
    'pg_restore',
    [
      '--verbose',
      '--no-owner',
      '--no-privileges',
      '--exit-on-error',
      '--single-transaction',
      ...(tables > 0 ? ['--clean', '--if-exists'] : []),
      file,
    ],
    url,
    (line) => {
      const table = /processing data for table "?([^"\s]+)"?/.exec(line)?.[1];
      if (table) progress(++done, Math.max(total, done), table);
    },
  );
  // A backup of an older version gets this version's migrations.
  const database = await openDatabase({ databaseUrl: url });
  await database.close();
  progress(total, total, 'done');
  return { kind: 'postgres', bytes: statSync(file).size, replaced: tables > 0 ? describeUrl(url) : null };
}

// ---------------------------------------------------------------- PostgreSQL tools

/** Tables outside PostgreSQL's own schemas: 0 is an empty database. */
async function countTables(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ n: string }>(
      `select count(*) as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema')
          and n.nspname not like 'pg_toast%'`,
    );
    return Number(result.rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}

function describeUrl(url: string): string {
  const u = new URL(url);
  return `${u.host}${u.pathname}`;
}

/**
 * Where pg_dump and pg_restore are: TAWASUL_PG_BIN_DIR, else the newest /usr/lib/postgresql/N/bin
 * (Debian's layout; a newer pg_dump reads an older server, never the reverse), else the PATH.
 */
export function findPgTool(binDir: string | undefined, name: 'pg_dump' | 'pg_restore'): string {
  if (binDir) {
    const tool = join(binDir, name);
    if (existsSync(tool)) return tool;
    throw missingTool(name, binDir);
  }
  const installed = '/usr/lib/postgresql';
  if (existsSync(installed)) {
    for (const version of readdirSync(installed).sort((a, b) => Number(b) - Number(a))) {
      const tool = join(installed, version, 'bin', name);
      if (existsSync(tool)) return tool;
    }
  }
  return name;
}

function missingTool(name: string, binDir: string | undefined): AppError {
  return new AppError('backup_tool_missing', {
    en: `${name} was not found${binDir ? ` in ${binDir}` : ''}. Install the PostgreSQL client (apt install postgresql-client) or set TAWASUL_PG_BIN_DIR to its folder.`,
    ar: `لم يُعثر على ${name}${binDir ? ` في ${binDir}` : ''}. ثبّت عميل PostgreSQL ‏(apt install postgresql-client) أو اضبط TAWASUL_PG_BIN_DIR على مجلده.`,
  });
}

/**
 * Runs pg_dump / pg_restore against `url` (the password through PGPASSWORD, never on the
 * command line), handing each line of its stderr to `onLine`; a failure carries its last lines.
 */
function runTool(
  binDir: string | undefined,
  name: 'pg_dump' | 'pg_restore',
  args: string[],
  url: string | undefined,
  onLine: (line: string) => void,
  captureStdout = false,
): Promise<string> {
  const tool = findPgTool(binDir, name);
  // The tool inherits this process's environment (PATH, locale, PG* settings) plus the password.
  // eslint-disable-next-line no-restricted-properties -- passed on to the child, not read
  const env: NodeJS.ProcessEnv = { ...process.env };
  const finalArgs = [...args];
  if (url) {
    const u = new URL(url);
    if (u.password) env.PGPASSWORD = decodeURIComponent(u.password);
    u.password = '';
    finalArgs.unshift(`--dbname=${u.toString()}`);
  }
  return new Promise((resolve, reject) => {
    const child = spawn(tool, finalArgs, { env, stdio: ['ignore', captureStdout ? 'pipe' : 'ignore', 'pipe'] });
    let stdout = '';
    let pending = '';
    const tail: string[] = [];
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr!.on('data', (d: Buffer) => {
      pending += d.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        onLine(line);
        if (/error|fatal/i.test(line)) tail.push(line);
      }
    });
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'ENOENT' ? missingTool(name, binDir) : error),
    );
    child.on('close', (code) => {
      if (code === 0) return resolve(stdout);
      const detail = tail.slice(-3).join(' | ') || `${name} exited with ${code}`;
      reject(
        new AppError('backup_tool_failed', {
          en: `${name} failed: ${detail}`,
          ar: `فشل ${name}: ${detail}`,
        }),
      );
    });
  });
}

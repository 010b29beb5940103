import { resolve } from 'node:path';
import { Command } from 'commander';
import { backup, restore, type ProgressFn } from '../../db/backup.ts';
import { configFromCli } from '../open.ts';
import type { Output } from '../output.ts';
import { ProgressBar } from '../progress.ts';
import { globalFlags, type Run } from '../run.ts';

export function backupCommand(run: Run): Command {
  return globalFlags(
    new Command('backup')
      .description(
        'back up the database: the embedded one as a tarball of its data directory (also while the server runs), PostgreSQL with pg_dump --format=custom',
      )
      .requiredOption('--out <file>', 'the backup file to write'),
  ).action((opts: { out: string; dataDir?: string; json?: boolean }) =>
    run(opts, async (out) => {
      const config = configFromCli(opts);
      const bar = new ProgressBar('backup');
      const result = await backup(
        { databaseUrl: config.databaseUrl, dataDir: config.dataDir, pgBinDir: config.pgBinDir },
        resolve(opts.out),
        reportProgress(bar, out),
      );
      bar.finish();
      out.summary(
        { ok: true, database: result.kind, file: result.file, bytes: result.bytes, source: result.source },
        `backup written to ${result.file} (${formatBytes(result.bytes)}, ${result.kind === 'pglite' ? 'embedded database' : 'PostgreSQL'}) — تم حفظ النسخة الاحتياطية`,
      );
    }),
  );
}

export function restoreCommand(run: Run): Command {
  return globalFlags(
    new Command('restore')
      .description('restore a backup made by `tawasul backup` into an empty database (stop the servers first)')
      .argument('<file>', 'the backup file')
      .option('--force', 'replace a database that already holds data'),
  ).action((file: string, opts: { force?: boolean; dataDir?: string; json?: boolean }) =>
    run(opts, async (out) => {
      const config = configFromCli(opts);
      const bar = new ProgressBar('restore');
      const result = await restore(
        { databaseUrl: config.databaseUrl, dataDir: config.dataDir, pgBinDir: config.pgBinDir },
        resolve(file),
        { force: Boolean(opts.force) },
        reportProgress(bar, out),
      );
      bar.finish();
      if (result.replaced && result.kind === 'pglite')
        out.line(`the replaced data was kept in ${result.replaced} — حُفظت البيانات المستبدلة في ${result.replaced}`);
      out.summary(
        { ok: true, database: result.kind, bytes: result.bytes, replaced: result.replaced },
        `backup restored (${result.kind === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL'}) — تمت استعادة النسخة الاحتياطية`,
      );
    }),
  );
}

/** A bar on a terminal; otherwise one line per phase (not per table) so logs stay short. */
function reportProgress(bar: ProgressBar, out: Output): ProgressFn {
  let lastDetail = '';
  return (done, total, detail) => {
    bar.update(done, total, detail);
    if (!process.stderr.isTTY && (detail === 'checkpoint' || detail === 'unpacking' || detail === 'migrations')) {
      if (detail !== lastDetail) out.error(`${detail}…`);
    }
    lastDetail = detail;
  };
}

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

import { basename, join } from 'node:path';
import { Argument, Command } from 'commander';
import { systemActor } from '../../modules/audit/index.ts';
import {
  ImportFormatError,
  importKinds,
  openImportFile,
  processImport,
  startImportRun,
  writeRejectionReportCsv,
  XlsxTooLargeError,
  type ImportKind,
} from '../../modules/customers/index.ts';
import { SettingsService } from '../../modules/settings/index.ts';
import { openFromCli } from '../open.ts';
import { exitCodes } from '../output.ts';
import { ProgressBar } from '../progress.ts';
import { globalFlags, type Run } from '../run.ts';

export function importCommand(run: Run): Command {
  return globalFlags(
    new Command('import')
      .description('import customers, installments or payments from a CSV or XLSX file (SPEC §4 formats)')
      .addArgument(new Argument('<kind>', 'what the file holds').choices(importKinds))
      .argument('<file>', 'a CSV (UTF-8) or XLSX file')
      .option('--report <path>', 'where to write the report of rejected rows (CSV)')
      .addHelpText(
        'after',
        '\nExit codes: 0 every row applied, 3 some rows rejected (the good rows are applied), 2 not in the format or over the size limits (nothing applied), 1 the import failed (the rows applied before are kept).',
      ),
  ).action((kind: ImportKind, file: string, opts) =>
    run(opts, async (out) => {
      const { config, database } = await openFromCli(opts);
      try {
        let opened;
        try {
          opened = await openImportFile(file, kind);
        } catch (error) {
          const refused = error instanceof ImportFormatError || error instanceof XlsxTooLargeError;
          if (refused || (error as NodeJS.ErrnoException).code === 'ENOENT') {
            const message = refused ? `${error.en} — ${error.ar}` : `No such file: ${file}`;
            out.error(message);
            out.summary({
              ok: false,
              error: { code: refused ? error.code : 'no_such_file', message },
            });
            return exitCodes.usage;
          }
          throw error;
        }
        const settings = new SettingsService(database, config.settingOverrides);
        const importRun = await startImportRun(database, systemActor('cli'), kind, basename(file), opened.totalBytes);
        const bar = new ProgressBar(`import ${kind}`);
        const result = await processImport(
          database,
          settings,
          { id: importRun.id, kind, totalBytes: opened.totalBytes },
          opened.file,
          (p) => bar.update(p.bytes, p.totalBytes, `${p.rows.toLocaleString('en')} rows`),
          { error: (details, message) => out.error(`${message}: ${String((details.err as Error)?.message ?? '')}`) },
        );
        bar.finish();
        let report: string | null = null;
        if (result.rejected > 0) {
          const path: string =
            opts.report ?? join(config.dataDir, 'reports', `import-${kind}-${importRun.id}-rejected.csv`);
          await writeRejectionReportCsv(database.db, importRun.id, path);
          report = path;
        }
        if (result.status === 'failed') {
          const message = `${result.error!.message} — ${result.error!.message_ar}`;
          out.error(message);
          out.summary({
            ok: false,
            status: result.status,
            inserted: result.inserted,
            updated: result.updated,
            unchanged: result.unchanged,
            rejected: result.rejected,
            report,
            error: { code: result.error!.code, message },
          });
          return exitCodes.failed;
        }
        out.summary(
          {
            status: result.status,
            inserted: result.inserted,
            updated: result.updated,
            unchanged: result.unchanged,
            rejected: result.rejected,
            report,
          },
          `${result.rows} rows: ${result.inserted} inserted, ${result.updated} updated, ${result.unchanged} unchanged, ${result.rejected} rejected${report ? ` (report: ${report})` : ''}`,
        );
        return result.rejected > 0 ? 3 : exitCodes.ok;
      } finally {
        await database.close();
      }
    }),
  );
}

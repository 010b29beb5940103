import { Command } from 'commander';
import { openFromCli } from '../open.ts';
import { globalFlags, type Run } from '../run.ts';
import { reportAbandonedImports } from './start.ts';

export function migrateCommand(run: Run): Command {
  return globalFlags(
    new Command('migrate').description('apply the database migrations (every command also does this)'),
  ).action((opts) =>
    run(opts, async (out) => {
      // Opening the database applies any migration not yet applied.
      const { database } = await openFromCli(opts);
      try {
        const interrupted = await reportAbandonedImports(database, (text) => out.line(text));
        out.summary(
          { ok: true, database: database.kind, interrupted_imports: interrupted.length },
          `migrations applied (${database.description})`,
        );
      } finally {
        await database.close();
      }
    }),
  );
}

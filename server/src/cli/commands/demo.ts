import { Command } from 'commander';
import { loadDemo } from '../../modules/demo/index.ts';
import { SettingsService } from '../../modules/settings/index.ts';
import { openFromCli } from '../open.ts';
import { globalFlags, type Run } from '../run.ts';

export function demoCommand(run: Run): Command {
  return globalFlags(
    new Command('demo').description('load the demo data set (users with Arabic names, settings); safe to run twice'),
  ).action((opts) =>
    run(opts, async (out) => {
      const { config, database } = await openFromCli(opts);
      try {
        const result = await loadDemo(database, new SettingsService(database, config.settingOverrides));
        for (const login of result.logins)
          out.line(`  ${login.username.padEnd(12)} ${login.role.padEnd(11)} ${login.password}`);
        out.summary(
          { ok: true, ...result },
          `demo data loaded: ${result.created} user(s) created, ` +
            `${result.serviceDesk.tickets} ticket(s) and ${result.serviceDesk.inquiries} inquiry(ies) opened`,
        );
      } finally {
        await database.close();
      }
    }),
  );
}

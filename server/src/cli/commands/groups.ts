import { Command } from 'commander';
import { systemActor } from '../../modules/audit/index.ts';
import { assertGroupCodes, groupsView, setGroupCountries } from '../../modules/tickets/index.ts';
import { openFromCli } from '../open.ts';
import { UsageError } from '../output.ts';
import { globalFlags, type Run } from '../run.ts';

/** `tawasul groups list|set`: the ticket groups and the countries where each exists. */
export function groupsCommand(run: Run): Command {
  const groups = new Command('groups').description('ticket groups (key_accounts, tracking, …) and their countries');

  globalFlags(groups.command('list').description('list the groups with their countries and members')).action((opts) =>
    run(opts, async (out) => {
      const { database } = await openFromCli(opts);
      try {
        const { items } = await groupsView(database);
        for (const g of items) {
          out.line(
            `${g.code.padEnd(15)} ${g.countries.join(',').padEnd(30)} ${g.members.map((m) => m.username).join(', ')}`,
          );
        }
        out.summary({
          ok: true,
          groups: items.map((g) => ({ code: g.code, countries: g.countries, members: g.members.length })),
        });
      } finally {
        await database.close();
      }
    }),
  );

  globalFlags(
    groups
      .command('set')
      .description('set the countries where a group exists')
      .argument('<code>', 'group code, e.g. key_accounts')
      .requiredOption('--countries <list>', 'comma-separated ISO country codes, e.g. SA,AE'),
  ).action((code: string, opts) =>
    run(opts, async (out) => {
      const countries = String(opts.countries)
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean);
      if (countries.length === 0) throw new UsageError('--countries needs at least one country code');
      const { database } = await openFromCli(opts);
      try {
        await assertGroupCodes(database, [code]);
        const group = await setGroupCountries(database, systemActor('cli'), code, countries);
        out.summary(
          { ok: true, code: group.code, countries: group.countries },
          `${group.code}: ${group.countries.join(', ')}`,
        );
      } finally {
        await database.close();
      }
    }),
  );
  return groups;
}

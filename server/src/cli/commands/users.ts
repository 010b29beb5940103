import { Command } from 'commander';
import { AppError } from '../../http/errors.ts';
import { systemActor } from '../../modules/audit/index.ts';
import { assertGroupCodes, setUserGroups } from '../../modules/tickets/index.ts';
import { createUser, getUserByUsername, listUsers, roles, updateUser } from '../../modules/users/index.ts';
import { openFromCli } from '../open.ts';
import { Output, UsageError } from '../output.ts';
import { globalFlags, type Run } from '../run.ts';

export function usersCommand(run: Run): Command {
  const users = new Command('users').description('manage user accounts');

  globalFlags(
    users
      .command('add')
      .description('create a user')
      .requiredOption('--username <username>', 'login name (a-z, digits, . _ -)')
      .requiredOption('--password <password>', 'at least 10 characters, not containing the username')
      .requiredOption('--role <role>', `one of: ${roles.join(', ')}`)
      .option('--name <name>', 'display name (Arabic welcome)')
      .option('--skills <list>', 'comma-separated: collections,marketing,service,key_accounts')
      .option('--teams <list>', 'comma-separated team names')
      .option(
        '--groups <list>',
        'comma-separated ticket groups: key_accounts,tracking,customer_care,operations,retail_sales,it',
      ),
  ).action((opts) =>
    run(opts, async (out: Output) => {
      const { database } = await openFromCli(opts);
      try {
        const groupCodes = opts.groups ? splitList(opts.groups) : [];
        await assertGroupCodes(database, groupCodes);
        const user = await createUser(database, systemActor('cli'), {
          username: opts.username,
          password: opts.password,
          role: opts.role,
          display_name: opts.name ?? opts.username,
          skills: splitList(opts.skills),
          teams: splitList(opts.teams),
        });
        const groups = opts.groups
          ? await setUserGroups(database, systemActor('cli'), user.id, splitList(opts.groups))
          : [];
        out.summary(
          { ok: true, id: user.id, username: user.username, role: user.role, groups },
          `created ${user.username} (${user.role})`,
        );
      } finally {
        await database.close();
      }
    }),
  );

  globalFlags(users.command('list').description('list users')).action((opts) =>
    run(opts, async (out) => {
      const { database } = await openFromCli(opts);
      try {
        const { items, total } = await listUsers(database, {}, 1000, 0);
        for (const u of items) {
          out.line(
            `${u.username.padEnd(20)} ${u.role.padEnd(11)} ${u.active ? 'active  ' : 'disabled'} ${u.display_name}`,
          );
        }
        out.summary(
          { ok: true, total, users: items.map((u) => ({ username: u.username, role: u.role, active: u.active })) },
          `${total} user(s)`,
        );
      } finally {
        await database.close();
      }
    }),
  );

  globalFlags(
    users
      .command('set-password')
      .description("set a user's password (ends the user's sessions and lifts a lockout)")
      .requiredOption('--username <username>', 'login name')
      .requiredOption('--password <password>', 'the new password'),
  ).action((opts) =>
    run(opts, async (out) => {
      const { database } = await openFromCli(opts);
      try {
        const user = await requireUser(database, opts.username);
        await updateUser(database, systemActor('cli'), user.id, { password: opts.password });
        out.summary({ ok: true, username: user.username }, `password set for ${user.username}`);
      } finally {
        await database.close();
      }
    }),
  );

  globalFlags(
    users
      .command('disable')
      .description('deactivate a user (accounts are never deleted)')
      .requiredOption('--username <username>', 'login name'),
  ).action((opts) =>
    run(opts, async (out) => {
      const { database } = await openFromCli(opts);
      try {
        const user = await requireUser(database, opts.username);
        await updateUser(database, systemActor('cli'), user.id, { active: false });
        out.summary({ ok: true, username: user.username, active: false }, `${user.username} disabled`);
      } finally {
        await database.close();
      }
    }),
  );

  return users;
}

async function requireUser(database: Parameters<typeof getUserByUsername>[0], username: string) {
  const user = await getUserByUsername(database, username);
  if (!user)
    throw new AppError('not_found', { en: `No user named ${username}.`, ar: `لا يوجد مستخدم باسم ${username}.` });
  return user;
}

function splitList(value: string | undefined): string[] {
  if (value === undefined) return [];
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length === 0) throw new UsageError('an empty list was given');
  return items;
}

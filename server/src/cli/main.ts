import { Command, CommanderError } from 'commander';
import { backupCommand, restoreCommand } from './commands/backup.ts';
import { callsCommand } from './commands/calls.ts';
import { dailyCommand, listsCommand } from './commands/daily.ts';
import { demoCommand } from './commands/demo.ts';
import { doctorCommand } from './commands/doctor.ts';
import { groupsCommand } from './commands/groups.ts';
import { importCommand } from './commands/import.ts';
import { erlangCommand, kpiCommand } from './commands/kpi.ts';
import { messagingCommands } from './commands/messaging.ts';
import { migrateCommand } from './commands/migrate.ts';
import { simulateCommand } from './commands/simulate.ts';
import { startCommand } from './commands/start.ts';
import { usersCommand } from './commands/users.ts';
import { exitCodes } from './output.ts';
import { makeRunner } from './run.ts';

/** The `tawasul` command. Returns the exit code: 0 done, 1 failed, 2 bad usage. */
export async function main(argv: string[]): Promise<number> {
  let exitCode: number = exitCodes.ok;
  const run = makeRunner((code) => {
    exitCode = code;
  });
  const program = new Command('tawasul')
    .description('Tawasul (تواصل) — Arabic-first contact-center and customer-service platform')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  program.addCommand(startCommand(run));
  program.addCommand(migrateCommand(run));
  program.addCommand(usersCommand(run));
  program.addCommand(groupsCommand(run));
  program.addCommand(demoCommand(run));
  program.addCommand(importCommand(run));
  program.addCommand(dailyCommand(run));
  program.addCommand(listsCommand(run));
  program.addCommand(callsCommand(run));
  program.addCommand(simulateCommand(run));
  program.addCommand(kpiCommand(run));
  program.addCommand(erlangCommand(run));
  for (const command of messagingCommands(run)) program.addCommand(command);
  program.addCommand(backupCommand(run));
  program.addCommand(restoreCommand(run));
  program.addCommand(doctorCommand(run));
  program.addHelpText(
    'after',
    `
Environment: DATABASE_URL=postgres://… uses PostgreSQL instead of the embedded database.
Settings can be overridden with TAWASUL_COMPANY_NAME, TAWASUL_SMS_SENDER, TAWASUL_TIMEZONE,
TAWASUL_CALLING_WINDOW (e.g. 00:00-24:00), TAWASUL_WEEKEND (e.g. fri,sat or none) …
Exit codes: 0 done, 1 failed, 2 bad usage or configuration.`,
  );

  for (const command of program.commands) applyExitOverride(command);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
      ) {
        return exitCodes.ok;
      }
      return exitCodes.usage;
    }
    throw error;
  }
  return exitCode;
}

function applyExitOverride(command: Command) {
  command.exitOverride();
  for (const sub of command.commands) applyExitOverride(sub);
}

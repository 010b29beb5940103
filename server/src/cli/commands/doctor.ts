import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { openDatabase, type Database } from '../../db/client.ts';
import { countAppliedMigrations, migrationsFolder } from '../../db/migrate.ts';
import { checkImapLogin, checkSmppBind, checkSmtpLogin, type ProviderCheck } from '../../modules/messaging/index.ts';
import { configFromCli } from '../open.ts';
import { exitCodes } from '../output.ts';
import { globalFlags, type Run } from '../run.ts';

type Result = { check: string } & ProviderCheck;

/** `tawasul doctor`: the database, its migrations and each configured provider, said plainly. */
export function doctorCommand(run: Run): Command {
  return globalFlags(
    new Command('doctor').description(
      'check the database, the migrations and each configured provider (SMPP bind, SMTP and IMAP login); say what is wrong in Arabic and English',
    ),
  ).action((opts) =>
    run(opts, async (out) => {
      const config = configFromCli(opts);
      const results: Result[] = [];
      let database: Database | undefined;
      try {
        database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, migrate: false });
        await database.ping();
        results.push({ check: 'database', ok: true, detail: database.description });
      } catch (error) {
        const technical = (error as Error).message;
        results.push({
          check: 'database',
          ok: false,
          en: `The database cannot be opened: ${technical}`,
          ar: `تعذّر فتح قاعدة البيانات: ${technical}`,
          technical,
        });
      }
      if (database) {
        try {
          results.push({ check: 'migrations', ...(await checkMigrations(database)) });
        } finally {
          await database.close();
        }
      }
      const { sms, mail } = config.messaging;
      if (sms.smpp) results.push({ check: 'smpp', ...(await checkSmppBind(sms.smpp)) });
      if (mail.smtpUrl) results.push({ check: 'smtp', ...(await checkSmtpLogin(mail.smtpUrl)) });
      if (mail.imapUrl) results.push({ check: 'imap', ...(await checkImapLogin(mail.imapUrl, mail.imapMailbox)) });

      for (const r of results) {
        if (r.ok) out.line(`✓ ${r.check}: ${r.detail}`);
        else {
          out.line(`✗ ${r.check}: ${r.en}`);
          out.line(`  ${r.ar}`);
        }
      }
      const failed = results.filter((r) => !r.ok);
      out.summary(
        { ok: failed.length === 0, checks: results },
        failed.length === 0
          ? 'all checks passed — كل الفحوص سليمة'
          : `${failed.length} check(s) failed — فشل ${failed.length} من الفحوص`,
      );
      return failed.length === 0 ? exitCodes.ok : exitCodes.failed;
    }),
  );
}

async function checkMigrations(database: Database): Promise<ProviderCheck> {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  const applied = await countAppliedMigrations(database);
  const expected = journal.entries.length;
  if (applied === expected) return { ok: true, detail: `${applied} of ${expected} applied` };
  if (applied < expected)
    return {
      ok: false,
      en: `${expected - applied} of ${expected} migrations are not applied yet: run \`tawasul migrate\` (the server also applies them when it starts).`,
      ar: `${expected - applied} من ${expected} ترحيلات لم تُطبَّق بعد: شغّل ‎\`tawasul migrate\`‎ (ويطبّقها الخادم أيضًا عند تشغيله).`,
      technical: `applied ${applied}, expected ${expected}`,
    };
  return {
    ok: false,
    en: `The database has ${applied} migrations but this version knows ${expected}: it was used by a newer Tawasul. Run that version, or restore a backup made for this one.`,
    ar: `في قاعدة البيانات ${applied} ترحيلًا بينما يعرف هذا الإصدار ${expected}: استُخدمت مع إصدار أحدث من تواصل. شغّل ذلك الإصدار، أو استعد نسخة احتياطية لهذا الإصدار.`,
    technical: `applied ${applied}, expected ${expected}`,
  };
}

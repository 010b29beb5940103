// A worker process for the crash test: drains the outbox to an SMPP server until nothing is
// left, printing one JSON line per dispatch. The test kills it with SIGKILL mid-send.
import { openDatabase } from '../../../db/client.ts';
import { parseSettingOverrides, SettingsService } from '../../settings/index.ts';
import { LogEmailSender } from '../adapters/log/log-email.adapter.ts';
import { parseSmppUrl, SmppSmsProvider } from '../adapters/smpp/smpp-sms.adapter.ts';
import { Outbox } from '../outbox.service.ts';

const env = process.env;
const database = await openDatabase({
  databaseUrl: env.CRASH_DATABASE_URL!,
  schemaName: env.CRASH_SCHEMA!,
  migrate: false,
});
const settings = new SettingsService(
  database,
  parseSettingOverrides({ TAWASUL_CALLING_WINDOW: '00:00-24:00', TAWASUL_WEEKEND: 'none' }).overrides,
);
const sms = new SmppSmsProvider({ ...parseSmppUrl(env.CRASH_SMPP_URL!), window: Number(env.CRASH_WINDOW) });
const outbox = new Outbox({
  database,
  settings,
  sms,
  email: new LogEmailSender(),
  leaseSeconds: Number(env.CRASH_LEASE_SECONDS),
  maxAttempts: 5,
  publicUrl: 'http://localhost',
  retryPolicy: { baseDelayMs: 100, maxDelayMs: 500 },
});
let recovered = 0;
let sent = 0;
for (;;) {
  const report = await outbox.dispatch();
  recovered += report.recoveredInFlight;
  sent += report.sent;
  process.stdout.write(`${JSON.stringify({ progress: true, ...report })}\n`);
  const left = await database.executeSql(
    `select count(*)::int as n from outbound_messages where status in ('queued','sending')`,
  );
  if (left.rows[0]!.n === 0) break;
  if (report.sent === 0) await new Promise((r) => setTimeout(r, 200));
}
process.stdout.write(`${JSON.stringify({ done: true, recovered, sent })}\n`);
await sms.close();
await database.close();

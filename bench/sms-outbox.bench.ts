// Bulk SMS through the transactional outbox to a loopback SMPP server (SPEC §6): messages per
// second end to end, as a ratio to the bare `smpp` client's rate against the same server in the
// same run; then the achieved rate under a 50 msg/s throttle (which must never be exceeded).
// BENCH_SMS_COUNT (default 100000) and BENCH_SMS_THROTTLE_COUNT (default 250) shorten a run.
import { performance } from 'node:perf_hooks';
import { parseSettingOverrides, SettingsService } from '../server/src/modules/settings/index.ts';
import { Outbox } from '../server/src/modules/messaging/index.ts';
import { LogEmailSender } from '../server/src/modules/messaging/adapters/log/log-email.adapter.ts';
import { connectSmpp, type SmppPdu } from '../server/src/modules/messaging/adapters/smpp/smpp-lib.ts';
import { parseSmppUrl, SmppSmsProvider } from '../server/src/modules/messaging/adapters/smpp/smpp-sms.adapter.ts';
import { LoopbackSmppServer } from '../server/src/modules/messaging/testing/smpp-loopback-server.ts';
import { openTestDatabase, postgresReachable, type DatabaseKind } from '../server/src/testing/test-database.ts';
import { printFigure } from './harness.ts';

const count = Number(process.env.BENCH_SMS_COUNT ?? 100_000);
const throttleCount = Number(process.env.BENCH_SMS_THROTTLE_COUNT ?? 250);
const window = 100;
const body = 'عميلنا العزيز، نذكركم بقرب موعد استحقاق قسطكم. شركة الأمل';

/** The ceiling: the bare smpp client keeping `window` submits in flight, nothing else. */
async function bareClient(smsc: LoopbackSmppServer, n: number): Promise<number> {
  const { host, port, systemId, password } = parseSmppUrl(smsc.url);
  const session = connectSmpp(host, port);
  await new Promise<void>((resolve, reject) => {
    session.on('error', reject);
    session.on('connect', () => {
      // Same socket options as the adapter, so the ceiling is a fair one.
      session.socket.setNoDelay(true);
      session.bind_transceiver({ system_id: systemId, password }, (pdu: SmppPdu) =>
        pdu.command_status === 0 ? resolve() : reject(new Error('bind failed')),
      );
    });
  });
  const payload = Buffer.from(body, 'utf16le').swap16();
  const started = performance.now();
  await new Promise<void>((resolve) => {
    let sent = 0;
    let done = 0;
    const next = () => {
      if (sent >= n) return;
      sent++;
      session.submit_sm(
        {
          destination_addr: `9665${String(10_000_000 + sent)}`,
          source_addr: 'AlAmal',
          data_coding: 8,
          registered_delivery: 1,
          short_message: payload,
        },
        () => {
          done++;
          if (done === n) resolve();
          else next();
        },
      );
    };
    for (let i = 0; i < window; i++) next();
  });
  const elapsed = (performance.now() - started) / 1000;
  session.destroy();
  return n / elapsed;
}

async function throughOutbox(kind: DatabaseKind, smsc: LoopbackSmppServer, n: number, throttlePerSecond: number) {
  const database = await openTestDatabase(kind);
  const settings = new SettingsService(
    database,
    parseSettingOverrides({
      TAWASUL_CALLING_WINDOW: '00:00-24:00',
      TAWASUL_WEEKEND: 'none',
      TAWASUL_SMS_SENDER: 'AlAmal',
    }).overrides,
  );
  const sms = new SmppSmsProvider({ ...parseSmppUrl(smsc.url), window, throttlePerSecond });
  const outbox = new Outbox({
    database,
    settings,
    sms,
    email: new LogEmailSender(),
    leaseSeconds: 120,
    maxAttempts: 5,
    publicUrl: 'http://localhost',
  });
  try {
    const enqueueStarted = performance.now();
    for (let i = 0; i < n; i += 10_000) {
      const batch = Array.from({ length: Math.min(10_000, n - i) }, (_, j) => ({
        purpose: 'reminder',
        businessRef: `inst:${i + j}`,
        to: `+96655${String(1_000_000 + i + j)}`,
        body,
      }));
      await outbox.enqueueSms(batch);
    }
    const enqueueSeconds = (performance.now() - enqueueStarted) / 1000;
    const firstSubmit = smsc.submitCount;
    const started = performance.now();
    let sent = 0;
    while (sent < n) {
      const report = await outbox.dispatch();
      sent += report.sent;
      if (report.sent === 0 && report.retryScheduled === 0) break;
    }
    const seconds = (performance.now() - started) / 1000;
    return { sent, seconds, enqueueSeconds, submits: smsc.submitCount - firstSubmit };
  } finally {
    await sms.close();
    await database.close();
  }
}

export async function runSmsOutboxBenchmark() {
  console.log(`\n# SMS through the outbox to a loopback SMPP server — ${count} messages, window ${window}`);
  const kinds: DatabaseKind[] = (await postgresReachable()) ? ['postgres', 'pglite'] : ['pglite'];
  if (kinds.length === 1)
    console.log('SKIPPED: PostgreSQL not reachable — the outbox measured on the embedded database only');

  const smsc = await LoopbackSmppServer.start({ systemId: 'bench', password: 'bench', recordText: false });
  try {
    const bare = await bareClient(smsc, count);
    printFigure('bare smpp client → loopback SMSC (ceiling)', { msg_per_s: bare });
    for (const kind of kinds) {
      const r = await throughOutbox(kind, smsc, count, 0);
      const rate = r.sent / r.seconds;
      printFigure(`outbox end to end on ${kind}, throttle off`, {
        sent: r.sent,
        msg_per_s: rate,
        ratio_to_bare: rate / bare,
        enqueue_per_s: count / r.enqueueSeconds,
        duplicates: r.submits - r.sent,
      });
    }
  } finally {
    await smsc.close();
  }

  // The throttle: the achieved rate, and the most submits the server saw in any one second.
  const throttled = await LoopbackSmppServer.start({ systemId: 'bench', password: 'bench' });
  try {
    const r = await throughOutbox(kinds[0]!, throttled, throttleCount, 50);
    const times = throttled.submits.map((s) => s.at).sort((a, b) => a - b);
    let maxPerSecond = 0;
    for (let i = 0, j = 0; i < times.length; i++) {
      while (times[i]! - times[j]! >= 1000) j++;
      maxPerSecond = Math.max(maxPerSecond, i - j + 1);
    }
    const span = (times.at(-1)! - times[0]!) / 1000;
    // A sliding one-second window lets the first second's 50 go at once; after that each second
    // carries at most 50, so the sustained rate is what follows the first 50.
    printFigure(`outbox on ${kinds[0]}, throttle 50 msg/s`, {
      sent: r.sent,
      sustained_msg_per_s: (times.length - 50) / span,
      max_in_any_second: maxPerSecond,
      limit: 50,
      held: maxPerSecond <= 50 ? 'yes' : 'NO',
    });
  } finally {
    await throttled.close();
  }
}

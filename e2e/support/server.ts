import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../server/src/config.ts';
import { openDatabase } from '../../server/src/db/client.ts';
import { buildApp } from '../../server/src/http/app.ts';
import { systemActor } from '../../server/src/modules/audit/index.ts';
import { createUser, type Role } from '../../server/src/modules/users/index.ts';
import { ingestRawEmail, messagingRuntimeOf } from '../../server/src/modules/messaging/index.ts';
import {
  importQueueLog,
  recordCallEvents,
  telephonyOf,
  type CallEvent,
  type QueueLogSummary,
} from '../../server/src/modules/telephony/index.ts';
import { processInboundEmails } from '../../server/src/modules/tickets/index.ts';
import { ticketsDepsOf } from '../../server/src/modules/tickets/mount.ts';
import { loadImport } from '../../server/src/testing/import-fixture.ts';

export const webDist = fileURLToPath(new URL('../../web/dist', import.meta.url));

export type TestServer = {
  url: string;
  close(): Promise<void>;
  createUser(u: {
    username: string;
    password: string;
    role: Role;
    display_name?: string;
    skills?: string[];
  }): Promise<void>;
  /** Customers through the real import (CSV lines, the first one the header). */
  loadCustomers(lines: string[]): Promise<void>;
  /** Installments (or payments) through the real import. */
  loadImport(kind: 'installments' | 'payments', lines: string[]): Promise<void>;
  /** A mail arriving in the service mailbox, taken in as the minute job does (inquiry or ticket). */
  receiveMail(raw: Buffer): Promise<void>;
  /** An Asterisk queue_log file read into call records, as `tawasul calls import-queue-log` does. */
  importQueueLog(path: string, timeZone?: string): Promise<QueueLogSummary>;
  /** A break reason as managers keep them (prayer, lunch …). */
  addBreakReason(code: string, nameAr: string, nameEn: string): Promise<void>;
  /**
   * A caller dials the general line (8001240000) on the simulated switch of this process, as the
   * demo's callers do; the queues and agents are read again first (users made after the start).
   */
  callIn(ani: string, dnis?: string): Promise<void>;
  /** A call's events stored as the routing runtime stores them (publishes call.updated). */
  recordCall(externalId: string, events: CallEvent[]): Promise<void>;
  /** Rows the screens cannot make yet (a marketing target list, an approved template), written directly. */
  sql<T = Record<string, unknown>>(text: string, values?: unknown[]): Promise<T[]>;
  /** A marketing SMS put in the outbox as a campaign does (the country's rules apply); its refusals. */
  enqueueMarketingSms(to: string, body: string): Promise<string[]>;
};

/** The real server, in this process, on a free port, with an in-memory database and the built web app. */
export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const database = await openDatabase({ dataDir: 'memory://' });
  const config = loadConfig({ TAWASUL_WEB_DIST: webDist, ...env });
  const { app, ctx } = await buildApp({ database, config, loginRatePerMinute: 1000 });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await app.close();
      await database.close();
    },
    async createUser(u) {
      await createUser(database, systemActor('test'), {
        username: u.username,
        password: u.password,
        role: u.role,
        display_name: u.display_name ?? u.username,
        skills: u.skills ?? [],
      });
    },
    async loadCustomers(lines) {
      const result = await loadImport(database, 'customers', lines);
      if (result.rejected > 0) throw new Error(`${result.rejected} customer row(s) rejected`);
    },
    async loadImport(kind, lines) {
      const result = await loadImport(database, kind, lines);
      if (result.rejected > 0) throw new Error(`${result.rejected} ${kind} row(s) rejected`);
    },
    async sql<T>(text: string, values: unknown[] = []) {
      return (await database.executeSql(text, values)).rows as T[];
    },
    async receiveMail(raw) {
      await ingestRawEmail(database, raw, {
        mailbox: 'INBOX',
        faxGatewayFrom: config.messaging.mail.faxGatewayFrom,
        maxAttachmentBytes: 1_000_000,
      });
      await processInboundEmails(ticketsDepsOf(ctx));
    },
    async importQueueLog(path, timeZone = 'Asia/Riyadh') {
      const input = createReadStream(path, { encoding: 'utf8' });
      return importQueueLog(database, createInterface({ input, crlfDelay: Infinity }), { timeZone });
    },
    async addBreakReason(code, nameAr, nameEn) {
      await database.executeSql(
        'insert into break_reasons (code, name_ar, name_en) values ($1, $2, $3) on conflict (code) do update set name_ar = excluded.name_ar, name_en = excluded.name_en',
        [code, nameAr, nameEn],
      );
    },
    async enqueueMarketingSms(to, body) {
      const result = await messagingRuntimeOf(ctx).outbox.enqueueSms([
        { purpose: 'marketing', businessRef: `e2e-${Date.now()}`, to, body },
      ]);
      return result.refused.map((r) => r.code);
    },
    async callIn(ani, dnis = '8001240000') {
      const runtime = await telephonyOf(ctx);
      if (!runtime.simulator) throw new Error('callIn needs the simulator (TAWASUL_TELEPHONY=simulator)');
      await runtime.reload();
      runtime.simulator.arrive(dnis, { ani });
    },
    async recordCall(externalId, events) {
      await recordCallEvents(database, 'e2e', externalId, events);
    },
  };
}

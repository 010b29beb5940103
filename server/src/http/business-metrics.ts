// Business figures at /metrics, computed on scrape from a few grouped counts and kept for
// CACHE_MS, so that several Prometheus servers (or a short scrape interval) cost one round of
// queries. A read model over the modules' tables: read-only, indexed columns, no rows returned.
import { Gauge, type Registry } from 'prom-client';
import type { Database } from '../db/client.ts';
import { loadFigures, type Figures } from './business-metrics.repository.ts';
import type { Config } from '../config.ts';

const CACHE_MS = 10_000;

export function registerBusinessMetrics(registry: Registry, database: Database, config: Config) {
  let cached: { at: number; figures: Promise<Figures> } | undefined;
  const figures = () => {
    const now = Date.now();
    if (!cached || now - cached.at > CACHE_MS) {
      const loading = loadFigures(database);
      cached = { at: now, figures: loading };
      // A failed round is not kept: the next scrape tries again.
      loading.catch(() => (cached = undefined));
    }
    return cached.figures;
  };
  const providerOf = (channel: unknown) =>
    channel === 'sms' ? config.messaging.sms.adapter : config.messaging.mail.smtpUrl ? 'smtp' : 'log';

  gauge(
    registry,
    'tawasul_outbox_messages',
    'Outbound messages by channel, provider and status (queued and sending are the backlog; sent, delivered, failed the totals)',
    ['channel', 'provider', 'status'],
    async (g) => {
      for (const r of (await figures()).outbox)
        g.set({ channel: String(r.channel), provider: providerOf(r.channel), status: String(r.status) }, Number(r.n));
    },
  );
  gauge(
    registry,
    'tawasul_tickets_sla',
    'Open tickets past their SLA (past) or within its warning margin (near), by group',
    ['group', 'sla'],
    async (g) => {
      for (const r of (await figures()).tickets) {
        g.set({ group: String(r.grp), sla: 'past' }, Number(r.past));
        g.set({ group: String(r.grp), sla: 'near' }, Number(r.near));
      }
    },
  );
  gauge(
    registry,
    'tawasul_work_items_open',
    'Work items not yet done in open work lists, by purpose, channel and business date',
    ['purpose', 'channel', 'date'],
    async (g) => {
      for (const r of (await figures()).workItems)
        g.set({ purpose: String(r.purpose), channel: String(r.channel), date: String(r.day) }, Number(r.n));
    },
  );
  gauge(registry, 'tawasul_import_runs', 'Import runs by kind and status', ['kind', 'status'], async (g) => {
    for (const r of (await figures()).imports) g.set({ kind: String(r.kind), status: String(r.status) }, Number(r.n));
  });
  gauge(registry, 'tawasul_agents', 'Agents by their last state today (telephony)', ['state'], async (g) => {
    for (const r of (await figures()).agents) g.set({ state: String(r.state) }, Number(r.n));
  });
  gauge(
    registry,
    'tawasul_calls_waiting',
    'Calls offered and neither answered nor ended, by queue',
    ['queue'],
    async (g) => {
      for (const r of (await figures()).waiting) g.set({ queue: String(r.queue) }, Number(r.n));
    },
  );
}

function gauge<L extends string>(
  registry: Registry,
  name: string,
  help: string,
  labelNames: L[],
  fill: (g: Gauge<L>) => Promise<void>,
) {
  return new Gauge<L>({
    name,
    help,
    labelNames,
    registers: [registry],
    async collect() {
      // Labels that disappeared (a list done, a queue emptied) must not keep their last value.
      this.reset();
      // A database that does not answer is tawasul_database_up 0; the process figures still come.
      await fill(this).catch(() => undefined);
    },
  });
}

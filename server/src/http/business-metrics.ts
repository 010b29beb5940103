// Business figures at /metrics, computed on scrape from a few grouped counts and kept for
// CACHE_MS, so that several Prometheus servers (or a short scrape interval) cost one round of
// queries. A read model over the modules' tables: read-only, indexed columns, no rows returned.
import { Gauge, type Registry } from 'prom-client';
import type { Database } from '../db/client.ts';
import type { Config } from '../config.ts';

const CACHE_MS = 10_000;

type Row = Record<string, unknown>;
type Figures = {
  outbox: Row[];
  tickets: Row[];
  workItems: Row[];
  imports: Row[];
  agents: Row[];
  waiting: Row[];
};

const queries: Record<keyof Figures, string> = {
  outbox: `select channel, status, count(*)::int as n from outbound_messages group by channel, status`,
  tickets: `select coalesce(group_code, '') as grp,
      count(*) filter (where sla_paused_at is null and sla_due_at <= now())::int as past,
      count(*) filter (where sla_paused_at is null and sla_due_at > now() and sla_warn_at <= now())::int as near
    from tickets where status not in ('resolved', 'closed') group by 1`,
  workItems: `select l.purpose, l.channel, l.business_date::text as day, count(*)::int as n
    from work_items i join work_lists l on l.id = i.list_id
    where l.status not in ('completed', 'signed_off') and i.status in ('pending', 'waiting', 'waiting_correction')
    group by 1, 2, 3`,
  imports: `select kind, status, count(*)::int as n from imports group by kind, status`,
  agents: `select state, count(*)::int as n from (
      select distinct on (agent) agent, state from agent_state_changes
       where source = 'live' and at > now() - interval '1 day' order by agent, at desc) s group by state`,
  waiting: `select coalesce(queue, '') as queue, count(*)::int as n from calls
    where answered_at is null and ended_at is null and offered_at > now() - interval '1 hour' group by 1`,
};

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

async function loadFigures(database: Database): Promise<Figures> {
  const entries = await Promise.all(
    (Object.keys(queries) as (keyof Figures)[]).map(
      async (key) => [key, (await database.executeSql(queries[key], [])).rows] as const,
    ),
  );
  return Object.fromEntries(entries) as Figures;
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

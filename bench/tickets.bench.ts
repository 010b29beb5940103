// Issue 6 benchmark: the ticket queue of an agent in two groups over N tickets (10 % open) on
// PostgreSQL: p50/p99 of GET /api/v1/tickets?queue=group through the app, and the ratio to the
// bare indexed query (open tickets of the two groups, soonest SLA first) in the same run.
// BENCH_TICKETS (default 1,000,000) makes a quicker run possible.
import { loadConfig } from '../server/src/config.ts';
import { buildApp } from '../server/src/http/app.ts';
import { systemActor } from '../server/src/modules/audit/index.ts';
import { setUserGroups } from '../server/src/modules/tickets/index.ts';
import { createUser } from '../server/src/modules/users/index.ts';
import { openTestDatabase, postgresReachable } from '../server/src/testing/test-database.ts';
import { printFigure } from './harness.ts';

const count = Number(process.env.BENCH_TICKETS ?? 1_000_000);
const repeats = 300;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

export async function runTicketsBenchmark() {
  console.log(`\n# ticket queue of an agent in two groups over ${count.toLocaleString('en')} tickets (10 % open)`);
  if (!(await postgresReachable())) {
    console.log('SKIPPED: PostgreSQL not reachable — the tickets benchmark needs it');
    return;
  }
  const database = await openTestDatabase('postgres');
  try {
    let t = performance.now();
    await database.executeSql(`
      insert into customers (customer_no, name, name_norm, type, country, key_account)
      select 'TK' || g, 'عميل ' || g, 'عميل ' || g, 'current', (array['SA','AE','EG'])[1 + g % 3], g % 10 = 0
        from generate_series(1, 20000) g`);
    // Six groups in turn; one ticket in ten open (new/open/pending/escalated), the rest closed.
    await database.executeSql(`
      insert into tickets (customer_id, country, category, subject, group_code, status, sla_resolution_minutes,
                           sla_due_at, sla_warn_at, created_at, resolved_at, closed_at, created_by_label)
      select c.id, c.country, (array['service_failure','address_change','claim','inquiry','complaint'])[1 + g % 5],
             'تذكرة ' || g,
             (array['key_accounts','tracking','customer_care','operations','retail_sales','it'])[1 + (g + g / 10) % 6],
             case when g % 10 = 0 then (array['new','open','pending','escalated'])[1 + (g / 10) % 4] else 'closed' end,
             4320,
             now() + ((g::bigint * 7919) % 20000 - 2000) * interval '1 minute',
             now() + ((g::bigint * 7919) % 20000 - 2240) * interval '1 minute',
             now() - (g % 100000) * interval '1 minute',
             case when g % 10 = 0 then null else now() - (g % 50000) * interval '1 minute' end,
             case when g % 10 = 0 then null else now() - (g % 50000) * interval '1 minute' end,
             'bench'
        from generate_series(1, ${count}) g
        join customers c on c.customer_no = 'TK' || (1 + g % 20000)`);
    await database.executeSql('analyze');
    printFigure('generated tickets', { tickets: count, seconds: (performance.now() - t) / 1000 });

    const { app } = await buildApp({
      database,
      config: loadConfig({ TAWASUL_WEB_DIST: '/nonexistent' }),
      loginRatePerMinute: 1000,
    });
    const agent = await createUser(database, systemActor('bench'), {
      username: 'bench.agent',
      display_name: 'موظف القياس',
      role: 'agent',
      password: 'Measure-Speed-2026',
      skills: ['service'],
    });
    await setUserGroups(database, systemActor('bench'), agent.id, ['tracking', 'operations']);
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'bench.agent', password: 'Measure-Speed-2026' },
    });
    const cookie = `tawasul_session=${login.cookies[0]!.value}`;

    // The two groups' partial indexes read in due-time order and merged: the least work for this page.
    const branch = (g: number) =>
      `(select id, sla_due_at from tickets where group_code = $${g} and status in ('new','open','pending','escalated')
         order by sla_due_at, id limit 51)`;
    const bare = `select id from (${branch(1)} union ${branch(2)}) u order by sla_due_at, id limit 51`;
    const api: number[] = [];
    const raw: number[] = [];
    let items = 0;
    for (let i = 0; i < repeats; i++) {
      t = performance.now();
      await database.executeSql(bare, ['tracking', 'operations']);
      raw.push(performance.now() - t);
      t = performance.now();
      const r = await app.inject({ method: 'GET', url: '/api/v1/tickets?queue=group', headers: { cookie } });
      api.push(performance.now() - t);
      if (r.statusCode !== 200) throw new Error(`queue failed: ${r.body}`);
      items = (r.json() as { items: unknown[] }).items.length;
    }
    api.sort((a, b) => a - b);
    raw.sort((a, b) => a - b);
    printFigure('bare indexed query (ceiling)', { p50_ms: percentile(raw, 0.5), p99_ms: percentile(raw, 0.99) });
    printFigure('GET /api/v1/tickets?queue=group', {
      p50_ms: percentile(api, 0.5),
      p99_ms: percentile(api, 0.99),
      items,
      ratio_p50: percentile(api, 0.5) / Math.max(percentile(raw, 0.5), 0.001),
      ratio_p99: percentile(api, 0.99) / Math.max(percentile(raw, 0.99), 0.001),
    });
    await app.close();
  } finally {
    await database.close();
  }
}

import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, it } from 'vitest';
import { addUser, describeEachDatabase, loginCookie } from '../../testing/db-harness.ts';
import {
  forEachQueuedCallEndedBetween,
  importQueueLog,
  queuedCallsEndedBetween,
  recordAgentState,
} from '../telephony/index.ts';
import { staffing } from './domain/erlang.ts';

// The KPI report and the staffing calculator through the HTTP app, over the sample queue_log
// (ten calls of 2026-11-29 08:00–08:26 Riyadh; hand-worked in cli/kpi.cli.test.ts).

const sample = fileURLToPath(new URL('../telephony/fixtures/queue_log.sample', import.meta.url));
const lines = () => createInterface({ input: createReadStream(sample, { encoding: 'utf8' }), crlfDelay: Infinity });

describeEachDatabase('KPI API — report, staffing, day plan', (get) => {
  let manager = '';
  let agent = '';
  const request = async (method: 'GET' | 'POST', url: string, payload?: unknown, cookie = manager) => {
    const r = await get().app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
    return { status: r.statusCode, body: r.json() };
  };

  beforeAll(async () => {
    const { app, database } = get();
    await database.executeSql(
      `insert into break_reasons (code, name_ar, name_en) values ('prayer', 'صلاة', 'Prayer') on conflict do nothing`,
    );
    await addUser(database, 'k.manager', 'manager');
    await addUser(database, 'k.agent', 'agent', { skills: ['service'] });
    manager = await loginCookie(app, 'k.manager');
    agent = await loginCookie(app, 'k.agent');
    await importQueueLog(database, lines(), { timeZone: 'Asia/Riyadh' });
  });

  it('the day’s figures with their definitions in Arabic and English', async () => {
    const r = await request('GET', '/api/v1/kpi/report?from=2026-11-29&to=2026-11-29&by=day');
    expect(r.status).toBe(200);
    expect(r.body.rows).toHaveLength(1);
    expect(r.body.rows[0]).toMatchObject({
      key: '2026-11-29',
      offered: 10,
      answered: 6,
      abandoned: 2,
      aht_seconds: 112,
      abandon_rate: 0.2,
      service_level: 0.4,
      avg_hold_seconds: 0,
    });
    expect(r.body.totals).toMatchObject({ key: 'total', offered: 10, answered: 6 });
    const sl = r.body.definitions.find((d: { key: string }) => d.key === 'service_level');
    expect(sl.name_ar).toBe('مستوى الخدمة');
    expect(sl.en).toMatch(/negative/);
    expect(r.body.time_zone).toBe('Asia/Riyadh');
  });

  it('occupancy beside the figures by agent, from the imported agent states', async () => {
    const { database } = get();
    // k.agent: available 08:00–08:10, on a call 08:10–08:15, available 08:15–08:20, offline.
    const at = (m: number) => new Date(Date.UTC(2026, 10, 29, 5, m));
    for (const [state, m] of [
      ['available', 0],
      ['on_call', 10],
      ['wrap_up', 14],
      ['available', 15],
      ['offline', 20],
    ] as const) {
      await recordAgentState(database, { agent: 'k.agent', state, at: at(m) }, { checkTransition: false });
    }
    const r = await request('GET', '/api/v1/kpi/report?from=2026-11-29&to=2026-11-29&by=agent');
    expect(r.status).toBe(200);
    // No call of k.agent: no row; the agents with calls have theirs (1002's states come from the log).
    expect(r.body.rows.map((x: { key: string }) => x.key)).toEqual(['', '1001', '1002', '1003', 'ahmed']);
    // With k.agent's own states (handling 5 of 20 minutes) the center's occupancy is a fraction.
    expect(r.body.totals.occupancy).toBeGreaterThan(0);
    expect(r.body.totals.occupancy).toBeLessThan(1);
    const queueRows = await request('GET', '/api/v1/kpi/report?from=2026-11-29&to=2026-11-29&by=queue');
    expect(queueRows.body.rows.every((x: { occupancy: unknown }) => x.occupancy === null)).toBe(true);
  });

  it('reading a page at a time sees every call once, as reading them all does', async () => {
    const range = { from: new Date('2026-11-28T21:00:00Z'), to: new Date('2026-11-29T21:00:00Z') };
    const all = await queuedCallsEndedBetween(get().database, range);
    expect(all).toHaveLength(10);
    const paged: unknown[] = [];
    const seen = await forEachQueuedCallEndedBetween(get().database, range, (c) => paged.push(c), 3);
    expect(seen).toBe(10);
    const key = (c: unknown) => JSON.stringify(c);
    expect(paged.map(key).sort()).toEqual(all.map(key).sort());
    const service: unknown[] = [];
    await forEachQueuedCallEndedBetween(get().database, { ...range, queue: 'service' }, (c) => service.push(c), 2);
    expect(service).toHaveLength(5);
  });

  it('bad periods and groupings are 422, never 500', async () => {
    for (const url of [
      '/api/v1/kpi/report?from=2026-11-30&to=2026-11-29',
      '/api/v1/kpi/report?from=2025-01-01&to=2026-11-29',
      '/api/v1/kpi/report?from=2026-11-29&to=2026-11-29&by=year',
      '/api/v1/kpi/report?from=2026-11-29&to=2026-11-29&by=interval&interval_minutes=20',
      '/api/v1/kpi/report?from=nope&to=2026-11-29',
    ]) {
      expect((await request('GET', url)).status, url).toBe(422);
    }
    expect((await request('GET', '/api/v1/kpi/report?from=2026-11-30&to=2026-11-29')).body.code).toBe(
      'kpi_range_invalid',
    );
  });

  it('the staffing calculator: the worked example, Erlang A with a patience, bad input 422', async () => {
    const example = { calls: 100, interval_seconds: 1800, aht_seconds: 180, target_sl: 0.8, target_seconds: 20 };
    const c = await request('POST', '/api/v1/kpi/staffing', { ...example, shrinkage: 0.3, max_occupancy: 0.85 });
    expect(c.status).toBe(200);
    expect(c.body).toMatchObject({ model: 'erlang_c', traffic_erlangs: 10, agents: 14, scheduled: 20, p_abandon: 0 });
    const a = await request('POST', '/api/v1/kpi/staffing', { ...example, patience_seconds: 120 });
    expect(a.status).toBe(200);
    expect(a.body.model).toBe('erlang_a');
    expect(a.body.p_abandon).toBeGreaterThan(0);
    expect((await request('POST', '/api/v1/kpi/staffing', { ...example, target_sl: 2 })).status).toBe(422);
    expect((await request('POST', '/api/v1/kpi/staffing', {})).status).toBe(422);
    expect((await request('POST', '/api/v1/kpi/staffing', example, agent)).status).toBe(403);
  });

  it('a day plan from the same weekday a week before: 10 calls at 08:00 with their AHT', async () => {
    const r = await request('GET', '/api/v1/kpi/staffing/plan?date=2026-12-06&weeks=1&shrinkage=0.3');
    expect(r.status).toBe(200);
    expect(r.body.history_days).toEqual(['2026-11-29']);
    expect(r.body.intervals).toHaveLength(48);
    const eight = r.body.intervals.find((i: { interval: string }) => i.interval === '08:00');
    const expected = staffing({
      calls: 10,
      intervalSeconds: 1800,
      ahtSeconds: 112,
      targetServiceLevel: 0.8,
      targetSeconds: 20,
      shrinkage: 0.3,
      maxOccupancy: 0.85,
    });
    expect(eight).toEqual({
      interval: '08:00',
      calls: 10,
      aht_seconds: 112,
      agents: expected.agents,
      scheduled: expected.scheduled,
    });
    expect(r.body.peak_agents).toBe(expected.agents);
    expect(r.body.intervals.find((i: { interval: string }) => i.interval === '09:00').agents).toBe(0);
  });
});

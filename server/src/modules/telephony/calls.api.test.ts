import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { isAppError } from '../../http/errors.ts';
import { addUser, describeEachDatabase, loginCookie } from '../../testing/db-harness.ts';
import { inspectXlsx } from '../../testing/xlsx-inspect.ts';
import type { CallEvent } from './domain/call-events.ts';
import { importQueueLog, recordAgentState, recordCallEvents } from './calls.service.ts';

// Call records and agent timelines through the HTTP app: the sample queue_log (ten calls of
// 2026-11-29, Riyadh) plus one live call of the agent `c.agent`.

const sample = fileURLToPath(new URL('./fixtures/queue_log.sample', import.meta.url));
const lines = () => createInterface({ input: createReadStream(sample, { encoding: 'utf8' }), crlfDelay: Infinity });
const t = (s: number) => new Date(Date.UTC(2026, 10, 29, 7, 0, 0) + s * 1000); // 10:00 in Riyadh

const liveCall: CallEvent[] = [
  { type: 'offered', at: t(0), direction: 'inbound', ani: '+966507654321', dnis: '920001234' },
  { type: 'ivr', at: t(2), digit: '2' },
  { type: 'queued', at: t(4), queue: 'service' },
  { type: 'agent_ringing', at: t(10), agent: 'c.agent' },
  { type: 'answered', at: t(14), agent: 'c.agent' },
  { type: 'held', at: t(30) },
  { type: 'unheld', at: t(70) },
  { type: 'ended', at: t(134), cause: 'normal' },
  { type: 'outcome', at: t(140), outcome: '=HYPERLINK("http://x","y")' },
];

describeEachDatabase('calls API — records, filters, own calls, export, timeline', (get) => {
  let supervisor = '';
  let agent = '';
  let liveId = '';
  const call = async (url: string, cookie = supervisor) => {
    const r = await get().app.inject({ method: 'GET', url, headers: { cookie } });
    return { status: r.statusCode, body: r.json() as Record<string, unknown> & { items?: Record<string, unknown>[] } };
  };

  beforeAll(async () => {
    const { app, database } = get();
    await database.executeSql(
      `insert into break_reasons (code, name_ar, name_en) values ('prayer', 'صلاة', 'Prayer') on conflict do nothing`,
    );
    await addUser(database, 'c.sup', 'supervisor');
    await addUser(database, 'c.agent', 'agent', { skills: ['service'] });
    supervisor = await loginCookie(app, 'c.sup');
    agent = await loginCookie(app, 'c.agent');
    const summary = await importQueueLog(database, lines(), { timeZone: 'Asia/Riyadh' });
    expect(summary).toMatchObject({ calls: 10, answered: 6, abandoned: 2, skipped_lines: 4, changed_calls: 10 });
    liveId = (await recordCallEvents(database, 'live', 'leg-1', liveCall))!.callId;
  });

  it('importing the queue_log again changes nothing', async () => {
    const { database } = get();
    const before = (await database.executeSql('select count(*)::int as n from call_events')).rows[0]!.n;
    const again = await importQueueLog(database, lines(), { timeZone: 'Asia/Riyadh' });
    expect(again).toMatchObject({ calls: 10, answered: 6, abandoned: 2, changed_calls: 0, agent_states: 0 });
    expect((await database.executeSql('select count(*)::int as n from call_events')).rows[0]!.n).toBe(before);
  });

  it('giving a call the same events again changes nothing; a new event is appended after the others', async () => {
    const { database } = get();
    expect(await recordCallEvents(database, 'live', 'leg-1', liveCall)).toMatchObject({ changed: false });
    const more = await recordCallEvents(database, 'live', 'leg-1', [{ type: 'wrap_up_ended', at: t(164) }]);
    expect(more).toMatchObject({ changed: true, callId: liveId });
    const seqs = (
      await database.executeSql('select seq from call_events where call_id = $1 order by seq', [liveId])
    ).rows.map((r) => r.seq);
    expect(seqs).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('a supervisor lists every call, newest first, with the record read from the events', async () => {
    const { status, body } = await call('/api/v1/calls');
    expect(status).toBe(200);
    expect(body.total).toBe(11);
    const live = body.items![0]!;
    expect(live).toMatchObject({
      id: liveId,
      ani: '+966507654321',
      queue: 'service',
      agent: 'c.agent',
      cause: 'normal',
      hold_seconds: 40,
      hold_count: 1,
      wait_seconds: 10,
      talk_seconds: 80,
      ivr_path: '2',
    });
  });

  it.each([
    ['result=abandoned', 2],
    ['result=answered', 7],
    ['result=unanswered', 4],
    ['queue=overflow', 3],
    ['agent=1003', 2],
    ['cause=failed', 1],
    ['direction=outbound', 0],
    ['number=0551234567', 1],
    ['number=%2B966%2055%20123%204567', 1],
    ['from=2026-11-29&to=2026-11-29', 11],
    ['from=2026-11-30', 0],
    ['to=2026-11-28', 0],
    ['limit=3&offset=9', 11],
  ])('filter %s → %i', async (qs, total) => {
    const { status, body } = await call(`/api/v1/calls?${qs}`);
    expect(status).toBe(200);
    expect(body.total).toBe(total);
  });

  it('an agent sees only his own calls, numbers masked, whatever agent he asks for', async () => {
    for (const qs of ['', '?agent=1003']) {
      const { body } = await call(`/api/v1/calls${qs}`, agent);
      expect(body.total).toBe(1);
      expect(body.items![0]).toMatchObject({ id: liveId, ani: '05•••••321' });
    }
  });

  it("a call's detail has its events in time order; another agent's call is not found for an agent", async () => {
    const { status, body } = await call(`/api/v1/calls/${liveId}`, agent);
    expect(status).toBe(200);
    expect((body.events as { type: string }[]).map((e) => e.type)).toEqual([
      'offered',
      'ivr',
      'queued',
      'agent_ringing',
      'answered',
      'held',
      'unheld',
      'ended',
      'outcome',
      'wrap_up_ended',
    ]);
    const other = (await call('/api/v1/calls?agent=1001')).body.items![0]!.id as string;
    expect((await call(`/api/v1/calls/${other}`, agent)).status).toBe(404);
    expect((await call(`/api/v1/calls/${other}`)).status).toBe(200);
    expect((await call('/api/v1/calls/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it.each([
    ['/api/v1/calls?from=2026-13-01', 422],
    ['/api/v1/calls?from=0001-01-01', 422],
    ['/api/v1/calls?from=2026-11-30&to=2026-11-29', 422],
    ['/api/v1/calls?limit=0', 422],
    ['/api/v1/calls?result=lost', 422],
    ['/api/v1/calls?number=abc', 422],
    ['/api/v1/calls?nope=1', 422],
    ['/api/v1/calls/not-a-uuid', 422],
    ['/api/v1/calls/export?format=pdf', 422],
    ['/api/v1/agents/1001/timeline?date=2026-02-30', 422],
  ])('bad input %s → %i with a code and both languages', async (url, status) => {
    const r = await call(url);
    expect(r.status).toBe(status);
    expect(r.body).toMatchObject({
      code: expect.any(String),
      message: expect.any(String),
      message_ar: expect.any(String),
    });
  });

  it('exports XLSX right-to-left with Arabic headers, formulas kept as text, and audits it', async () => {
    const { app, database } = get();
    const r = await app.inject({
      method: 'GET',
      url: '/api/v1/calls/export?format=xlsx&from=2026-11-29&to=2026-11-29',
      headers: { cookie: supervisor },
    });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-disposition']).toContain('calls-2026-11-29.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.views[0]).toMatchObject({ rightToLeft: true });
    expect(sheet.getRow(1).getCell(1).value).toBe('وقت المكالمة');
    expect(sheet.rowCount).toBe(12);
    // The live call is the newest: its local time and its hostile outcome, as text.
    expect(sheet.getRow(2).getCell(1).value).toBe('2026-11-29 10:00:00');
    expect(sheet.getRow(2).getCell(15).value).toBe('=HYPERLINK("http://x","y")');
    expect((await inspectXlsx(r.rawPayload)).quotePrefixed).toContain('O2');
    const audited = await database.executeSql(
      `select after from audit_log where action = 'calls.export' order by id desc limit 1`,
    );
    expect(audited.rows[0]!.after).toMatchObject({ format: 'xlsx', rows: 11 });
  });

  it('exports CSV with a BOM and neutralised formulas; agents may not export', async () => {
    const { app } = get();
    const r = await app.inject({
      method: 'GET',
      url: '/api/v1/calls/export?format=csv',
      headers: { cookie: supervisor },
    });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('text/csv');
    expect(r.body.startsWith('\ufeffوقت المكالمة,')).toBe(true);
    expect(r.body).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(r.body.trim().split('\r\n')).toHaveLength(12);
    const refused = await app.inject({ method: 'GET', url: '/api/v1/calls/export', headers: { cookie: agent } });
    expect(refused.statusCode).toBe(403);
  });

  it("an agent's timeline: per-state totals of the imported day; an agent reads only his own", async () => {
    const { status, body } = await call('/api/v1/agents/1001/timeline?date=2026-11-29');
    expect(status).toBe(200);
    expect(body.break_reasons).toEqual([{ reason: 'prayer', name_ar: 'صلاة', name_en: 'Prayer', seconds: 1200 }]);
    // 1001 took call 1 from 08:02:20 to 08:05:20 (Riyadh).
    expect((body.totals as Record<string, number>).on_call).toBe(180);
    expect((await call('/api/v1/agents/1001/timeline?date=2026-11-29', agent)).status).toBe(404);
    expect((await call('/api/v1/agents/c.agent/timeline?date=2026-11-29', agent)).status).toBe(200);
  });

  it('a live state change must be allowed from the current state; the same change twice is stored once', async () => {
    const { database } = get();
    const at = new Date('2026-11-29T06:00:00Z');
    expect(await recordAgentState(database, { agent: 'c.agent', state: 'available', at })).toEqual({ recorded: true });
    expect(await recordAgentState(database, { agent: 'c.agent', state: 'available', at })).toEqual({ recorded: false });
    const refused = await recordAgentState(database, {
      agent: 'c.agent',
      state: 'hold',
      at: new Date(at.getTime() + 1000),
    }).catch((e: unknown) => e);
    expect(isAppError(refused) && refused.code).toBe('agent_state_not_allowed');
    await recordAgentState(database, {
      agent: 'c.agent',
      state: 'break',
      reason: 'prayer',
      at: new Date(at.getTime() + 60_000),
    });
    const { body } = await call('/api/v1/agents/c.agent/timeline?date=2026-11-29', agent);
    expect((body.totals as Record<string, number>).available).toBe(60);
    expect(body.changes).toHaveLength(2);
  });
});

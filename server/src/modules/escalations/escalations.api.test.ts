import { beforeAll, expect, it } from 'vitest';
import { addUser, describeEachDatabase, loginCookie } from '../../testing/db-harness.ts';
import { loadImport } from '../../testing/import-fixture.ts';
import { addDays } from '../collections/index.ts';
import { todayIn } from '../customers/index.ts';

// المتابعات المصعّدة through the HTTP app: an agent escalates a customer of his with the time he
// promised; the supervisors see it due, then overdue; one takes it, closes it with a note; the
// agent follows its status; every change is audited.

describeEachDatabase('escalations API', (get) => {
  const today = todayIn('Asia/Riyadh');
  const cookies: Record<string, string> = {};
  const send = async (who: string, method: 'GET' | 'POST', url: string, body?: unknown) => {
    const r = await get().app.inject({
      method,
      url,
      headers: { cookie: cookies[who]! },
      ...(method === 'POST' ? { payload: (body ?? {}) as object } : {}),
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test reads the JSON as it comes
    return { status: r.statusCode, body: (r.body ? r.json() : null) as Record<string, any> };
  };
  const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();

  beforeAll(async () => {
    const { app, database } = get();
    await addUser(database, 'e.manager', 'manager');
    await addUser(database, 'e.sup1', 'supervisor');
    await addUser(database, 'e.sup2', 'supervisor');
    await addUser(database, 'e.agent', 'agent', { skills: ['collections'] });
    await addUser(database, 'e.other', 'agent', { skills: ['collections'] });
    for (const u of ['e.manager', 'e.sup1', 'e.sup2', 'e.agent', 'e.other']) cookies[u] = await loginCookie(app, u);
    await loadImport(database, 'customers', ['customer_no,name,category,mobile', 'E1,عميل مصعّد,A,0551111111']);
    await loadImport(database, 'installments', [
      'customer_no,contract_no,credit_type,installment_no,amount,currency,due_date',
      `E1,EK1,شخصي,1,5000,SAR,${addDays(today, -1)}`,
    ]);
    // The item lands on one of the two agents: the other is the one who may not escalate E1.
    await send('e.manager', 'POST', '/api/v1/collections/runs', { date: today, send: false });
    const mine = await send('e.other', 'GET', `/api/v1/my/items?date=${today}`);
    if (mine.body.items.length > 0)
      [cookies['e.agent'], cookies['e.other']] = [cookies['e.other']!, cookies['e.agent']!];
  });

  it('refuses a past or far promise, a customer not his, and names neither call nor customer', async () => {
    const past = await send('e.agent', 'POST', '/api/v1/escalations', {
      customer_no: 'E1',
      due_at: inMinutes(-30),
      note: 'x',
    });
    expect(past.status).toBe(422);
    expect(past.body.errors[0]).toMatchObject({ field: 'due_at', code: 'past' });
    const far = await send('e.agent', 'POST', '/api/v1/escalations', {
      customer_no: 'E1',
      due_at: inMinutes(31 * 24 * 60),
      note: 'x',
    });
    expect(far.body.errors[0]).toMatchObject({ field: 'due_at', code: 'too_far' });
    expect(
      (await send('e.other', 'POST', '/api/v1/escalations', { customer_no: 'E1', due_at: inMinutes(60), note: 'x' }))
        .status,
    ).toBe(403);
    expect((await send('e.agent', 'POST', '/api/v1/escalations', { due_at: inMinutes(60), note: 'x' })).status).toBe(
      422,
    );
    expect((await send('e.agent', 'GET', '/api/v1/escalations?scope=all')).status).toBe(403);
    expect((await send('e.agent', 'GET', '/api/v1/escalations/summary')).status).toBe(403);
  });

  it('the supervisors see it due, then overdue once the promised time passed', async () => {
    const later = await send('e.agent', 'POST', '/api/v1/escalations', {
      customer_no: 'E1',
      due_at: inMinutes(90),
      note: 'وعدت العميل باتصال من المشرف',
    });
    expect(later.status).toBe(201);
    // Promised "now" a few minutes ago (allowed while typing): already overdue.
    const late = await send('e.agent', 'POST', '/api/v1/escalations', {
      customer_no: 'E1',
      due_at: inMinutes(-3),
      note: 'متأخرة',
    });
    expect(late.body.state).toBe('overdue');
    const all = await send('e.sup1', 'GET', '/api/v1/escalations?scope=all');
    expect(all.body.items.map((e: { note: string; state: string }) => [e.note, e.state])).toEqual([
      ['متأخرة', 'overdue'],
      ['وعدت العميل باتصال من المشرف', 'open'],
    ]);
    const summary = await send('e.sup1', 'GET', '/api/v1/escalations/summary');
    expect(summary.body).toMatchObject({ open: 2, overdue: 1, next_due_at: later.body.due_at });
  });

  it('one supervisor takes it, the other cannot; closed with a note, audited, on the timeline; the agent sees it', async () => {
    const [late] = (await send('e.sup1', 'GET', '/api/v1/escalations?scope=all')).body.items;
    expect((await send('e.sup1', 'POST', `/api/v1/escalations/${late.id}/take`)).body).toEqual({
      id: late.id,
      status: 'taken',
    });
    expect((await send('e.sup2', 'POST', `/api/v1/escalations/${late.id}/take`)).body.code).toBe('escalation_state');
    expect((await send('e.sup2', 'POST', `/api/v1/escalations/${late.id}/done`, { note: 'x' })).body.code).toBe(
      'escalation_state',
    );
    const done = await send('e.sup1', 'POST', `/api/v1/escalations/${late.id}/done`, {
      note: 'اتصلت بالعميل وتم الاتفاق',
    });
    expect(done.body.status).toBe('done');
    expect((await send('e.sup1', 'POST', `/api/v1/escalations/${late.id}/done`, { note: 'مرة أخرى' })).status).toBe(
      409,
    );

    const mine = await send('e.agent', 'GET', '/api/v1/escalations?status=any');
    expect(mine.body.items.find((e: { id: string }) => e.id === late.id)).toMatchObject({
      state: 'done',
      taken_by: 'e.sup1',
      done_by: 'e.sup1',
      done_note: 'اتصلت بالعميل وتم الاتفاق',
    });
    expect((await send('e.other', 'GET', '/api/v1/escalations?status=any')).body.items).toEqual([]);
    expect((await send('e.sup2', 'GET', '/api/v1/escalations/summary')).body).toMatchObject({ open: 1, overdue: 0 });

    const audited = await get().database.executeSql(
      `select action, actor from audit_log where entity = 'escalation' and entity_id = '${late.id}' order by id`,
    );
    expect(audited.rows).toEqual([
      { action: 'escalation.create', actor: expect.stringMatching(/^e\.(agent|other)$/) },
      { action: 'escalation.take', actor: 'e.sup1' },
      { action: 'escalation.done', actor: 'e.sup1' },
    ]);
    const timeline = (await send('e.sup1', 'GET', '/api/v1/customers/E1')).body.timeline.filter(
      (t: { kind: string }) => t.kind === 'escalation',
    );
    expect(timeline).toHaveLength(3);
    expect(timeline[0]).toMatchObject({ summary: 'اتصلت بالعميل وتم الاتفاق', data: { status: 'done' } });
  });
});

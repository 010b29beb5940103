import { beforeAll, expect, it } from 'vitest';
import { addUser, describeEachDatabase, loginCookie } from '../../testing/db-harness.ts';
import { telephonyOf } from './telephony.instance.ts';

// Routing administration through the HTTP app: queues, break reasons, IVR menus and DNIS routes
// as a manager edits them — each refusal with its code and path, the roles, the audit rows, and
// the running call center picking a change up at once.

const queue = {
  name_ar: 'الاستفسارات',
  name_en: 'Inquiries',
  skill: 'service',
  strategy: 'longest_idle',
  priority: 2,
  wrap_up_seconds: 45,
  sl_seconds: 20,
  sl_target_percent: 80,
  sl_abandoned: 'negative',
  short_abandon_seconds: 5,
  overflow_seconds: 90,
  overflow_queue: 'service',
  callback_after_seconds: 120,
  hours: '08:00-20:00',
  closed_action: 'callback',
  greeting: { text: 'شكرًا لانتظارك' },
  active: true,
};

const prompt = (ar: string) => ({ ar, en: ar });
const menuTree = (two: unknown = { kind: 'queue', queue: 'collections' }) => ({
  kind: 'menu',
  prompt: prompt('للاستفسارات اضغط ١، للتحصيل اضغط ٢'),
  options: { '1': { kind: 'queue', queue: 'service' }, '2': two },
  timeoutSeconds: 5,
  maxRetries: 2,
});

describeEachDatabase('telephony API — routing administration', (get) => {
  let manager = '';
  let supervisor = '';
  let agent = '';
  const send = async (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, cookie: string, body?: unknown) => {
    const r = await get().app.inject({
      method,
      url,
      headers: { cookie },
      ...(body !== undefined ? { payload: body as object } : {}),
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test reads the JSON as it comes
    return { status: r.statusCode, body: (r.body ? r.json() : null) as Record<string, any> };
  };
  const fieldsOf = (body: Record<string, unknown>) =>
    (body.errors as { field: string; code: string }[]).map((e) => `${e.field}:${e.code}`);
  const auditRows = async (action: string) =>
    (
      await get().database.executeSql(
        `select actor, entity_id, before, after from audit_log where action = '${action}' order by id`,
      )
    ).rows;

  beforeAll(async () => {
    const { app, database } = get();
    await addUser(database, 'r.manager', 'manager');
    await addUser(database, 'r.sup', 'supervisor');
    await addUser(database, 'r.agent', 'agent', { skills: ['service'] });
    manager = await loginCookie(app, 'r.manager');
    supervisor = await loginCookie(app, 'r.sup');
    agent = await loginCookie(app, 'r.agent');
  });

  it('lists the seeded queues to supervisors, not to agents', async () => {
    const { status, body } = await send('GET', '/api/v1/telephony/queues', supervisor);
    expect(status).toBe(200);
    expect(body.items.map((q: { code: string }) => q.code)).toEqual(['collections', 'key_accounts', 'service']);
    expect(body.items[1]).toMatchObject({ overflow_queue: 'service', overflow_seconds: 60, hours: '00:00-24:00' });
    expect((await send('GET', '/api/v1/telephony/queues', agent)).status).toBe(403);
  });

  it('creates a queue (201), changes it (200), audits before and after, and routing takes it at once', async () => {
    const created = await send('PUT', '/api/v1/telephony/queues/inquiries', manager, queue);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ code: 'inquiries', wrap_up_seconds: 45, hours: '08:00-20:00' });
    const changed = await send('PUT', '/api/v1/telephony/queues/inquiries', manager, {
      ...queue,
      wrap_up_seconds: 60,
      hours: '07:30-12:00, 16:00-23:00',
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ wrap_up_seconds: 60, hours: '07:30-12:00, 16:00-23:00' });
    const rows = await auditRows('telephony.queue.update');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actor: 'r.manager',
      entity_id: 'inquiries',
      before: { wrap_up_seconds: 45, hours: '08:00-20:00' },
      after: { wrap_up_seconds: 60 },
    });
    expect(await auditRows('telephony.queue.create')).toHaveLength(1);
    // The agent of skill `service` now takes the new queue too: the runtime was reloaded.
    const runtime = await telephonyOf(get().ctx);
    expect(runtime.center.agent('r.agent')?.queues).toContain('inquiries');
  });

  it.each([
    ['bad hours', { hours: '8-20' }, ['hours:invalid_hours']],
    ['hours past midnight', { hours: '20:00-25:00' }, ['hours:invalid_hours']],
    ['overflow to itself', { overflow_queue: 'inquiries' }, ['overflow_queue:overflow_to_itself']],
    ['overflow to no queue', { overflow_queue: 'nowhere' }, ['overflow_queue:unknown_queue']],
    ['overflow without a wait', { overflow_seconds: null }, ['overflow_seconds:overflow_incomplete']],
    ['a skill nobody has', { skill: 'plumbing' }, ['skill:invalid_value']],
    ['a target over 100 %', { sl_target_percent: 101 }, ['sl_target_percent:too_big']],
    ['an unknown strategy', { strategy: 'fastest' }, ['strategy:invalid_value']],
  ])('refuses a queue with %s (422, the field named)', async (_name, change, fields) => {
    const { status, body } = await send('PUT', '/api/v1/telephony/queues/inquiries', manager, { ...queue, ...change });
    expect(status).toBe(422);
    expect(body.code).toBe('validation_failed');
    expect(fieldsOf(body)).toEqual(fields);
    expect(body.errors[0].message_ar).not.toBe('');
  });

  it('only managers and admins change queues; a bad code is refused', async () => {
    expect((await send('PUT', '/api/v1/telephony/queues/inquiries', supervisor, queue)).status).toBe(403);
    expect((await send('PUT', '/api/v1/telephony/queues/Bad-Code', manager, queue)).status).toBe(422);
  });

  it('break reasons: a manager adds and renames one, audited; the telephone’s own cannot be switched off', async () => {
    const list = await send('GET', '/api/v1/telephony/break-reasons', supervisor);
    expect(list.body.items.find((r: { code: string }) => r.code === 'missed_call')).toMatchObject({ system: true });
    const body = { name_ar: 'إرشاد', name_en: 'Coaching', limit_minutes: 30, sort: 5, active: true };
    expect((await send('PUT', '/api/v1/telephony/break-reasons/coaching', manager, body)).status).toBe(201);
    const renamed = await send('PUT', '/api/v1/telephony/break-reasons/coaching', manager, {
      ...body,
      limit_minutes: 15,
    });
    expect(renamed).toMatchObject({ status: 200, body: { limit_minutes: 15, system: false } });
    expect(await auditRows('telephony.break_reason.update')).toMatchObject([
      { entity_id: 'coaching', before: { limit_minutes: 30 }, after: { limit_minutes: 15 } },
    ]);
    const off = await send('PUT', '/api/v1/telephony/break-reasons/missed_call', manager, {
      name_ar: 'مكالمة فائتة',
      name_en: 'Missed call',
      limit_minutes: 5,
      sort: 90,
      active: false,
    });
    expect(off).toMatchObject({ status: 409, body: { code: 'break_reason_system' } });
    expect((await send('PUT', '/api/v1/telephony/break-reasons/coaching', supervisor, body)).status).toBe(403);
    // The agent's seat offers the new reason.
    const seat = await send('GET', '/api/v1/telephony/seat', agent);
    expect(seat.body.break_reasons.map((r: { code: string }) => r.code)).toContain('coaching');
  });

  it('saves a menu at version 1, then 2; audited; listed with its tree', async () => {
    const first = await send('PUT', '/api/v1/telephony/ivr-menus/main', manager, {
      name: 'الرئيسية',
      tree: menuTree(),
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ code: 'main', version: 1, updated_by: 'r.manager', dnis: [] });
    const second = await send('PUT', '/api/v1/telephony/ivr-menus/main', manager, {
      name: 'الرئيسية',
      tree: menuTree(),
    });
    expect(second.body.version).toBe(2);
    const one = await send('GET', '/api/v1/telephony/ivr-menus/main', supervisor);
    expect(one.body.tree.options['2']).toEqual({ kind: 'queue', queue: 'collections' });
    expect((await send('GET', '/api/v1/telephony/ivr-menus', supervisor)).body.items).toHaveLength(1);
    expect(await auditRows('telephony.ivr_menu.update')).toMatchObject([
      { entity_id: 'main', before: { version: 1 }, after: { version: 2 } },
    ]);
    expect((await send('GET', '/api/v1/telephony/ivr-menus/none', supervisor)).status).toBe(404);
  });

  it.each([
    ['a key to no queue', menuTree({ kind: 'queue', queue: 'nowhere' }), ['tree.options.2:unknown_queue']],
    ['a sub-menu that does not exist', menuTree({ kind: 'goto', menu: 'ghost' }), ['tree.options.2:unknown_menu']],
    [
      'a loop without exit',
      {
        kind: 'menu',
        prompt: prompt('قائمة'),
        options: { '9': { kind: 'goto', menu: 'loop' } },
        timeoutSeconds: 5,
        maxRetries: 1,
      },
      ['tree.options.9:loop_without_exit'],
    ],
    [
      'a missing Arabic prompt',
      menuTree({ kind: 'message', prompt: { ar: ' ', en: 'Goodbye' } }),
      ['tree.options.2.prompt.ar:missing_arabic_prompt'],
    ],
    [
      'an Arabic-Indic key',
      { ...menuTree(), options: { '١': { kind: 'queue', queue: 'service' } } },
      ['tree.options.١:invalid_digit'],
    ],
    ['a menu without keys', { ...menuTree(), options: {} }, ['tree:empty_menu']],
  ])('refuses a menu with %s: 422, each problem at its path in both languages', async (_name, tree, fields) => {
    const { status, body } = await send('PUT', '/api/v1/telephony/ivr-menus/loop', manager, { name: 'x', tree });
    expect(status).toBe(422);
    expect(fieldsOf(body)).toEqual(fields);
    expect(body.errors[0].message_ar).toMatch(/[\u0600-\u06ff]/);
    expect((await send('GET', '/api/v1/telephony/ivr-menus/loop', manager)).status).toBe(404);
  });

  it('refuses a tree that is not a tree (shape errors under tree.)', async () => {
    const { status, body } = await send('PUT', '/api/v1/telephony/ivr-menus/main', manager, {
      name: 'x',
      tree: { kind: 'queue' },
    });
    expect(status).toBe(422);
    expect(fieldsOf(body)).toEqual(['tree.queue:required']);
  });

  it('a tree nested thousands deep is a 422 naming the tree, not a crash', async () => {
    // Built as text: JSON.stringify itself would run out of stack on it.
    const depth = 15_000;
    const tree = `${'{"kind":"message","prompt":{"ar":"ا"},"next":'.repeat(depth)}{"kind":"queue","queue":"service"}${'}'.repeat(depth)}`;
    for (const [method, url, body] of [
      ['PUT', '/api/v1/telephony/ivr-menus/deep', `{"name":"x","tree":${tree}}`],
      ['POST', '/api/v1/telephony/ivr-menus/deep/try', `{"inputs":[],"tree":${tree}}`],
    ] as const) {
      const r = await get().app.inject({
        method,
        url,
        headers: { cookie: manager, 'content-type': 'application/json' },
        payload: body,
      });
      expect(r.statusCode).toBe(422);
      expect(fieldsOf(r.json())).toEqual(['tree:too_deep']);
    }
  });

  it('tries a draft: key 2 goes to collections; silence repeats, then hangs up', async () => {
    const two = await send('POST', '/api/v1/telephony/ivr-menus/main/try', manager, {
      tree: menuTree(),
      inputs: ['2'],
    });
    expect(two.status).toBe(200);
    expect(two.body.finished).toBe(true);
    expect(two.body.steps.map((s: { action: string }) => s.action)).toEqual(['play', 'collect', 'queue']);
    expect(two.body.steps[2]).toMatchObject({ input: '2', queue: 'collections', path: '2' });
    const silent = await send('POST', '/api/v1/telephony/ivr-menus/main/try', manager, {
      tree: menuTree(),
      inputs: ['timeout', 'timeout', 'timeout'],
    });
    expect(silent.body.steps.map((s: { action: string }) => s.action)).toEqual([
      'play',
      'collect',
      'play',
      'collect',
      'play',
      'collect',
      'hangup',
    ]);
    expect(silent.body.steps.at(-1)).toMatchObject({ input: 'timeout', reason: 'no_choice' });
    const waiting = await send('POST', '/api/v1/telephony/ivr-menus/main/try', manager, {
      tree: menuTree(),
      inputs: [],
    });
    expect(waiting.body.finished).toBe(false);
    expect(
      (await send('POST', '/api/v1/telephony/ivr-menus/main/try', supervisor, { tree: menuTree(), inputs: [] })).status,
    ).toBe(403);
  });

  it('routes a number to the menu; refuses a target that does not exist and a DNIS that is not digits', async () => {
    const saved = await send('PUT', '/api/v1/telephony/routes/8001240000', manager, {
      target_kind: 'ivr',
      target: 'main',
    });
    expect(saved.status).toBe(201);
    expect((await send('GET', '/api/v1/telephony/ivr-menus/main', manager)).body.dnis).toEqual(['8001240000']);
    const ghost = await send('PUT', '/api/v1/telephony/routes/8001240001', manager, {
      target_kind: 'queue',
      target: 'ghost',
    });
    expect(ghost.status).toBe(422);
    expect(fieldsOf(ghost.body)).toEqual(['target:unknown_target']);
    expect(
      (await send('PUT', '/api/v1/telephony/routes/800-124', manager, { target_kind: 'queue', target: 'service' }))
        .status,
    ).toBe(422);
    expect(
      (await send('PUT', '/api/v1/telephony/routes/default', manager, { target_kind: 'queue', target: 'service' }))
        .status,
    ).toBe(201);
    expect(await auditRows('telephony.route.create')).toMatchObject([
      { entity_id: '8001240000', after: { target_kind: 'ivr', target: 'main' } },
      { entity_id: 'default', after: { target: 'service' } },
    ]);
  });

  it('a menu a number routes to is not deleted (409); once the route is gone it is, audited', async () => {
    const refused = await send('DELETE', '/api/v1/telephony/ivr-menus/main', manager);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('ivr_menu_in_use');
    expect(refused.body.message).toContain('8001240000');
    expect((await send('DELETE', '/api/v1/telephony/routes/8001240000', manager)).status).toBe(204);
    expect((await send('DELETE', '/api/v1/telephony/routes/8001240000', manager)).status).toBe(404);
    expect((await send('DELETE', '/api/v1/telephony/ivr-menus/main', manager)).status).toBe(204);
    expect(await auditRows('telephony.ivr_menu.delete')).toMatchObject([{ entity_id: 'main', before: { version: 2 } }]);
    expect(await auditRows('telephony.route.delete')).toHaveLength(1);
  });
});

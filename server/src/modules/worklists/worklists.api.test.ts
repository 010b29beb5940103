import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { addUser, describeEachDatabase, loginCookie } from '../../testing/db-harness.ts';
import { loadImport } from '../../testing/import-fixture.ts';
import { multipartFile } from '../../testing/multipart.ts';
import { addDays } from '../../shared/calendar-date.ts';
import { todayIn } from '../customers/index.ts';

// The work-list lifecycle (SPEC L1) through the HTTP app: a list from a filter (with its count
// first) or a target file, approved by a supervisor or manager, then distributed; roles, and
// hostile input answered with a 4xx.

type List = {
  id: string;
  status: string;
  items: number;
  steps: Record<string, { at: string; by: string | null; by_name: string | null } | null>;
  import: null | { status: string; rows: number; added: number; already_in_list: number; rejected: number };
};

describeEachDatabase('work lists API — lifecycle, filter and target file', (get) => {
  const today = todayIn('Asia/Riyadh');
  const cookies: Record<string, string> = {};
  const csrf: Record<string, string> = {};
  const call = (who: string, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
    get().app.inject({
      method,
      url,
      headers: { cookie: cookies[who]! },
      ...(payload ? { payload } : method === 'POST' ? { payload: {} } : {}),
    });
  const upload = (who: string, query: Record<string, string>, name: string, content: string | Buffer) => {
    const body = multipartFile('file', name, content);
    return get().app.inject({
      method: 'POST',
      url: `/api/v1/work-lists/from-file?${new URLSearchParams(query).toString()}`,
      headers: { cookie: cookies[who]!, 'content-type': body.contentType, 'x-csrf-token': csrf[who]! },
      payload: body.payload,
    });
  };
  const waitForImport = async (id: string): Promise<List> => {
    for (let i = 0; i < 200; i++) {
      const list = (await call('l.sup', 'GET', `/api/v1/work-lists/${id}`)).json() as List;
      if (list.import && !['queued', 'running'].includes(list.import.status)) return list;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('target import did not finish');
  };
  const countLists = async () =>
    rowsOf<{ n: number }>(await get().database.db.execute(sql`select count(*)::int as n from work_lists`))[0]!.n;
  const riyadhSms = {
    name: 'عرض تمويل السيارات — الرياض',
    purpose: 'marketing',
    channel: 'sms',
    business_date: today,
    filter: { cities: ['Riyadh'] },
  };

  beforeAll(async () => {
    const { app, database } = get();
    await addUser(database, 'l.manager', 'manager');
    await addUser(database, 'l.sup', 'supervisor');
    await addUser(database, 'l.mkt', 'marketing');
    await addUser(database, 'l.admin', 'admin');
    await addUser(database, 'l.it', 'it');
    await addUser(database, 'l.sales', 'agent', { skills: ['marketing'] });
    await addUser(database, 'l.collector', 'agent', { skills: ['collections'] });
    for (const u of ['l.manager', 'l.sup', 'l.mkt', 'l.admin', 'l.it', 'l.sales', 'l.collector']) {
      cookies[u] = await loginCookie(app, u);
      csrf[u] = (await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: cookies[u]! } })).json()
        .csrf_token as string;
    }
    await loadImport(database, 'customers', [
      'customer_no,name,category,city,mobile,landline,email,sms_opt_out',
      'M1,سارة القحطاني,A,Riyadh,0551000001,,sara@example.sa,false',
      'M2,خالد العتيبي,B,Riyadh,0551000002,,,false',
      'M3,منى الحربي,A,Jeddah,,0126000003,,false',
      'M4,فهد الدوسري,A, riyadh ,0551000004,0114000004,,true',
    ]);
    await database.db.execute(sql`update customers set do_not_call = true where customer_no = 'M2'`);
    await loadImport(database, 'installments', [
      'customer_no,contract_no,credit_type,installment_no,amount,currency,due_date',
      `M1,KM1,Auto,1,1000,SAR,${addDays(today, 30)}`,
      `M4,KM4,Personal,1,1000,SAR,${addDays(today, -10)}`,
    ]);
  });

  it('previews a filter per channel: matching, reachable, and why the others are left out', async () => {
    const sms = await call('l.mkt', 'POST', '/api/v1/work-lists/preview', {
      purpose: 'marketing',
      channel: 'sms',
      filter: { cities: ['Riyadh'] },
    });
    expect(sms.statusCode).toBe(200);
    expect(sms.json()).toEqual({ matching: 3, reachable: 2, excluded: { sms_opt_out: 1 } });
    const phone = await call('l.sup', 'POST', '/api/v1/work-lists/preview', {
      purpose: 'marketing',
      channel: 'phone',
      filter: { cities: ['riyadh'] },
    });
    expect(phone.json()).toEqual({ matching: 3, reachable: 2, excluded: { do_not_call: 1 } });
    const email = await call('l.sup', 'POST', '/api/v1/work-lists/preview', {
      purpose: 'survey',
      channel: 'email',
      filter: {},
    });
    expect(email.json()).toEqual({ matching: 4, reachable: 1, excluded: { no_email: 3 } });
    const products = await call('l.sup', 'POST', '/api/v1/work-lists/preview', {
      purpose: 'followup',
      channel: 'phone',
      filter: { products: ['auto'], categories: ['A'] },
    });
    expect(products.json()).toMatchObject({ matching: 1, reachable: 1 });
    const paidUp = await call('l.sup', 'POST', '/api/v1/work-lists/preview', {
      purpose: 'followup',
      channel: 'phone',
      filter: { paid_up: false },
    });
    expect(paidUp.json()).toMatchObject({ matching: 1, reachable: 1 });
    const neverContacted = await call('l.sup', 'POST', '/api/v1/work-lists/preview', {
      purpose: 'survey',
      channel: 'phone',
      filter: { not_contacted_since: addDays(today, -30), countries: ['sa'] },
    });
    expect(neverContacted.json()).toMatchObject({ matching: 4 });
  });

  it('marketing builds a draft from a filter; it is not distributed or sent before a supervisor approves it', async () => {
    const created = await call('l.mkt', 'POST', '/api/v1/work-lists/from-filter', riyadhSms);
    expect(created.statusCode).toBe(201);
    const list = created.json() as List;
    expect(list).toMatchObject({ status: 'draft', items: 2, source: 'filter', filter: { cities: ['Riyadh'] } });
    expect(list.steps.created).toMatchObject({ by: 'l.mkt', by_name: 'مستخدم l.mkt' });
    expect(list.steps.approved).toBeNull();

    const send = await call('l.manager', 'POST', `/api/v1/worklists/${list.id}/send`);
    expect(send.statusCode).toBe(409);
    expect(send.json().code).toBe('list_not_approved');

    for (const who of ['l.mkt', 'l.sales', 'l.it', 'l.admin']) {
      expect((await call(who, 'POST', `/api/v1/work-lists/${list.id}/approve`)).statusCode).toBe(403);
    }
    const approved = await call('l.sup', 'POST', `/api/v1/work-lists/${list.id}/approve`);
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({
      status: 'approved',
      steps: { approved: { by: 'l.sup', by_name: 'مستخدم l.sup' } },
    });
    const again = await call('l.manager', 'POST', `/api/v1/work-lists/${list.id}/approve`);
    expect(again.json().code).toBe('list_already_approved');

    const audit = rowsOf<{ actor: string; action: string }>(
      await get().database.db.execute(
        sql`select actor, action from audit_log where entity_id = ${list.id} order by id`,
      ),
    );
    expect(audit.map((a) => [a.actor, a.action])).toEqual([
      ['l.mkt', 'work_list.create'],
      ['l.sup', 'work_list.approve'],
    ]);
  });

  it('a phone list is dealt to the agents of its purpose only once approved, with who and when', async () => {
    const created = (
      await call('l.sup', 'POST', '/api/v1/work-lists/from-filter', { ...riyadhSms, channel: 'phone', name: 'اتصال' })
    ).json() as List;
    const early = await call('l.sup', 'POST', `/api/v1/worklists/${created.id}/distribute`, {});
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('list_not_approved');
    await call('l.manager', 'POST', `/api/v1/work-lists/${created.id}/approve`);
    const dealt = await call('l.sup', 'POST', `/api/v1/worklists/${created.id}/distribute`, {});
    expect(dealt.statusCode).toBe(200);
    const list = (await call('l.sup', 'GET', `/api/v1/work-lists/${created.id}`)).json() as List;
    expect(list).toMatchObject({ status: 'distributed', items: 2, assigned: 2 });
    expect(list.steps.approved!.by).toBe('l.manager');
    expect(list.steps.distributed!.by).toBe('l.sup');
    const mine = (await call('l.sales', 'GET', `/api/v1/my/items?date=${today}`)).json().items;
    expect(mine.map((i: { customer_no: string }) => i.customer_no).sort()).toEqual(['M1', 'M4']);
    expect((await call('l.collector', 'GET', `/api/v1/my/items?date=${today}`)).json().items).toEqual([]);
  });

  it('a target file: customer numbers and new prospects, reported row by row; the rejected rows download', async () => {
    const file = [
      'رقم العميل,الاسم,الجوال,المدينة',
      'M1,,,',
      'NOPE-1,,,',
      ',ريم الشهري,0559000001,الدمام',
      ',بلا رقم,,',
      'M1,,,',
      'M4,,,',
      ',رقم خطأ,12,',
    ].join('\n');
    const started = await upload(
      'l.mkt',
      { name: 'مستهدفو الحملة', purpose: 'marketing', channel: 'sms', business_date: today },
      'targets.csv',
      file,
    );
    expect(started.statusCode).toBe(202);
    const list = await waitForImport(started.json().id);
    expect(list).toMatchObject({ status: 'draft', source: 'import', items: 2 });
    expect(list.import).toMatchObject({ status: 'done_with_rejections', rows: 7, added: 2, rejected: 5 });

    const report = await call('l.mkt', 'GET', `/api/v1/work-lists/${list.id}/rejections?format=csv`);
    expect(report.statusCode).toBe(200);
    for (const reason of ['unknown_customer', 'name_or_number', 'duplicate_in_file', 'sms_opt_out', 'bad_phone'])
      expect(report.body).toContain(reason);
    expect(report.body).toContain('لا يوجد عميل بهذا الرقم');
    const xlsx = await call('l.mkt', 'GET', `/api/v1/work-lists/${list.id}/rejections?format=xlsx`);
    expect(xlsx.statusCode).toBe(200);

    const [prospect] = rowsOf<{ type: string; city: string; country: string }>(
      await get().database.db.execute(sql`select type, city, country from customers where name = 'ريم الشهري'`),
    );
    expect(prospect).toEqual({ type: 'prospect', city: 'الدمام', country: 'SA' });

    // The same file again makes another draft; the prospect is found by number, not created twice.
    const second = await waitForImport(
      (
        await upload(
          'l.mkt',
          { name: 'مرة ثانية', purpose: 'marketing', channel: 'sms', business_date: today },
          'targets.csv',
          file,
        )
      ).json().id,
    );
    expect(second.items).toBe(2);
    const prospects = rowsOf<{ n: number }>(
      await get().database.db.execute(sql`select count(*)::int as n from customers where name = 'ريم الشهري'`),
    );
    expect(prospects[0]!.n).toBe(1);

    // A draft nobody will approve is discarded with its items.
    const discarded = await call('l.mkt', 'DELETE', `/api/v1/work-lists/${second.id}`);
    expect(discarded.json()).toEqual({ id: second.id, deleted: true });
    expect((await call('l.mkt', 'GET', `/api/v1/work-lists/${second.id}`)).statusCode).toBe(404);
  });

  it('refuses a file that is not a target file, and an XLSX zip bomb, leaving no list behind', async () => {
    const before = await countLists();
    const query = { name: 'x', purpose: 'marketing', channel: 'phone', business_date: today };
    const wrong = await upload('l.mkt', query, 'wrong.csv', 'a,b\n1,2\n');
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().code).toBe('import_not_in_format');
    expect(wrong.json().message_ar).toContain('مستهدفين');
    const binary = await upload('l.mkt', query, 'x.csv', Buffer.from([0, 1, 2, 3, 0, 0, 0]));
    expect(binary.statusCode).toBe(422);
    const empty = await upload('l.mkt', query, 'empty.csv', '');
    expect(empty.statusCode).toBe(422);

    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('x').addRow(['customer_no']);
    const zip = await JSZip.loadAsync((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    zip.file('xl/sharedStrings.xml', `<sst>${'<si><t>AAAAAAAAAAAAAAAAAAAA</t></si>'.repeat(400_000)}</sst>`);
    const bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const answer = await upload('l.mkt', query, 'bomb.xlsx', bomb);
    expect(answer.statusCode).toBe(413);
    expect(answer.json()).toMatchObject({ code: 'import_too_large' });
    expect(await countLists()).toBe(before);
  });

  it('an XLSX target file is read like the customer import', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('targets');
    sheet.addRow(['customer_no']);
    sheet.addRow(['M1']);
    sheet.addRow(['M3']);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const started = await upload(
      'l.sup',
      { name: 'استبيان', purpose: 'survey', channel: 'phone', business_date: today },
      'targets.xlsx',
      buffer,
    );
    expect(started.statusCode).toBe(202);
    const list = await waitForImport(started.json().id);
    expect(list).toMatchObject({ items: 2, import: { status: 'done', rows: 2, added: 2 } });
  });

  it('roles: marketing builds and sees marketing lists only; agents and IT see none', async () => {
    const survey = await call('l.mkt', 'POST', '/api/v1/work-lists/from-filter', { ...riyadhSms, purpose: 'survey' });
    expect(survey.statusCode).toBe(403);
    const reminder = await call('l.sup', 'POST', '/api/v1/work-lists/from-filter', {
      ...riyadhSms,
      purpose: 'reminder',
    });
    expect(reminder.statusCode).toBe(422);
    const seen = (await call('l.mkt', 'GET', '/api/v1/work-lists')).json().items as Array<{ purpose: string }>;
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen.map((l) => l.purpose))).toEqual(new Set(['marketing']));
    const surveyList = (
      (await call('l.sup', 'GET', '/api/v1/work-lists')).json().items as Array<{ id: string; purpose: string }>
    ).find((l) => l.purpose === 'survey')!;
    expect((await call('l.mkt', 'GET', `/api/v1/work-lists/${surveyList.id}`)).statusCode).toBe(404);
    for (const who of ['l.sales', 'l.it']) {
      expect((await call(who, 'GET', '/api/v1/work-lists')).statusCode).toBe(403);
      expect(
        (await call(who, 'POST', '/api/v1/work-lists/preview', { purpose: 'marketing', channel: 'sms', filter: {} }))
          .statusCode,
      ).toBe(403);
    }
  });

  it('hostile input is a 4xx: NUL, a 1 MB name, SQL in a city, unknown fields', async () => {
    const nul = await call('l.sup', 'POST', '/api/v1/work-lists/from-filter', { ...riyadhSms, name: 'a\u0000b' });
    expect(nul.statusCode).toBe(400);
    const long = await call('l.sup', 'POST', '/api/v1/work-lists/from-filter', {
      ...riyadhSms,
      name: 'x'.repeat(1_000_000),
    });
    expect(long.statusCode).toBeGreaterThanOrEqual(400);
    expect(long.statusCode).toBeLessThan(500);
    const injection = await call('l.sup', 'POST', '/api/v1/work-lists/preview', {
      purpose: 'marketing',
      channel: 'sms',
      filter: { cities: ["Riyadh') or 1=1 --"] },
    });
    expect(injection.json()).toEqual({ matching: 0, reachable: 0, excluded: {} });
    const unknown = await call('l.sup', 'POST', '/api/v1/work-lists/preview', {
      purpose: 'marketing',
      channel: 'sms',
      filter: { where: '1=1' },
    });
    expect(unknown.statusCode).toBe(422);
    const badQuery = await upload(
      'l.sup',
      { name: 'a\u0000', purpose: 'marketing', channel: 'sms', business_date: today },
      't.csv',
      'customer_no\nM1\n',
    );
    expect(badQuery.statusCode).toBe(400);
    const badDate = await upload(
      'l.sup',
      { name: 'x', purpose: 'marketing', channel: 'sms', business_date: '9999-12-31' },
      't.csv',
      'customer_no\nM1\n',
    );
    expect(badDate.statusCode).toBe(422);
    // A NUL byte makes the file binary: refused whole, as the customer import does.
    const before = await countLists();
    const nulRow = await upload(
      'l.sup',
      { name: 'nul', purpose: 'marketing', channel: 'sms', business_date: today },
      't.csv',
      'customer_no\nM\u00001\n',
    );
    expect(nulRow.statusCode).toBe(422);
    expect(await countLists()).toBe(before);
  });

  it("the collections day's lists are approved by the system and keep working", async () => {
    await loadImport(get().database, 'installments', [
      'customer_no,contract_no,credit_type,installment_no,amount,currency,due_date',
      `M1,KM1,Auto,2,500,SAR,${addDays(today, 5)}`,
    ]);
    const run = await call('l.manager', 'POST', '/api/v1/collections/runs', { date: today, send: false });
    expect(run.statusCode).toBe(200);
    const lists = (await call('l.sup', 'GET', '/api/v1/work-lists?status=approved')).json().items as Array<{
      purpose: string;
      source: string;
      steps: List['steps'];
    }>;
    const reminder = lists.find((l) => l.purpose === 'reminder' && l.source === 'daily')!;
    expect(reminder.steps.approved).toMatchObject({ by: 'system:daily-run', by_name: null });
    expect(reminder.steps.created!.by).toBe('l.manager');
  });
});

import { beforeAll, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { addUser, describeEachDatabase, loginCookie } from '../../testing/db-harness.ts';
import { multipartFile } from '../../testing/multipart.ts';

const customersCsv = [
  'customer_no,name,type,category,country,city,mobile,landline,work_phone,home_phone,email,fax,key_account,sms_opt_out',
  'C100,أسامة الزهراني,current,A,SA,الرياض,0551234567,0112345678,,,,,true,false',
  'C101,فاطمة العتيبي,current,B,SA,جدة,0559876543,,,,,,false,false',
  'C102,=HYPERLINK("http://evil"),prospect,C,AE,دبي,0501234567,,,,,,false,false',
  'C103,إبراهيم,current,Z,SA,,,,,,,,,',
].join('\n');

const installmentsCsv = [
  'customer_no,contract_no,credit_type,installment_no,amount,currency,due_date',
  'C100,K100,تمويل شخصي,1,1500,SAR,2020-01-05',
  'C100,K100,تمويل شخصي,2,1500,SAR,2099-01-05',
  'C101,K101,تمويل سيارة,1,800,SAR,2020-01-05',
].join('\n');

describeEachDatabase('customers API', (get) => {
  let supervisor = '';
  let serviceAgent = '';
  let collectionsAgent = '';
  let it_ = '';
  let csrf = '';

  const waitForImport = async (id: string) => {
    for (let i = 0; i < 100; i++) {
      const r = await get().app.inject({
        method: 'GET',
        url: `/api/v1/imports/${id}`,
        headers: { cookie: supervisor },
      });
      if (r.json().status !== 'running') return r.json();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('import did not finish');
  };

  const upload = (kind: string, name: string, content: string | Buffer, headers: Record<string, string> = {}) => {
    const body = multipartFile('file', name, content);
    return get().app.inject({
      method: 'POST',
      url: `/api/v1/imports/${kind}/uploads`,
      headers: { cookie: supervisor, 'content-type': body.contentType, 'x-csrf-token': csrf, ...headers },
      payload: body.payload,
    });
  };

  beforeAll(async () => {
    const { app, database } = get();
    await addUser(database, 'c.sup', 'supervisor');
    await addUser(database, 'c.service', 'agent', { skills: ['service'] });
    await addUser(database, 'c.collect', 'agent', { skills: ['collections'] });
    await addUser(database, 'c.it', 'it');
    supervisor = await loginCookie(app, 'c.sup');
    serviceAgent = await loginCookie(app, 'c.service');
    collectionsAgent = await loginCookie(app, 'c.collect');
    it_ = await loginCookie(app, 'c.it');
    csrf = (await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: supervisor } })).json()
      .csrf_token;
  });

  it('uploads customers and installments; progress reaches the end; the rejected row is in the report', async () => {
    const response = await upload('customers', 'customers.csv', customersCsv);
    expect(response.statusCode).toBe(202);
    const run = await waitForImport(response.json().id);
    expect(run).toMatchObject({ status: 'done', inserted: 3, rejected: 1, progress: 1 });
    const report = await get().app.inject({
      method: 'GET',
      url: `/api/v1/imports/${run.id}/report`,
      headers: { cookie: supervisor },
    });
    expect(report.headers['content-type']).toContain('text/csv');
    expect(report.body).toContain('5,category,Z,bad_category');
    expect(report.body).toContain('يجب أن تكون الفئة');
    const xlsx = await get().app.inject({
      method: 'GET',
      url: `/api/v1/imports/${run.id}/report?format=xlsx`,
      headers: { cookie: supervisor },
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets[0]!.views[0]!.rightToLeft).toBe(true);
    expect(book.worksheets[0]!.getRow(2).getCell(2).value).toBe('category');
    const inst = await waitForImport((await upload('installments', 'inst.csv', installmentsCsv)).json().id);
    expect(inst).toMatchObject({ status: 'done', inserted: 3, rejected: 0 });
  });

  it('refuses an upload without its CSRF header, and a file not in the format, applying nothing', async () => {
    const noToken = await upload('customers', 'c.csv', customersCsv, { 'x-csrf-token': 'forged' });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().code).toBe('csrf_token');
    const wrong = await upload('customers', 'wrong.csv', 'a,b\n1,2\n');
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json()).toMatchObject({ code: 'import_not_in_format' });
    expect(wrong.json().message_ar).toContain('customer_no');
    const binary = await upload('payments', 'x.csv', Buffer.from([0, 1, 2, 3, 0, 0, 0]));
    expect(binary.statusCode).toBe(422);
  });

  it.each([
    ['a misspelt hamza and taa marbuta', 'اسامه', 'C100'],
    ['an alef with hamza below written plain', 'ابراهيم', null],
    ['a local phone', '0551234567', 'C100'],
    ['an international phone with spaces', '+966 55 123 4567', 'C100'],
    ['a 00 phone', '00966551234567', 'C100'],
    ['the customer number', 'c101', 'C101'],
    ['the contract number', 'K101', 'C101'],
  ])('finds a customer by %s', async (_name, q, expected) => {
    const response = await get().app.inject({
      method: 'GET',
      url: `/api/v1/customers?q=${encodeURIComponent(q)}`,
      headers: { cookie: supervisor },
    });
    expect(response.statusCode).toBe(200);
    const numbers = response.json().items.map((c: { customer_no: string }) => c.customer_no);
    if (expected) expect(numbers).toEqual([expected]);
    else expect(numbers).toEqual([]);
  });

  it('filters by category, key account, country and overdue, and sorts', async () => {
    const query = async (qs: string) =>
      (await get().app.inject({ method: 'GET', url: `/api/v1/customers?${qs}`, headers: { cookie: supervisor } }))
        .json()
        .items.map((c: { customer_no: string }) => c.customer_no);
    expect(await query('category=A')).toEqual(['C100']);
    expect(await query('key_account=true')).toEqual(['C100']);
    expect(await query('country=ae')).toEqual(['C102']);
    expect(await query('has_overdue=true')).toEqual(['C100', 'C101']);
    expect(await query('sort=customer_no&order=desc')).toEqual(['C102', 'C101', 'C100']);
    const list = await get().app.inject({
      method: 'GET',
      url: '/api/v1/customers?q=C100',
      headers: { cookie: supervisor },
    });
    expect(list.json().items[0]).toMatchObject({
      outstanding: 3000,
      overdue_installments: 1,
      mobile_masked: '05•••••567',
    });
  });

  it('shows the customer 360 with masked numbers, installments with badges, and an empty timeline', async () => {
    const response = await get().app.inject({
      method: 'GET',
      url: '/api/v1/customers/C100',
      headers: { cookie: serviceAgent },
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.customer).toMatchObject({ name: 'أسامة الزهراني', category: 'A', key_account: true });
    expect(JSON.stringify(body)).not.toContain('0551234567');
    expect(body.contact_points.find((c: { kind: string }) => c.kind === 'mobile')).toMatchObject({
      masked: '05•••••567',
      valid: true,
      wrong: false,
    });
    expect(body.contracts[0].installments.map((i: { status: string }) => i.status)).toEqual(['overdue', 'upcoming']);
    expect(body.summary).toMatchObject({ outstanding: 3000, overdue: 1500, overdue_installments: 1, currency: 'SAR' });
  });

  it('shows script and formula text in names as data', async () => {
    const body = (
      await get().app.inject({ method: 'GET', url: '/api/v1/customers/C102', headers: { cookie: supervisor } })
    ).json();
    expect(body.customer.name).toBe('=HYPERLINK("http://evil")');
  });

  it('keeps collections agents out of browsing (they see only their own work) and reveals numbers only to allowed roles, audited', async () => {
    const forbidden = await get().app.inject({
      method: 'GET',
      url: '/api/v1/customers?q=C100',
      headers: { cookie: collectionsAgent },
    });
    expect(forbidden.statusCode).toBe(403);
    const body = (
      await get().app.inject({ method: 'GET', url: '/api/v1/customers/C100', headers: { cookie: supervisor } })
    ).json();
    const mobile = body.contact_points.find((c: { kind: string }) => c.kind === 'mobile');
    const url = `/api/v1/customers/C100/contact-points/${mobile.id}/reveal`;
    expect(
      (await get().app.inject({ method: 'POST', url, headers: { cookie: serviceAgent }, payload: {} })).statusCode,
    ).toBe(403);
    const reveal = await get().app.inject({ method: 'POST', url, headers: { cookie: supervisor }, payload: {} });
    expect(reveal.json()).toMatchObject({ raw: '0551234567', e164: '+966551234567' });
    const { database } = get();
    const entries = await database.executeSql(
      `select actor from audit_log where action = 'contact_point.reveal' and entity_id = $1`,
      [mobile.id],
    );
    expect(entries.rows).toEqual([{ actor: 'c.sup' }]);
  });

  it('lets an agent flag a number wrong and IT correct it; both on the timeline', async () => {
    const { app } = get();
    const body = (
      await app.inject({ method: 'GET', url: '/api/v1/customers/C100', headers: { cookie: serviceAgent } })
    ).json();
    const landline = body.contact_points.find((c: { kind: string }) => c.kind === 'landline');
    const flagged = await app.inject({
      method: 'POST',
      url: `/api/v1/customers/C100/contact-points/${landline.id}/wrong`,
      headers: { cookie: serviceAgent },
      payload: { reason: 'رقم شخص آخر' },
    });
    expect(flagged.statusCode).toBe(200);
    expect(flagged.json().wrong).toBe(true);
    const bySupervisor = await app.inject({
      method: 'POST',
      url: `/api/v1/customers/C100/contact-points/${landline.id}/correct`,
      headers: { cookie: supervisor },
      payload: {},
    });
    expect(bySupervisor.statusCode).toBe(403);
    const corrected = await app.inject({
      method: 'POST',
      url: `/api/v1/customers/C100/contact-points/${landline.id}/correct`,
      headers: { cookie: it_ },
      payload: { raw: '0114445555' },
    });
    expect(corrected.statusCode).toBe(200);
    expect(corrected.json()).toMatchObject({ wrong: false, valid: true, masked: '01•••••555' });
    const after = (
      await app.inject({ method: 'GET', url: '/api/v1/customers/C100', headers: { cookie: supervisor } })
    ).json();
    expect(after.timeline.map((t: { kind: string }) => t.kind)).toEqual(['number_corrected', 'wrong_number']);
    expect(after.timeline[1]).toMatchObject({
      data: { contact_kind: 'landline', masked: '01•••••678', reason: 'رقم شخص آخر' },
      actor: 'c.service',
      actor_name: 'مستخدم c.service',
    });
  });

  it('edits a customer with audit, and refuses bad edits with 422', async () => {
    const { app } = get();
    const ok = await app.inject({
      method: 'PATCH',
      url: '/api/v1/customers/C101',
      headers: { cookie: supervisor },
      payload: { category: 'A', do_not_call: true },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().customer).toMatchObject({ category: 'A', do_not_call: true });
    const bad = await app.inject({
      method: 'PATCH',
      url: '/api/v1/customers/C101',
      headers: { cookie: supervisor },
      payload: { category: 'Q', country: 'XX', name: '' },
    });
    expect(bad.statusCode).toBe(422);
    expect(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['category', 'country', 'name']);
    const byAgent = await app.inject({
      method: 'PATCH',
      url: '/api/v1/customers/C101',
      headers: { cookie: serviceAgent },
      payload: { category: 'B' },
    });
    expect(byAgent.statusCode).toBe(403);
    expect(
      (await app.inject({ method: 'GET', url: '/api/v1/customers/NOPE', headers: { cookie: supervisor } })).statusCode,
    ).toBe(404);
  });

  it('exports the list to XLSX with a right-to-left sheet and no live formula (audited)', async () => {
    const { app, database } = get();
    const response = await app.inject({
      method: 'GET',
      url: '/api/v1/customers/export.xlsx',
      headers: { cookie: supervisor },
    });
    expect(response.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.views[0]!.rightToLeft).toBe(true);
    const names: unknown[] = [];
    sheet.eachRow((row, n) => n > 1 && names.push(row.getCell(2).value));
    expect(names).toContain(`'=HYPERLINK("http://evil")`);
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeUndefined()));
    const audited = await database.executeSql(
      `select count(*)::int as n from audit_log where action = 'customers.export'`,
    );
    expect(audited.rows[0]!.n).toBe(1);
    expect(
      (await app.inject({ method: 'GET', url: '/api/v1/customers/export.xlsx', headers: { cookie: serviceAgent } }))
        .statusCode,
    ).toBe(403);
  });
});

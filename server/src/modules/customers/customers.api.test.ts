import { beforeAll, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { inspectXlsx } from '../../testing/xlsx-inspect.ts';
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
      if (r.json().status !== 'running' && r.json().status !== 'queued') return r.json();
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
    expect(run).toMatchObject({ status: 'done_with_rejections', inserted: 3, rejected: 1, progress: 1, error: null });
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

  it('refuses an XLSX zip bomb with 413, a code and Arabic and English messages, and records no import', async () => {
    const before = (
      await get().app.inject({ method: 'GET', url: '/api/v1/imports', headers: { cookie: supervisor } })
    ).json().items.length;
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('x').addRow(['customer_no', 'name']);
    const zip = await JSZip.loadAsync((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    zip.file('xl/sharedStrings.xml', `<sst>${'<si><t>AAAAAAAAAAAAAAAAAAAA</t></si>'.repeat(400_000)}</sst>`);
    const bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    // Two at once, as in the issue: both refused, the server still answers.
    const answers = await Promise.all([
      upload('customers', 'bomb1.xlsx', bomb),
      upload('customers', 'bomb2.xlsx', bomb),
    ]);
    for (const answer of answers) {
      expect(answer.statusCode).toBe(413);
      expect(answer.json()).toMatchObject({
        code: 'import_too_large',
        errors: [{ field: 'file', code: 'xlsx_compression_ratio' }],
      });
      expect(answer.json().message_ar).toContain('مضغوط');
    }
    const after = (
      await get().app.inject({ method: 'GET', url: '/api/v1/imports', headers: { cookie: supervisor } })
    ).json().items.length;
    expect(after).toBe(before);
  });

  it('never shows the raw text of a failure stored before failures had codes', async () => {
    const response = await upload('customers', 'c.csv', customersCsv);
    const run = await waitForImport(response.json().id);
    await get().database.executeSql(`update imports set status = 'failed', error = $2 where id = $1`, [
      run.id,
      JSON.stringify({ message: 'The import stopped: insert into customers values (secret)', message_ar: 'x' }),
    ]);
    const shown = (
      await get().app.inject({ method: 'GET', url: `/api/v1/imports/${run.id}`, headers: { cookie: supervisor } })
    ).json();
    expect(shown.error).toMatchObject({ code: 'import_failed' });
    expect(JSON.stringify(shown)).not.toContain('insert into');
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

  it('finds compound names with or without their space, parts and beginnings of numbers; best matches first', async () => {
    const header = customersCsv.split('\n')[0]!;
    const started = await upload(
      'customers',
      'search.csv',
      [
        header,
        'AA1,أحمد محمد,current,A,SA,الرياض,0553330001,,,,,,false,false',
        'UX0001,عبد الله الشمري,current,A,SA,الرياض,0557202111,,,,,,false,false',
        'UX00017,محمد عبدالله,current,A,SA,الرياض,0553330002,,,,,,false,false',
        'UX00018,عبدالله,current,A,SA,الرياض,0553330003,,,,,,false,false',
        'UY72020,خالد الدوسري,current,A,SA,الرياض,0553330004,,,,,,false,false',
        'ZZ9,متجر UX0001,current,A,SA,الرياض,0553330005,,,,,,false,false',
      ].join('\n'),
    );
    expect(started.statusCode, started.body).toBe(202);
    await waitForImport(started.json().id);
    const found = async (q: string) =>
      (
        await get().app.inject({
          method: 'GET',
          url: `/api/v1/customers?q=${encodeURIComponent(q)}`,
          headers: { cookie: supervisor },
        })
      )
        .json()
        .items.map((c: { customer_no: string }) => c.customer_no);
    // "عبد الله" and "عبدالله" are one name; names that begin with it come first.
    expect((await found('عبد الله')).sort()).toEqual(['UX0001', 'UX00017', 'UX00018']);
    expect((await found('عبدالله')).sort()).toEqual(['UX0001', 'UX00017', 'UX00018']);
    expect((await found('عبدالله')).at(-1)).toBe('UX00017');
    // A run of digits: in a customer number or in a phone.
    expect((await found('7202')).sort()).toEqual(['UX0001', 'UY72020']);
    expect((await found('٧٢٠٢')).sort()).toEqual(['UX0001', 'UY72020']);
    // The exact number, then the numbers it begins, then a name that holds it.
    expect(await found('ux0001')).toEqual(['UX0001', 'UX00017', 'UX00018', 'ZZ9']);
    expect(await found('UX000')).toEqual(['UX0001', 'UX00017', 'UX00018', 'ZZ9']);
    // A name that begins with the text before one that only holds it (not customer-number order).
    expect(await found('محمد')).toEqual(['UX00017', 'AA1']);
    // An explicit sort still wins.
    const byNumber = await get().app.inject({
      method: 'GET',
      url: `/api/v1/customers?q=${encodeURIComponent('محمد')}&sort=customer_no`,
      headers: { cookie: supervisor },
    });
    expect(byNumber.json().items.map((c: { customer_no: string }) => c.customer_no)).toEqual(['AA1', 'UX00017']);
  });

  it('shows the customer 360 with masked numbers and installments with badges to an agent who works the customer', async () => {
    // The service agent works C100: he logged the customer's phone inquiry.
    const inquiry = await get().app.inject({
      method: 'POST',
      url: '/api/v1/inquiries',
      headers: { cookie: serviceAgent },
      payload: { channel: 'phone', customer_no: 'C100', subject: 'سؤال عن القسط' },
    });
    expect(inquiry.statusCode).toBe(201);
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

  // Customer scope (SPEC §1): agents with `service` used to list every customer and read,
  // annotate and flag any of them, while a collections agent got 403 behind her own item.
  it('lets an agent read, annotate and flag only the customers behind his or her own work', async () => {
    const { app, database } = get();
    const list = await database.executeSql(
      `insert into work_lists (purpose, channel, business_date, source, created_by)
       values ('reminder', 'phone', '2026-12-01', 'test', 'test') returning id`,
    );
    await database.executeSql(
      `insert into work_items (list_id, customer_id, amount_minor, currency, assigned_to)
       select $1::uuid, c.id, 80000, 'SAR', u.id from customers c, users u
       where c.customer_no = 'C101' and u.username = 'c.collect'`,
      [list.rows[0]!.id],
    );
    const call = (cookie: string, method: 'GET' | 'POST', url: string, payload?: object) =>
      app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
    // The collections agent: her item's customer, its promises and a note; nobody else's.
    expect((await call(collectionsAgent, 'GET', '/api/v1/customers/C101')).statusCode).toBe(200);
    expect((await call(collectionsAgent, 'GET', '/api/v1/customers/C101/promises')).statusCode).toBe(200);
    expect(
      (await call(collectionsAgent, 'POST', '/api/v1/customers/C101/notes', { text: 'وعد بالسداد' })).statusCode,
    ).toBe(201);
    expect((await call(collectionsAgent, 'GET', '/api/v1/customers/C100')).statusCode).toBe(403);
    expect((await call(collectionsAgent, 'GET', '/api/v1/customers/C100/promises')).statusCode).toBe(403);
    // The service agent works C100 (his inquiry), not C101, and browses nothing.
    expect((await call(serviceAgent, 'GET', '/api/v1/customers?q=C101')).statusCode).toBe(403);
    expect((await call(serviceAgent, 'GET', '/api/v1/customers')).statusCode).toBe(403);
    expect((await call(serviceAgent, 'GET', '/api/v1/customers/C101')).statusCode).toBe(403);
    expect((await call(serviceAgent, 'POST', '/api/v1/customers/C101/notes', { text: 'x' })).statusCode).toBe(403);
    const c101 = (await call(supervisor, 'GET', '/api/v1/customers/C101')).json();
    const mobile = c101.contact_points.find((c: { kind: string }) => c.kind === 'mobile');
    const flag = await call(serviceAgent, 'POST', `/api/v1/customers/C101/contact-points/${mobile.id}/wrong`, {});
    expect(flag.statusCode).toBe(403);
    expect((await call(serviceAgent, 'GET', '/api/v1/customers/C100')).statusCode).toBe(200);
    // Unknown numbers stay 404 for everyone.
    expect((await call(serviceAgent, 'GET', '/api/v1/customers/C999')).statusCode).toBe(404);
  });

  it('finds a caller by exact customer number or phone only, audited, telling whether the page opens', async () => {
    const { app, database } = get();
    const lookup = (q: string) =>
      app.inject({
        method: 'GET',
        url: `/api/v1/customers/lookup?q=${encodeURIComponent(q)}`,
        headers: { cookie: serviceAgent },
      });
    const byNumber = await lookup('C101');
    expect(byNumber.statusCode).toBe(200);
    expect(byNumber.json().items).toEqual([
      expect.objectContaining({
        customer_no: 'C101',
        name: 'فاطمة العتيبي',
        readable: false,
        mobile_masked: '05•••••543',
      }),
    ]);
    expect((await lookup('+966 55 123 4567')).json().items).toEqual([
      expect.objectContaining({ customer_no: 'C100', readable: true }),
    ]);
    // Not a search: no names, no partial numbers.
    expect((await lookup('فاطمة')).json().items).toEqual([]);
    expect((await lookup('0559876')).json().items).toEqual([]);
    expect((await lookup('C10')).json().items).toEqual([]);
    const audited = await database.executeSql(
      `select actor, entity_id from audit_log where action = 'customer.lookup' order by id`,
    );
    expect(audited.rows.slice(0, 2)).toEqual([
      { actor: 'c.service', entity_id: 'C101' },
      { actor: 'c.service', entity_id: 'C100' },
    ]);
    expect(audited.rows).toHaveLength(5);
  });

  it('gives claims and marketing no customer they do not work (no claims approved, no campaigns yet)', async () => {
    const { app, database } = get();
    await addUser(database, 'c.claims', 'claims');
    await addUser(database, 'c.marketing', 'marketing');
    for (const username of ['c.claims', 'c.marketing']) {
      const cookie = await loginCookie(app, username);
      for (const url of ['/api/v1/customers', '/api/v1/customers/C100', '/api/v1/customers/lookup?q=C100']) {
        expect((await app.inject({ method: 'GET', url, headers: { cookie } })).statusCode, `${username} ${url}`).toBe(
          403,
        );
      }
    }
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
    // The service agent's inquiry (he works C100) came first.
    expect(after.timeline.map((t: { kind: string }) => t.kind)).toEqual([
      'number_corrected',
      'wrong_number',
      'inquiry',
    ]);
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
    // Kept as written, as text with the quote-prefix style: no apostrophe added to the value.
    expect(names).toContain(`=HYPERLINK("http://evil")`);
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeUndefined()));
    const evil: string[] = [];
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (String(cell.value).startsWith('=')) evil.push(cell.address);
      }),
    );
    const { quotePrefixed } = await inspectXlsx(response.rawPayload);
    expect(evil.length).toBeGreaterThan(0);
    expect(quotePrefixed).toEqual(expect.arrayContaining(evil));
    const audited = await database.executeSql(
      `select count(*)::int as n from audit_log where action = 'customers.export'`,
    );
    expect(audited.rows[0]!.n).toBe(1);
    expect(
      (await app.inject({ method: 'GET', url: '/api/v1/customers/export.xlsx', headers: { cookie: serviceAgent } }))
        .statusCode,
    ).toBe(403);
  });

  it('lists every mobile in one national form, masked one way, and flags the invalid ones', async () => {
    const csv = [
      'customer_no,name,type,category,country,city,mobile,landline,work_phone,home_phone,email,fax,key_account,sms_opt_out',
      'C190,رقم دولي بلا علامة,current,B,SA,,966559876543,,,,,,false,false',
      'C191,رقم ناقص,current,B,SA,,+96650123,,,,,,false,false',
      'C192,رقم بصيغة 00,current,B,SA,,00966551112233,,,,,,false,false',
    ].join('\n');
    const run = await waitForImport((await upload('customers', 'phones.csv', csv)).json().id);
    expect(run).toMatchObject({ status: 'done', inserted: 3 });
    const list = await get().app.inject({
      method: 'GET',
      url: '/api/v1/customers?sort=customer_no',
      headers: { cookie: supervisor },
    });
    const rows = list
      .json()
      .items.filter((c: { customer_no: string }) => c.customer_no.startsWith('C19'))
      .map((c: { customer_no: string; mobile_masked: string; mobile_valid: boolean }) => [
        c.customer_no,
        c.mobile_masked,
        c.mobile_valid,
      ]);
    expect(rows).toEqual([
      ['C190', '05•••••543', true],
      ['C191', '05•123', false],
      ['C192', '05•••••233', true],
    ]);
  });

  it('the timeline shows every SMS and email sent to the customer, with its delivery status', async () => {
    const { database, app } = get();
    await database.executeSql(
      `insert into outbound_messages (channel, purpose, recipient, subject, body, idempotency_key, status, created_at)
       values ('sms', 'reminder', '+966551234567', null, 'تذكير بموعد القسط', 'tl-sms-1', 'delivered', now() - interval '1 hour'),
              ('email', 'complaint_ack', 'nobody@example.com', 'لغيره', 'لغيره', 'tl-mail-0', 'sent', now()),
              ('sms', 'reminder', '+966559876543', null, 'لعميل آخر', 'tl-sms-2', 'failed', now())`,
    );
    const view = (
      await app.inject({ method: 'GET', url: '/api/v1/customers/C100', headers: { cookie: supervisor } })
    ).json();
    const sent = view.timeline.filter((e: { ref_type: string }) => e.ref_type === 'outbound_message');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      kind: 'sms',
      summary: 'تذكير بموعد القسط',
      data: { delivery_status: 'delivered', message_purpose: 'reminder', masked: '05•••••567' },
    });
  });

  it("exports a customer's installments and payments as XLSX and CSV (audited)", async () => {
    const { app } = get();
    const xlsx = await app.inject({
      method: 'GET',
      url: '/api/v1/customers/C100/export/installments',
      headers: { cookie: supervisor },
    });
    expect(xlsx.statusCode, xlsx.body).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.views[0]?.rightToLeft).toBe(true);
    expect(sheet.getRow(1).getCell(1).value).toBe('رقم العقد');
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      'K100',
      'تمويل شخصي',
      1,
      '2020-01-05',
      1500,
      0,
      1500,
      'SAR',
      'متأخر',
    ]);
    expect(sheet.rowCount).toBe(3);
    const csv = await app.inject({
      method: 'GET',
      url: '/api/v1/customers/C100/export/payments?format=csv',
      headers: { cookie: supervisor },
    });
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.startsWith('\ufeffتاريخ السداد,المبلغ,رقم العقد,رقم القسط,المرجع')).toBe(true);
    expect(
      (
        await app.inject({
          method: 'GET',
          url: '/api/v1/customers/C100/export/secrets',
          headers: { cookie: supervisor },
        })
      ).statusCode,
    ).toBe(422);
    expect(
      (
        await app.inject({
          method: 'GET',
          url: '/api/v1/customers/NOPE/export/payments',
          headers: { cookie: supervisor },
        })
      ).statusCode,
    ).toBe(404);
    // Whoever may not read the customer may not export him.
    expect(
      (
        await app.inject({
          method: 'GET',
          url: '/api/v1/customers/C100/export/payments',
          headers: { cookie: collectionsAgent },
        })
      ).statusCode,
    ).toBe(403);
    const audits = await app.inject({
      method: 'GET',
      url: '/api/v1/audit?action=customer.account_export',
      headers: { cookie: supervisor },
    });
    expect(audits.statusCode).toBe(403); // supervisors have no audit log; the rows are there for managers
  });
});

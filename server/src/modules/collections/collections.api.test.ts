import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { addUser, describeEachDatabase, loginCookie } from '../../testing/db-harness.ts';
import { loadImport } from '../../testing/import-fixture.ts';
import { todayIn, zonedWallTimeToInstant } from '../customers/index.ts';
import { inspectXlsx } from '../../testing/xlsx-inspect.ts';
import { runScheduledDay } from './collections.jobs.ts';
import { addDays } from './domain/daily-rules.ts';

const load = loadImport;

describeEachDatabase(
  'collections API — the agent and supervisor day',
  (get) => {
    const today = todayIn('Asia/Riyadh');
    const cookies: Record<string, string> = {};
    const call = (who: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
      get().app.inject({
        method,
        url,
        headers: { cookie: cookies[who]! },
        ...(payload ? { payload } : method === 'POST' ? { payload: {} } : {}),
      });

    beforeAll(async () => {
      const { app, database } = get();
      await addUser(database, 'w.manager', 'manager');
      await addUser(database, 'w.sup', 'supervisor');
      await addUser(database, 'w.agent1', 'agent', { skills: ['collections'] });
      await addUser(database, 'w.it', 'it');
      for (const u of ['w.manager', 'w.sup', 'w.agent1', 'w.it']) cookies[u] = await loginCookie(app, u);
      await load(database, 'customers', [
        'customer_no,name,category,mobile,landline,work_phone',
        'F1,متابعة بهاتفين,A,0551111111,0112222222,',
        'F2,متابعة برقم واحد,A,,0113333333,',
        'F3,متابعة ثالثة,A,,0114444444,0125555555',
      ]);
      await load(database, 'installments', [
        'customer_no,contract_no,credit_type,installment_no,amount,currency,due_date',
        `F1,K1,شخصي,1,2000,SAR,${addDays(today, -1)}`,
        `F2,K2,شخصي,1,3500,SAR,${addDays(today, -1)}`,
        `F3,K3,شخصي,1,900,SAR,${addDays(today, -1)}`,
      ]);
    });

    it('the manager runs the day; the follow-up list lands on the agent, in tier order', async () => {
      const run = await call('w.manager', 'POST', '/api/v1/collections/runs', { date: today, send: false });
      expect(run.statusCode).toBe(200);
      expect(run.json().lists).toEqual([
        { purpose: 'followup', channel: 'phone', items: 3, installments: 3, amount: 6400 },
      ]);
      const mine = await call('w.agent1', 'GET', `/api/v1/my/items?date=${today}`);
      expect(mine.json().items.map((i: { customer_no: string; tier: number }) => [i.customer_no, i.tier])).toEqual([
        ['F2', 1],
        ['F1', 2],
        ['F3', 3],
      ]);
      expect(mine.json().items[1]).toMatchObject({
        phone_masked: '01•••••222',
        phone_position: 1,
        phones_count: 2,
        due_now: true,
      });
      const overview = await call('w.sup', 'GET', `/api/v1/worklists?date=${today}`);
      expect(overview.json().lists[0]).toMatchObject({
        purpose: 'followup',
        status: 'distributed',
        total: 3,
        by_agent: [{ agent: 'w.agent1', total: 3 }],
      });
    });

    it('the run, its rerun and the recent runs name who started them by display name (#11)', async () => {
      const again = (await call('w.manager', 'POST', '/api/v1/collections/runs', { date: today, send: false })).json();
      expect(again).toMatchObject({ agents: ['w.agent1'], agent_names: ['مستخدم w.agent1'] });
      expect(again.first_run).toMatchObject({ started_by: 'w.manager', started_by_name: 'مستخدم w.manager' });
      const runs = (await call('w.sup', 'GET', '/api/v1/collections/runs')).json().items;
      expect(runs.find((r: { date: string }) => r.date === today)).toMatchObject({
        started_by: 'w.manager',
        started_by_name: 'مستخدم w.manager',
        summary: { reruns: [{ by: 'w.manager', by_name: 'مستخدم w.manager', items: 0 }] },
      });
    });

    it('no answer moves to the next number; the last one sends the item back later; reached closes it', async () => {
      const items = (await call('w.agent1', 'GET', `/api/v1/my/items?date=${today}`)).json().items;
      const f1 = items.find((i: { customer_no: string }) => i.customer_no === 'F1');
      const first = await call('w.agent1', 'POST', `/api/v1/work-items/${f1.id}/attempts`, {
        outcome: 'no_answer',
        expected_attempts: 0,
      });
      expect(first.statusCode).toBe(201);
      expect(first.json()).toMatchObject({ status: 'pending', attempts: 1 });
      // The same click twice is refused: the item changed.
      const twice = await call('w.agent1', 'POST', `/api/v1/work-items/${f1.id}/attempts`, {
        outcome: 'no_answer',
        expected_attempts: 0,
      });
      expect(twice.statusCode).toBe(409);
      const second = await call('w.agent1', 'POST', `/api/v1/work-items/${f1.id}/attempts`, {
        outcome: 'busy',
        expected_attempts: 1,
      });
      expect(second.json().status).toBe('waiting');
      expect(Date.parse(second.json().next_attempt_at) - Date.now()).toBeGreaterThan(110 * 60_000);
      // The supervisor's "not completed, with reasons" shows the last call's outcome and when it comes back.
      const listId = (await call('w.sup', 'GET', `/api/v1/worklists?date=${today}`)).json().lists[0].id;
      const seen = (await call('w.sup', 'GET', `/api/v1/worklists/${listId}/items`))
        .json()
        .items.find((i: { customer_no: string }) => i.customer_no === 'F1');
      expect(seen).toMatchObject({
        status: 'waiting',
        outcome: null,
        last_outcome: 'busy',
        next_attempt_at: second.json().next_attempt_at,
        agent: 'w.agent1',
        agent_name: 'مستخدم w.agent1',
      });
      const reached = await call('w.agent1', 'POST', `/api/v1/work-items/${f1.id}/attempts`, {
        outcome: 'reached',
        expected_attempts: 2,
      });
      expect(reached.json().status).toBe('done');
      const closed = await call('w.agent1', 'POST', `/api/v1/work-items/${f1.id}/attempts`, {
        outcome: 'reached',
        expected_attempts: 3,
      });
      expect(closed.statusCode).toBe(409);
    });

    it('a promise to pay needs its date and amount, closes the item and shows on the customer page', async () => {
      const items = (await call('w.agent1', 'GET', `/api/v1/my/items?date=${today}`)).json().items;
      const f2 = items.find((i: { customer_no: string }) => i.customer_no === 'F2');
      const missing = await call('w.agent1', 'POST', `/api/v1/work-items/${f2.id}/attempts`, {
        outcome: 'promise_to_pay',
        expected_attempts: 0,
      });
      expect(missing.statusCode).toBe(422);
      expect(
        missing
          .json()
          .errors.map((e: { field: string }) => e.field)
          .sort(),
      ).toEqual(['promise_amount', 'promise_date']);
      const ok = await call('w.agent1', 'POST', `/api/v1/work-items/${f2.id}/attempts`, {
        outcome: 'promise_to_pay',
        expected_attempts: 0,
        promise_date: addDays(today, 3),
        promise_amount: 3500,
      });
      expect(ok.json().status).toBe('done');
      const promises = await call('w.sup', 'GET', '/api/v1/customers/F2/promises');
      expect(promises.json().items).toEqual([
        expect.objectContaining({ amount: 3500, paid: 0, status: 'open', promised_date: addDays(today, 3) }),
      ]);
      // The agent sees promises of customers behind his own items only.
      expect((await call('w.agent1', 'GET', '/api/v1/customers/F2/promises')).statusCode).toBe(200);
      expect((await call('w.agent1', 'GET', '/api/v1/customers/NOPE/promises')).statusCode).toBe(404);
    });

    it('a wrong last number sends a task to IT; IT corrects it and the item reopens on the new number', async () => {
      const items = (await call('w.agent1', 'GET', `/api/v1/my/items?date=${today}`)).json().items;
      const f3 = items.find((i: { customer_no: string }) => i.customer_no === 'F3');
      await call('w.agent1', 'POST', `/api/v1/work-items/${f3.id}/attempts`, {
        outcome: 'wrong_number',
        expected_attempts: 0,
      });
      const last = await call('w.agent1', 'POST', `/api/v1/work-items/${f3.id}/attempts`, {
        outcome: 'wrong_number',
        expected_attempts: 1,
      });
      expect(last.json().status).toBe('waiting_correction');
      const queue = await call('w.it', 'GET', '/api/v1/data-corrections');
      const tasks = queue.json().items.filter((t: { customer_no: string }) => t.customer_no === 'F3');
      expect(tasks).toHaveLength(2);
      expect(tasks[0]).toMatchObject({
        reason: 'wrong_number',
        contract_nos: 'K3',
        created_by: 'w.agent1',
        created_by_name: 'مستخدم w.agent1',
      });
      const resolved = await call('w.it', 'POST', `/api/v1/data-corrections/${tasks[1].id}/resolve`, {
        raw: '0126667777',
      });
      expect(resolved.json()).toMatchObject({ status: 'done', reopened: true });
      const again = (await call('w.agent1', 'GET', `/api/v1/my/items?date=${today}`))
        .json()
        .items.find((i: { customer_no: string }) => i.customer_no === 'F3');
      expect(again).toMatchObject({ status: 'pending', phone_masked: '01•••••777' });
      const notIt = await call('w.sup', 'POST', `/api/v1/data-corrections/${tasks[0].id}/resolve`, {});
      expect(notIt.statusCode).toBe(403);
    });

    it('the supervisor sees the collection agents to deal a list to, and deals it to the ones chosen (P1-2 step 1)', async () => {
      const agents = await call('w.sup', 'GET', '/api/v1/collections/agents');
      expect(agents.statusCode).toBe(200);
      expect(agents.json().items).toContainEqual({ username: 'w.agent1', display_name: expect.any(String) });
      const listId = (await call('w.sup', 'GET', `/api/v1/worklists?date=${today}`)).json().lists[0].id;
      const dealt = await call('w.sup', 'POST', `/api/v1/worklists/${listId}/distribute`, { agents: ['w.agent1'] });
      expect(dealt.statusCode).toBe(200);
      expect((await call('w.agent1', 'GET', '/api/v1/collections/agents')).statusCode).toBe(403);
    });

    it("refuses an outcome on another agent's item", async () => {
      const { app, database } = get();
      await addUser(database, 'w.agent2', 'agent', { skills: ['collections'] });
      const other = await loginCookie(app, 'w.agent2');
      const items = (await call('w.agent1', 'GET', `/api/v1/my/items?date=${today}`)).json().items;
      const response = await app.inject({
        method: 'POST',
        url: `/api/v1/work-items/${items[0].id}/attempts`,
        headers: { cookie: other },
        payload: { outcome: 'reached', expected_attempts: items[0].attempts },
      });
      expect(response.statusCode).toBe(403);
      expect(
        (await app.inject({ method: 'GET', url: `/api/v1/my/items?date=${today}`, headers: { cookie: other } })).json()
          .items,
      ).toEqual([]);
    });

    it('sign-off is refused while items are open, then recorded; the F 1-2 export reads right to left', async () => {
      const overview = (await call('w.sup', 'GET', `/api/v1/worklists?date=${today}`)).json();
      const listId = overview.lists[0].id;
      // The screen can say why the list cannot be signed yet: how many items are still open.
      expect(overview.lists[0].open_items).toBeGreaterThan(0);
      const early = await call('w.sup', 'POST', `/api/v1/worklists/${listId}/sign-off`);
      expect(early.statusCode).toBe(409);
      expect(early.json().message_ar).toMatch(/[\u0600-\u06ff]/);
      const items = (await call('w.agent1', 'GET', `/api/v1/my/items?date=${today}`)).json().items;
      const f3 = items.find((i: { customer_no: string }) => i.customer_no === 'F3');
      await call('w.agent1', 'POST', `/api/v1/work-items/${f3.id}/attempts`, {
        outcome: 'reached',
        expected_attempts: f3.attempts,
      });
      const back = await call('w.sup', 'POST', `/api/v1/work-items/${f3.id}/send-back`, {
        note: 'أعد التأكد من الوعد',
      });
      expect(back.json().status).toBe('pending');
      await call('w.agent1', 'POST', `/api/v1/work-items/${f3.id}/attempts`, {
        outcome: 'reached',
        expected_attempts: f3.attempts + 1,
      });
      expect((await call('w.sup', 'GET', `/api/v1/worklists?date=${today}`)).json().lists[0].open_items).toBe(0);
      const signed = await call('w.sup', 'POST', `/api/v1/worklists/${listId}/sign-off`);
      expect(signed.statusCode).toBe(200);
      const after = (await call('w.sup', 'GET', `/api/v1/worklists?date=${today}`)).json().lists[0];
      expect(after).toMatchObject({
        status: 'signed_off',
        signed_off_by: 'w.sup',
        signed_off_by_name: 'مستخدم w.sup',
        distributed_by_name: 'مستخدم w.manager',
      });
      const xlsx = await call('w.sup', 'GET', `/api/v1/worklists/${listId}/export.xlsx`);
      expect(xlsx.statusCode).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const sheet = book.worksheets[0]!;
      expect(sheet.name).toBe('F 1-2');
      expect(sheet.views[0]!.rightToLeft).toBe(true);
      expect(String(sheet.getRow(1).getCell(1).value)).toContain('كشف المتابعة');
      // Prints one page wide, landscape, the header row on every page, title and date in the page header.
      const printed = await inspectXlsx(xlsx.rawPayload);
      expect(printed.fitToPage).toBe(true);
      expect(printed.pageSetup).toMatch(/fitToWidth="1"/);
      expect(printed.pageSetup).toMatch(/fitToHeight="0"/);
      expect(printed.pageSetup).toMatch(/orientation="landscape"/);
      expect(printed.printTitles).toBe("'F 1-2'!$4:$4");
      expect(printed.header).toContain('كشف المتابعة');
      expect(printed.header).toContain(today);
      // The date is a date cell, amounts and tiers numbers, results in words, agents by name.
      expect(sheet.getRow(2).getCell(3).value).toBeInstanceOf(Date);
      const rowOf = (customerNo: string) => {
        let found: ExcelJS.Row | undefined;
        sheet.eachRow((row) => {
          if (row.getCell(2).value === customerNo) found = row;
        });
        return found!;
      };
      const f2 = rowOf('F2');
      expect(f2.getCell(5).value).toBe(3500);
      expect(f2.getCell(6).value).toBe(1);
      expect(f2.getCell(8).value).toBe('مستخدم w.agent1');
      expect(f2.getCell(9).value).toBe('وعد بالسداد');
      const kpis = await call('w.manager', 'GET', `/api/v1/collections/kpis?date=${today}`);
      expect(kpis.json()).toMatchObject({ followups: 3, followups_reached: 3, promises_made_today: 1 });
    });

    it('the retry delay and the attempts a day are settings (L3)', async () => {
      const tomorrow = addDays(today, 1);
      await load(get().database, 'customers', [
        'customer_no,name,category,landline',
        'F9,متابعة الإعدادات,A,0117778888',
      ]);
      await load(get().database, 'installments', [
        'customer_no,contract_no,credit_type,installment_no,amount,currency,due_date',
        `F9,K9,شخصي,1,1200,SAR,${today}`,
      ]);
      const saved = await call('w.manager', 'PATCH', '/api/v1/settings', {
        retry_delay_minutes: 30,
        max_attempts_per_day: 2,
      });
      expect(saved.statusCode).toBe(200);
      expect(
        (await call('w.manager', 'POST', '/api/v1/collections/runs', { date: tomorrow, send: false })).statusCode,
      ).toBe(200);
      const f9 = (await call('w.agent1', 'GET', `/api/v1/my/items?date=${tomorrow}`))
        .json()
        .items.find((i: { customer_no: string }) => i.customer_no === 'F9');
      const first = await call('w.agent1', 'POST', `/api/v1/work-items/${f9.id}/attempts`, {
        outcome: 'no_answer',
        expected_attempts: 0,
      });
      const delay = Date.parse(first.json().next_attempt_at) - Date.now();
      expect(first.json().status).toBe('waiting');
      expect(delay).toBeGreaterThan(28 * 60_000);
      expect(delay).toBeLessThan(31 * 60_000);
      const second = await call('w.agent1', 'POST', `/api/v1/work-items/${f9.id}/attempts`, {
        outcome: 'no_answer',
        expected_attempts: 1,
      });
      expect(second.json().status).toBe('unreachable');
    });

    it("the reminder SMS says the installment's due date, not the run's date", async () => {
      const { database } = get();
      const runDate = addDays(today, 5);
      const due = addDays(today, 10);
      const created = await call('w.manager', 'POST', '/api/v1/messaging/templates', {
        name: 'تذكير بالتاريخ',
        purpose: 'reminder',
        channel: 'sms',
        body: 'قسطكم {amount} يستحق {due_date}. {company}',
      });
      expect(created.statusCode, created.body).toBe(201);
      expect(
        (await call('w.manager', 'POST', `/api/v1/messaging/templates/${created.json().id}/approve`)).statusCode,
      ).toBe(200);
      await load(database, 'customers', ['customer_no,name,category,mobile', 'S1,=تذكير بالرسالة,B,0551231234']);
      await load(database, 'installments', [
        'customer_no,contract_no,credit_type,installment_no,amount,currency,due_date',
        `S1,KS1,شخصي,4,800,SAR,${due}`,
      ]);
      const run = await call('w.manager', 'POST', '/api/v1/collections/runs', { date: runDate, send: true });
      expect(run.json().sms).toMatchObject({ queued: 1, refused: 0 });
      const [message] = (
        await database.executeSql(`select body from outbound_messages where recipient = '+966551231234'`)
      ).rows;
      expect(message!.body).toBe(`قسطكم 800 يستحق ${due}. تواصل`);

      // F 1-1: one row per installment, its number a number and its due date a date cell; the
      // formula-looking name kept as written, as quote-prefixed text.
      const lists = (await call('w.sup', 'GET', `/api/v1/worklists?date=${runDate}`)).json().lists;
      const smsList = lists.find((l: { channel: string; purpose: string }) => l.channel === 'sms');
      const xlsx = await call('w.sup', 'GET', `/api/v1/worklists/${smsList.id}/export.xlsx`);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const sheet = book.worksheets[0]!;
      expect(sheet.name).toBe('F 1-1');
      const row = sheet.getRow(5);
      expect(row.getCell(2).value).toBe('S1');
      expect(row.getCell(3).value).toBe('=تذكير بالرسالة');
      expect(row.getCell(5).value).toBe(4);
      expect((row.getCell(6).value as Date).toISOString().slice(0, 10)).toBe(due);
      expect(row.getCell(7).value).toBe(800);
      const printed = await inspectXlsx(xlsx.rawPayload);
      expect(printed.quotePrefixed).toEqual(['C5']);
      expect(printed.printTitles).toBe("'F 1-1'!$4:$4");
    });

    it('an SMS list run without sending says the window is open, and a manager sends it now (audited)', async () => {
      const { database } = get();
      const runDate = addDays(today, 7);
      await load(database, 'customers', ['customer_no,name,category,mobile', 'S2,إرسال الآن,B,0551239876']);
      await load(database, 'installments', [
        'customer_no,contract_no,credit_type,installment_no,amount,currency,due_date',
        `S2,KS2,شخصي,2,900,SAR,${addDays(today, 12)}`,
      ]);
      await call('w.manager', 'POST', '/api/v1/collections/runs', { date: runDate, send: false });
      const overview = (await call('w.sup', 'GET', `/api/v1/worklists?date=${runDate}`)).json();
      expect(overview.sending_window).toEqual({ open: true, reason: null, next_open_at: null });
      const list = overview.lists.find((l: { channel: string }) => l.channel === 'sms');
      expect(list.by_agent[0].by_status).toEqual({ pending: 1 });
      expect((await call('w.sup', 'POST', `/api/v1/worklists/${list.id}/send`)).statusCode).toBe(403);
      const sent = await call('w.manager', 'POST', `/api/v1/worklists/${list.id}/send`);
      expect(sent.statusCode, sent.body).toBe(200);
      expect(sent.json()).toMatchObject({ queued: 1, refused: 0 });
      const again = await call('w.manager', 'POST', `/api/v1/worklists/${list.id}/send`);
      expect(again.json()).toMatchObject({ queued: 0 });
      const audited = await database.executeSql(
        `select count(*)::int as n from audit_log where action = 'work_list.send_now' and entity_id = $1`,
        [list.id],
      );
      expect(audited.rows[0]!.n).toBe(2);
    });

    it('the scheduled day starts at the set time, once (setting daily_run_time)', async () => {
      const day = addDays(today, 3);
      const at = (hhmm: string) => zonedWallTimeToInstant(Date.parse(`${day}T${hhmm}:00Z`), 'Asia/Riyadh');
      expect((await call('w.manager', 'PATCH', '/api/v1/settings', { daily_run_time: '07:30' })).statusCode).toBe(200);
      expect(await runScheduledDay(get().ctx, undefined, at('07:29'))).toBeNull();
      expect(await runScheduledDay(get().ctx, undefined, at('09:00'))).toBeNull();
      expect(await runScheduledDay(get().ctx, undefined, at('07:30'))).toBe(day);
      expect(await runScheduledDay(get().ctx, undefined, at('07:31'))).toBeNull();
      const runs = (await call('w.manager', 'GET', '/api/v1/collections/runs')).json().items;
      expect(runs.find((r: { date: string }) => r.date === day)).toMatchObject({
        status: 'completed',
        started_by: 'system:schedule',
        started_by_name: null,
      });
    });
  },
  { env: { TAWASUL_CALLING_WINDOW: '00:00-24:00', TAWASUL_WEEKEND: 'none' } },
);

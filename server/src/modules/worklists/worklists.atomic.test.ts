// A supervisor's change to a list and its audit entry are one transaction: when the audit
// insert fails, nothing of the change is left behind (no item moved back, no list reopened,
// no reassignment, no sign-off without a trace).
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { addDays } from '../../shared/calendar-date.ts';
import { addUser, describeEachDatabase, loginCookie } from '../../testing/db-harness.ts';
import { loadImport } from '../../testing/import-fixture.ts';
import { todayIn } from '../customers/index.ts';

describeEachDatabase('list changes and their audit entry are one transaction', (get) => {
  const today = todayIn('Asia/Riyadh');
  let sup = '';
  let listId = '';
  let itemId = '';

  const call = (method: 'GET' | 'POST', url: string, payload?: object) =>
    get().app.inject({ method, url, headers: { cookie: sup }, payload: payload ?? {} });
  const one = async (text: string) => (await get().database.executeSql(text)).rows[0]!;
  const sql = (text: string) => get().database.executeSql(text);

  beforeAll(async () => {
    const { app, database } = get();
    await addUser(database, 'at.sup', 'supervisor');
    await addUser(database, 'at.agent1', 'agent', { skills: ['collections'] });
    await addUser(database, 'at.agent2', 'agent', { skills: ['collections'] });
    await loadImport(database, 'customers', ['customer_no,name,category,mobile', 'AT1,عميل,A,0551111111']);
    await loadImport(database, 'installments', [
      'customer_no,contract_no,credit_type,installment_no,amount,currency,due_date',
      `AT1,KA1,شخصي,1,2000,SAR,${addDays(today, -1)}`,
    ]);
    sup = await loginCookie(app, 'at.sup');
    await addUser(database, 'at.manager', 'manager');
    const manager = await loginCookie(app, 'at.manager');
    const run = await app.inject({
      method: 'POST',
      url: '/api/v1/collections/runs',
      headers: { cookie: manager },
      payload: { date: today, send: false },
    });
    expect(run.statusCode).toBe(200);
    const list = await one(`select id from work_lists where channel = 'phone' and business_date = '${today}'`);
    listId = list.id as string;
    itemId = (await one(`select id from work_items where list_id = '${listId}'`)).id as string;
    // An audit log that refuses every entry of the actions under test.
    await sql(`create or replace function refuse_audit() returns trigger language plpgsql as $$
               begin raise exception 'audit refused for the test'; end $$`);
  });

  beforeEach(async () => {
    await sql(`drop trigger if exists refuse_audit on audit_log`);
    await sql(`update work_items set status = 'done', reason = null, outcome = 'paid' where id = '${itemId}'`);
    await sql(
      `update work_lists set status = 'completed', completed_at = now(), signed_off_at = null where id = '${listId}'`,
    );
    await sql(`create trigger refuse_audit before insert on audit_log for each row execute function refuse_audit()`);
  });

  it('send-back: the item stays done and the list stays completed', async () => {
    const response = await call('POST', `/api/v1/work-items/${itemId}/send-back`, { note: 'أعد الاتصال' });
    expect(response.statusCode).toBe(500);
    expect(await one(`select status, reason from work_items where id = '${itemId}'`)).toEqual({
      status: 'done',
      reason: null,
    });
    expect((await one(`select status from work_lists where id = '${listId}'`)).status).toBe('completed');
  });

  it('sign-off: the list is not signed off', async () => {
    const response = await call('POST', `/api/v1/worklists/${listId}/sign-off`);
    expect(response.statusCode).toBe(500);
    expect(await one(`select status, signed_off_at from work_lists where id = '${listId}'`)).toEqual({
      status: 'completed',
      signed_off_at: null,
    });
  });

  it('reassign and distribute: the items keep their agent', async () => {
    await sql(`update work_items set status = 'pending' where id = '${itemId}'`);
    const before = (await one(`select assigned_to from work_items where id = '${itemId}'`)).assigned_to;
    const target = before === null ? 'at.agent1' : 'at.agent2';
    const reassign = await call('POST', `/api/v1/worklists/${listId}/reassign`, { to: target, item_ids: [itemId] });
    expect(reassign.statusCode).toBe(500);
    const distribute = await call('POST', `/api/v1/worklists/${listId}/distribute`, { agents: [target] });
    expect(distribute.statusCode).toBe(500);
    expect((await one(`select assigned_to from work_items where id = '${itemId}'`)).assigned_to).toBe(before);
  });

  it('without the failure, send-back moves the item back, reopens the list and is audited', async () => {
    await sql(`drop trigger refuse_audit on audit_log`);
    const response = await call('POST', `/api/v1/work-items/${itemId}/send-back`, { note: 'أعد الاتصال' });
    expect(response.statusCode).toBe(200);
    expect((await one(`select status from work_items where id = '${itemId}'`)).status).toBe('pending');
    expect((await one(`select status from work_lists where id = '${listId}'`)).status).toBe('in_progress');
    const entry = await one(`select count(*)::int as n from audit_log where action = 'work_item.send_back'`);
    expect(entry.n).toBe(1);
  });
});

import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { addUser, describeEachDatabase, loginCookie } from '../../testing/db-harness.ts';
import { loadImport } from '../../testing/import-fixture.ts';
import { audit, systemActor } from './audit.service.ts';

describeEachDatabase('audit API — names, links, filters, export', (get) => {
  let manager = '';
  let agent = '';
  let agentId = '';
  const list = async (qs = '') => {
    const r = await get().app.inject({ method: 'GET', url: `/api/v1/audit?${qs}`, headers: { cookie: manager } });
    expect(r.statusCode, r.body).toBe(200);
    return r.json().items as Array<Record<string, unknown>>;
  };

  beforeAll(async () => {
    const { app, database } = get();
    await addUser(database, 'a.manager', 'manager');
    agentId = (await addUser(database, 'a.sup', 'supervisor')).id;
    manager = await loginCookie(app, 'a.manager');
    agent = await loginCookie(app, 'a.sup');
    await loadImport(database, 'customers', ['customer_no,name,country,mobile', 'AU1,نوال الحربي,SA,0551230000']);
    await get().app.inject({
      method: 'POST',
      url: '/api/v1/customers/AU1/notes',
      headers: { cookie: agent },
      payload: { text: 'اتصلت تسأل عن القسط' },
    });
    await audit(database.db, systemActor('data-correction'), 'data_correction.resolve', {
      entity: 'data_correction_task',
      id: '6f1c2a4e-0000-4000-8000-000000000001',
    });
  });

  it('names the acting person and the record, not only their ids', async () => {
    const items = await list();
    const note = items.find((e) => e.action === 'customer.note');
    expect(note).toMatchObject({
      actor: 'a.sup',
      actor_id: agentId,
      actor_name: 'مستخدم a.sup',
      entity: 'customer',
      entity_id: 'AU1',
      entity_label: 'نوال الحربي',
    });
    const login = items.find((e) => e.action === 'auth.login' && e.actor_id === agentId);
    expect(login).toMatchObject({ actor_name: 'مستخدم a.sup' });
    const system = items.find((e) => e.action === 'data_correction.resolve');
    expect(system).toMatchObject({ actor: 'system:data-correction', actor_name: null, entity_label: null });
  });

  it('filters by user, action, entity and period', async () => {
    expect((await list(`actor_id=${agentId}`)).every((e) => e.actor_id === agentId)).toBe(true);
    expect((await list(`actor_id=${agentId}`)).map((e) => e.action)).toEqual(
      expect.arrayContaining(['auth.login', 'customer.note']),
    );
    expect((await list('action=customer.note')).map((e) => e.entity_id)).toEqual(['AU1']);
    expect((await list('entity=data_correction_task')).map((e) => e.action)).toEqual(['data_correction.resolve']);
    const today = new Date().toISOString().slice(0, 10);
    expect((await list(`from=2000-01-01&to=2000-12-31`)).length).toBe(0);
    expect((await list(`from=${today}&action=customer.note`)).length).toBe(1);
    const bad = await get().app.inject({
      method: 'GET',
      url: '/api/v1/audit?from=2026-13-40',
      headers: { cookie: manager },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().code).toBeTruthy();
  });

  it('exports the filtered log as a right-to-left XLSX in Arabic, and the export is audited', async () => {
    const { app } = get();
    const r = await app.inject({
      method: 'GET',
      url: `/api/v1/audit/export.xlsx?actor_id=${agentId}`,
      headers: { cookie: manager },
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.views[0]?.rightToLeft).toBe(true);
    const rows = sheet
      .getSheetValues()
      .filter(Array.isArray)
      .map((row) => (row as unknown[]).slice(1).map(String));
    expect(rows[0]).toEqual(['الوقت', 'المنفّذ', 'الإجراء', 'الكيان', 'السجل', 'رمز الإجراء', 'عنوان IP']);
    expect(rows.some((row) => row.includes('ملاحظة على عميل') && row.includes('نوال الحربي'))).toBe(true);
    expect(rows.slice(1).every((row) => row[1] === 'مستخدم a.sup')).toBe(true);
    const exported = await list('action=audit.export');
    expect(exported[0]).toMatchObject({ actor: 'a.manager', entity: 'audit_log' });
    expect(exported[0]!.after).toMatchObject({ filter: { actorId: agentId } });
    // Agents have no audit log.
    const forbidden = await app.inject({ method: 'GET', url: '/api/v1/audit/export.xlsx', headers: { cookie: agent } });
    expect(forbidden.statusCode).toBe(403);
  });
});

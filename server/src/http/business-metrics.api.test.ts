import { expect, it } from 'vitest';
import { systemActor } from '../modules/audit/index.ts';
import { runDailyCollections } from '../modules/collections/index.ts';
import { outboundMessages } from '../modules/messaging/index.ts';
import { SettingsService } from '../modules/settings/index.ts';
import { createTicket } from '../modules/tickets/index.ts';
import { describeEachDatabase } from '../testing/db-harness.ts';
import { loadImport } from '../testing/import-fixture.ts';

describeEachDatabase('business metrics at /metrics', (get) => {
  it('shows the outbox by status and provider, SLA breaches, open work items, imports and agents', async () => {
    const { app, database } = get();
    const D = '2026-12-06';
    await loadImport(database, 'customers', [
      'customer_no,name,category,mobile,landline,work_phone,sms_opt_out',
      'M1,عميل جوال,A,0551111111,,,false',
      'M2,عميل بلا جوال,A,,0113333333,,false',
    ]);
    await loadImport(database, 'installments', [
      'customer_no,contract_no,credit_type,installment_no,amount,currency,due_date',
      'M1,K1,شخصي,1,1500,SAR,2026-12-11',
      'M2,K2,شخصي,1,4000,SAR,2026-12-05',
    ]);
    const settings = new SettingsService(database, { weekend: [], calling_window: { start: '00:00', end: '24:00' } });
    await runDailyCollections(database, settings, null, systemActor('test'), D, { send: false, today: D });
    const ticket = await createTicket(
      { database, settings, outbox: null, now: () => new Date() },
      systemActor('test'),
      null,
      {
        customer_no: 'M1',
        category: 'complaint',
        subject: 'شكوى متأخرة',
        description: '',
        fields: {},
      },
    );
    await database.executeSql(`update tickets set sla_due_at = now() - interval '1 hour' where id = $1`, [ticket.id]);
    await database.db.insert(outboundMessages).values([
      { channel: 'sms', purpose: 'reminder', recipient: '+966551111111', body: 'تذكير', idempotencyKey: 'm1' },
      {
        channel: 'sms',
        purpose: 'reminder',
        recipient: '+966551111112',
        body: 'تذكير',
        idempotencyKey: 'm2',
        status: 'failed',
      },
    ]);
    await database.executeSql(
      `insert into agent_state_changes (agent, state, at) values ('agent1', 'available', now()), ('agent2', 'break', now())`,
      [],
    );

    const body = (await app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(body).toContain('tawasul_outbox_messages{channel="sms",provider="log",status="queued",app="tawasul"} 1');
    expect(body).toContain('tawasul_outbox_messages{channel="sms",provider="log",status="failed",app="tawasul"} 1');
    expect(body).toMatch(/tawasul_tickets_sla\{group="[^"]*",sla="past",app="tawasul"\} 1/);
    expect(body).toMatch(
      /tawasul_work_items_open\{purpose="reminder",channel="sms",date="2026-12-06",app="tawasul"\} 1/,
    );
    expect(body).toContain('tawasul_import_runs{kind="customers",status="done",app="tawasul"} 1');
    expect(body).toContain('tawasul_agents{state="break",app="tawasul"} 1');

    // Within the cache's 10 s a second scrape answers the same figures without querying again.
    await database.executeSql(`delete from outbound_messages where idempotency_key = 'm1'`, []);
    const again = (await app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(again).toContain('status="queued",app="tawasul"} 1');
  });
});

import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { addUser, describeEachDatabase, loginCookie } from '../../testing/db-harness.ts';
import { loadImport } from '../../testing/import-fixture.ts';
import { addItems, findOrCreateList, setListStatus } from '../worklists/index.ts';
import { marketingDepsOf } from './campaigns.service.ts';
import { marketingFigures } from './results.service.ts';
import { sendRunningCampaigns } from './sending.service.ts';

const DAY = '2026-12-02';

describeEachDatabase('marketing API — offers, campaigns, phone/SMS/email, results, A/B', (get) => {
  const cookies: Record<string, string> = {};
  const call = (who: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
    get().app.inject({
      method,
      url,
      headers: { cookie: cookies[who]! },
      ...(payload !== undefined ? { payload: payload as object } : method === 'GET' ? {} : { payload: {} }),
    });
  const sql = async <T>(text: string, values: unknown[] = []) =>
    (await get().database.executeSql(text, values)).rows as T[];
  const idOf = async (no: string) =>
    (await sql<{ id: string }>(`select id from customers where customer_no = $1`, [no]))[0]!.id;
  let offerId = '';
  let listId = '';
  let campaignId = '';
  const templates: Record<string, string> = {};

  /** A target list built as the lists helper will: a marketing list with one item per customer. */
  const targetList = async (source: string, channel: 'phone' | 'sms', customers: string[]) => {
    const db = get().database.db;
    const list = await findOrCreateList(db, { purpose: 'marketing', channel, businessDate: DAY, source }, 'mkt');
    const items = [];
    for (const no of customers) {
      const [c] = await sql<{ id: string; e164: string | null }>(
        `select c.id, (select p.e164 from contact_points p where p.customer_id = c.id and p.e164 is not null order by p.kind limit 1) as e164
           from customers c where c.customer_no = $1`,
        [no],
      );
      items.push({
        customerId: c!.id,
        amountMinor: 0,
        currency: 'SAR',
        tier: null,
        phones: c!.e164 ? [c!.e164] : [],
        priority: 0,
        installments: [],
      });
    }
    await addItems(db, list.id, 'marketing', items);
    // Lists start as drafts (L1): the supervisor's approval is what the campaign waits for.
    await setListStatus(db, list.id, { status: 'draft', approvedBy: null, approvedAt: null });
    return list.id;
  };

  beforeAll(async () => {
    const { app, database } = get();
    for (const [name, role, skills] of [
      ['mk.mkt', 'marketing', []],
      ['mk.mgr', 'manager', []],
      ['mk.sup', 'supervisor', []],
      ['mk.it', 'it', []],
      ['mk.a1', 'agent', ['marketing']],
      ['mk.a2', 'agent', ['marketing']],
    ] as const) {
      await addUser(database, name, role, { skills: [...skills] });
      cookies[name] = await loginCookie(app, name);
    }
    const mobiles = Array.from({ length: 8 }, (_, i) => `M${i + 1},عميل ${i + 1},SA,05533300${10 + i},,`);
    await loadImport(database, 'customers', [
      'customer_no,name,country,mobile,landline,email',
      'K1,سارة القحطاني,SA,0553334444,,sara@example.com',
      'K2,خالد العتيبي,SA,,0114567890,',
      'K3,نورة الشمري,SA,,,noura@example.com',
      'K4,فهد الدوسري,SA,0553334447,,fahad@example.com',
      'K5,ريم الحربي,SA,0553334448,,reem@example.com',
      ...mobiles,
    ]);
    await sql(`update customers set do_not_call = true where customer_no = 'K4'`);
    await sql(`update customers set sms_opt_out = true where customer_no = 'K5'`);
    const tpl = async (
      key: string,
      channel: 'sms' | 'email',
      body: string,
      subject: string | null = null,
      html: string | null = null,
    ) => {
      const [row] = await sql<{ id: string }>(
        `insert into message_templates (group_id, name, purpose, channel, language, subject, body, html, max_segments, status, approved_at)
         values (gen_random_uuid(), $1, 'marketing', $2, 'ar', $3, $4, $5, 1, 'approved', now()) returning id`,
        [key, channel, subject, body, html],
      );
      templates[key] = row!.id;
    };
    await tpl('smsA', 'sms', 'عرض {offer} لك');
    await tpl('smsB', 'sms', 'لا تفوت {offer}');
    await tpl('mail', 'email', 'مرحبًا {name}، عرض {offer}', 'عرض {offer}', '<p>مرحبًا {name}</p>');
    const [draft] = await sql<{ id: string }>(
      `insert into message_templates (group_id, name, purpose, channel, language, body, status)
       values (gen_random_uuid(), 'مسودة', 'marketing', 'sms', 'ar', 'مسودة', 'draft') returning id`,
    );
    templates.draft = draft!.id;
    listId = await targetList('حملة الشتاء', 'phone', ['K1', 'K2', 'K3', 'K4', 'K5']);
  });

  describe('offers', () => {
    it('marketing creates an offer with script and FAQ; bad dates and foreign roles are refused', async () => {
      const bad = await call('mk.mkt', 'POST', '/api/v1/marketing/offers', {
        name: 'تمويل شخصي',
        valid_from: '2026-12-10',
        valid_to: '2026-12-01',
      });
      expect([bad.statusCode, bad.json().errors?.[0]?.field]).toEqual([422, 'valid_to']);
      expect(
        (
          await call('mk.agent' in cookies ? 'mk.a1' : 'mk.a1', 'POST', '/api/v1/marketing/offers', {
            name: 'x',
            valid_from: DAY,
          })
        ).statusCode,
      ).toBe(403);
      expect((await call('mk.it', 'GET', '/api/v1/marketing/offers')).statusCode).toBe(403);
      const created = await call('mk.mkt', 'POST', '/api/v1/marketing/offers', {
        name: 'تمويل <b>شخصي</b>',
        description: 'تمويل حتى 50,000 ريال',
        valid_from: '2026-01-01',
        valid_to: '2099-12-31',
        eligibility: 'عملاء الفئة أ بلا تأخير',
        script: 'السلام عليكم، معك {agent} من تواصل…',
        faq: [{ q: 'ما نسبة الربح؟', a: '٣٪ سنويًا' }],
      });
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json()).toMatchObject({ status: 'active', current: true, faq: [{ q: 'ما نسبة الربح؟' }] });
      offerId = created.json().id;
      const audited = await sql(`select 1 from audit_log where action = 'marketing.offer.create' and entity_id = $1`, [
        offerId,
      ]);
      expect(audited).toHaveLength(1);
    });

    it('agents read the active offers only; an archived one is gone for them but not for marketing', async () => {
      const old = await call('mk.mkt', 'POST', '/api/v1/marketing/offers', {
        name: 'عرض قديم',
        valid_from: '2025-01-01',
      });
      const archived = await call('mk.mgr', 'PUT', `/api/v1/marketing/offers/${old.json().id}`, { status: 'archived' });
      expect(archived.json().status).toBe('archived');
      const agentView = await call('mk.a1', 'GET', '/api/v1/marketing/offers?status=all');
      expect(agentView.json().items.map((o: { name: string }) => o.name)).not.toContain('عرض قديم');
      expect((await call('mk.a1', 'GET', `/api/v1/marketing/offers/${old.json().id}`)).statusCode).toBe(404);
      const owners = await call('mk.mkt', 'GET', '/api/v1/marketing/offers?status=all');
      expect(owners.json().items.map((o: { name: string }) => o.name)).toContain('عرض قديم');
      expect((await call('mk.a1', 'PUT', `/api/v1/marketing/offers/${offerId}`, { name: 'x' })).statusCode).toBe(403);
    });

    it('hostile input is a 4xx', async () => {
      for (const [method, url, body] of [
        ['GET', '/api/v1/marketing/offers/not-a-uuid', undefined],
        ['POST', '/api/v1/marketing/offers', { name: '', valid_from: DAY }],
        ['POST', '/api/v1/marketing/offers', { name: 'x', valid_from: '9999-99-99' }],
        ['POST', '/api/v1/marketing/offers', { name: 'x', valid_from: DAY, extra: 1 }],
        [
          'POST',
          '/api/v1/marketing/offers',
          { name: "x'; drop table marketing_offers; --", valid_from: DAY, faq: 'no' },
        ],
        [
          'POST',
          '/api/v1/marketing/campaigns',
          { name: 'x', offer_id: offerId, list_id: listId, channels: ['sms', 'sms'] },
        ],
        ['POST', '/api/v1/marketing/campaigns', { name: 'x', offer_id: offerId, list_id: listId, channels: ['fax'] }],
        [
          'POST',
          '/api/v1/marketing/campaigns',
          { name: 'x', offer_id: offerId, list_id: listId, channels: ['phone'], sms_per_minute: -1 },
        ],
      ] as const) {
        const r = await call('mk.mkt', method, url, body);
        expect(r.statusCode, `${url} ${JSON.stringify(body)}`).toBeGreaterThanOrEqual(400);
        expect(r.statusCode).toBeLessThan(500);
      }
    });
  });

  describe('a campaign on SMS, email and phone', () => {
    it('is built from the offer, the target list and approved marketing templates', async () => {
      const base = { name: 'حملة الشتاء', offer_id: offerId, list_id: listId, channels: ['sms', 'email', 'phone'] };
      const long = await call('mk.mkt', 'POST', '/api/v1/marketing/offers', {
        name: 'عرض باسم طويل جدًا لا يتسع في رسالة قصيرة واحدة',
        valid_from: DAY,
      });
      const tooLong = await call('mk.mkt', 'POST', '/api/v1/marketing/campaigns', {
        ...base,
        offer_id: long.json().id,
        sms_template_id: templates.smsA,
        email_template_id: templates.mail,
      });
      expect([tooLong.statusCode, tooLong.json().errors?.[0]?.code]).toEqual([422, 'offer_name_too_long']);
      const noTemplate = await call('mk.mkt', 'POST', '/api/v1/marketing/campaigns', base);
      expect([noTemplate.statusCode, noTemplate.json().code]).toEqual([422, 'marketing_template_required']);
      const draftTemplate = await call('mk.mkt', 'POST', '/api/v1/marketing/campaigns', {
        ...base,
        sms_template_id: templates.draft,
        email_template_id: templates.mail,
      });
      expect(draftTemplate.json().code).toBe('marketing_template_invalid');
      // Contacting a customer on every channel is the manager's decision.
      const repeats = await call('mk.mkt', 'POST', '/api/v1/marketing/campaigns', {
        ...base,
        sms_template_id: templates.smsA,
        email_template_id: templates.mail,
        allow_repeats: true,
      });
      expect(repeats.statusCode).toBe(403);
      const created = await call('mk.mkt', 'POST', '/api/v1/marketing/campaigns', {
        ...base,
        sms_template_id: templates.smsA,
        email_template_id: templates.mail,
        sms_part_price: 0.05,
      });
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json()).toMatchObject({
        status: 'draft',
        sms_part_price: 0.05,
        list: { status: 'draft', items: 5 },
      });
      campaignId = created.json().id;
      expect((await call('mk.sup', 'POST', '/api/v1/marketing/campaigns', base)).statusCode).toBe(403);
      expect((await call('mk.a1', 'GET', '/api/v1/marketing/campaigns')).statusCode).toBe(403);
    });

    it('does not start before the target list is approved', async () => {
      const r = await call('mk.mkt', 'POST', `/api/v1/marketing/campaigns/${campaignId}/launch`);
      expect([r.statusCode, r.json().code]).toEqual([409, 'marketing_list_not_approved']);
    });

    it('launched: each customer once across channels, do-not-call left out, phone items dealt to the agents', async () => {
      await setListStatus(get().database.db, listId, {
        status: 'approved',
        approvedBy: 'mk.sup',
        approvedAt: new Date(),
      });
      const r = await call('mk.mkt', 'POST', `/api/v1/marketing/campaigns/${campaignId}/launch`);
      expect(r.statusCode, r.body).toBe(200);
      // K1 → SMS; K2 (landline only) → phone; K3 → email; K5 opted out of SMS → email; K4 do-not-call.
      expect(
        r.json(),
        JSON.stringify(await sql('select channel, status, reason from marketing_campaign_contacts')),
      ).toMatchObject({ planned: 4, skipped: { do_not_call: 1 }, queued: 3, refused: 0 });
      expect(r.json().campaign).toMatchObject({ status: 'running', contacts: { queued: 3, assigned: 1 } });
      const messages = await sql<{
        channel: string;
        recipient: string;
        purpose: string;
        body: string;
        headers: Record<string, string> | null;
      }>(
        `select channel, recipient, purpose, body, headers from outbound_messages where purpose = 'marketing' order by channel, recipient`,
      );
      expect(messages.map((m) => [m.channel, m.recipient])).toEqual([
        ['email', 'noura@example.com'],
        ['email', 'reem@example.com'],
        ['sms', '+966553334444'],
      ]);
      expect(messages[2]!.body).toBe('عرض تمويل <b>شخصي</b> لك');
      expect(messages[0]!.headers?.['List-Unsubscribe']).toBeTruthy();
      const [html] = await sql<{ html: string }>(
        `select html from outbound_messages where recipient = 'noura@example.com'`,
      );
      expect(html!.html).toContain('<p>مرحبًا نورة الشمري</p>');
      const contacts = await sql<{ customer_no: string; channel: string }>(
        `select c.customer_no, k.channel from marketing_campaign_contacts k join customers c on c.id = k.customer_id order by 1, 2`,
      );
      expect(contacts.map((k) => `${k.customer_no}:${k.channel}`)).toEqual([
        'K1:sms',
        'K2:phone',
        'K3:email',
        'K5:email',
      ]);
      const [item] = await sql<{ assigned_to: string | null; username: string }>(
        `select w.assigned_to, u.username from work_items w join users u on u.id = w.assigned_to where w.list_id = $1`,
        [listId],
      );
      expect(['mk.a1', 'mk.a2']).toContain(item!.username);
    });

    it('the agent sees the offer with the item and records a sale with its amount', async () => {
      const [item] = await sql<{ id: string; username: string }>(
        `select w.id, u.username from work_items w join users u on u.id = w.assigned_to where w.list_id = $1`,
        [listId],
      );
      const other = item!.username === 'mk.a1' ? 'mk.a2' : 'mk.a1';
      const panel = await call(item!.username, 'GET', `/api/v1/marketing/work-items/${item!.id}/offer`);
      expect(panel.statusCode, panel.body).toBe(200);
      expect(panel.json().offer).toMatchObject({ id: offerId, script: expect.stringContaining('السلام عليكم') });
      expect((await call(other, 'GET', `/api/v1/marketing/work-items/${item!.id}/offer`)).statusCode).toBe(404);
      const mine = await call(item!.username, 'GET', `/api/v1/my/items?date=${DAY}`);
      expect(mine.json().items.map((i: { id: string }) => i.id)).toContain(item!.id);
      const noAmount = await call(item!.username, 'POST', `/api/v1/work-items/${item!.id}/attempts`, {
        outcome: 'sale',
        expected_attempts: 0,
      });
      expect([noAmount.statusCode, noAmount.json().errors?.[0]?.field]).toEqual([422, 'sale_amount']);
      const sale = await call(item!.username, 'POST', `/api/v1/work-items/${item!.id}/attempts`, {
        outcome: 'sale',
        expected_attempts: 0,
        sale_amount: 2500,
      });
      expect(sale.statusCode, sale.body).toBe(201);
    });

    it('a response to a message is recorded against it; a customer not messaged is refused', async () => {
      await sql(`update outbound_messages set status = 'delivered', segments = 1 where purpose = 'marketing'`);
      const notSent = await call('mk.mkt', 'POST', `/api/v1/marketing/campaigns/${campaignId}/responses`, {
        customer_no: 'K4',
        outcome: 'interested',
      });
      expect([notSent.statusCode, notSent.json().code]).toEqual([409, 'marketing_not_contacted']);
      const noAmount = await call('mk.mkt', 'POST', `/api/v1/marketing/campaigns/${campaignId}/responses`, {
        customer_no: 'K1',
        outcome: 'sale',
      });
      expect(noAmount.statusCode).toBe(422);
      const sale = await call('mk.mkt', 'POST', `/api/v1/marketing/campaigns/${campaignId}/responses`, {
        customer_no: 'K1',
        outcome: 'sale',
        amount: 1000,
      });
      expect([sale.statusCode, sale.json().channel]).toEqual([201, 'sms']);
      await call('mk.mkt', 'POST', `/api/v1/marketing/campaigns/${campaignId}/responses`, {
        customer_no: 'K3',
        outcome: 'interested',
      });
      // Noura unsubscribes through the email's link: an opt-out of this campaign.
      await sql(
        `insert into email_unsubscribes (address, message_id) select recipient, id from outbound_messages where recipient = 'noura@example.com'`,
      );
    });

    it('results per channel and agent: reached, interested, sales, amount, conversion, opt-outs, cost per sale', async () => {
      const r = await call('mk.sup', 'GET', `/api/v1/marketing/campaigns/${campaignId}/results`);
      expect(r.statusCode, r.body).toBe(200);
      const body = r.json();
      expect(body.totals).toMatchObject({
        targeted: 4,
        reached: 4,
        interested: 3,
        sales: 2,
        amount: 3500,
        opt_outs: 1,
        sms_parts: 1,
      });
      expect(body.totals.conversion).toBeCloseTo(0.5);
      expect(body.totals.cost).toBeCloseTo(0.05);
      expect(body.totals.cost_per_sale).toBeCloseTo(0.03);
      const byChannel = Object.fromEntries(
        body.by_channel.map((c: { channel: string; sales: number }) => [c.channel, c.sales]),
      );
      expect(byChannel).toEqual({ sms: 1, phone: 1, email: 0 });
      expect(body.by_agent).toHaveLength(1);
      expect(body.by_agent[0]).toMatchObject({ sales: 1, amount: 2500, conversion: 1 });
      expect(body.ab).toBeNull();
      expect((await call('mk.a1', 'GET', `/api/v1/marketing/campaigns/${campaignId}/results`)).statusCode).toBe(403);
      const kpi = await marketingFigures(get().database, '2000-01-01', '2100-01-01');
      expect(kpi.find((k) => k.campaignId === campaignId)).toMatchObject({ sales: 2, amount: 3500 });
    });

    it('exports the results as a right-to-left XLSX, audited', async () => {
      const r = await call('mk.mgr', 'GET', `/api/v1/marketing/campaigns/${campaignId}/export.xlsx`);
      expect(r.statusCode).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
      const sheet = book.getWorksheet('حسب القناة')!;
      expect(sheet.views[0]?.rightToLeft).toBe(true);
      expect(sheet.getRow(2).getCell(1).value).toBe('الإجمالي');
      expect(sheet.getRow(2).getCell(6).value).toBe(2);
      expect(await sql(`select 1 from audit_log where action = 'marketing.campaign.export'`)).toHaveLength(1);
    });

    it('pause, resume (nobody twice), end; an ended campaign does not start again', async () => {
      expect((await call('mk.mkt', 'POST', `/api/v1/marketing/campaigns/${campaignId}/pause`)).json().status).toBe(
        'paused',
      );
      const again = await call('mk.mkt', 'POST', `/api/v1/marketing/campaigns/${campaignId}/launch`);
      expect(again.json()).toMatchObject({ planned: 0, queued: 0 });
      const change = await call('mk.mkt', 'PUT', `/api/v1/marketing/campaigns/${campaignId}`, { channels: ['sms'] });
      expect([change.statusCode, change.json().code]).toEqual([409, 'marketing_campaign_state']);
      const rate = await call('mk.mkt', 'PUT', `/api/v1/marketing/campaigns/${campaignId}`, { sms_per_minute: 10 });
      expect(rate.json().sms_per_minute).toBe(10);
      expect((await call('mk.mkt', 'POST', `/api/v1/marketing/campaigns/${campaignId}/end`)).json().status).toBe(
        'ended',
      );
      const r = await call('mk.mkt', 'POST', `/api/v1/marketing/campaigns/${campaignId}/launch`);
      expect([r.statusCode, r.json().code]).toEqual([409, 'marketing_campaign_state']);
    });
  });

  describe('A/B on SMS at a rate limit', () => {
    it('splits the list by the seed, sends at most the rate a minute, and reports the winner with a significance note', async () => {
      const ab = await targetList('اختبار أ/ب', 'sms', ['M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7', 'M8']);
      await setListStatus(get().database.db, ab, { status: 'approved', approvedBy: 'mk.mgr', approvedAt: new Date() });
      const created = await call('mk.mkt', 'POST', '/api/v1/marketing/campaigns', {
        name: 'اختبار نص الرسالة',
        offer_id: offerId,
        list_id: ab,
        channels: ['sms'],
        sms_template_id: templates.smsA,
        sms_template_b_id: templates.smsB,
        ab_percent_b: 50,
        ab_seed: 7,
        sms_per_minute: 3,
      });
      expect(created.statusCode, created.body).toBe(201);
      const id = created.json().id;
      const launched = await call('mk.mkt', 'POST', `/api/v1/marketing/campaigns/${id}/launch`);
      expect(launched.json()).toMatchObject({ planned: 8, queued: 3 });
      const deps = marketingDepsOf(get().ctx);
      expect((await sendRunningCampaigns(deps)).queued).toBe(3);
      expect((await sendRunningCampaigns(deps)).queued).toBe(2);
      expect((await sendRunningCampaigns(deps)).queued).toBe(0);
      const variants = await sql<{ variant: string; n: number }>(
        `select variant, count(*)::int as n from marketing_campaign_contacts where campaign_id = $1 group by 1 order by 1`,
        [id],
      );
      expect(variants).toEqual([
        { variant: 'A', n: 4 },
        { variant: 'B', n: 4 },
      ]);
      const bodies = await sql<{ body: string; variant: string }>(
        `select m.body, k.variant from marketing_campaign_contacts k join outbound_messages m on m.id = k.message_id where k.campaign_id = $1`,
        [id],
      );
      for (const b of bodies) expect(b.body.startsWith(b.variant === 'A' ? 'عرض' : 'لا تفوت')).toBe(true);
      await sql(
        `update outbound_messages set status = 'delivered' where id in (select message_id from marketing_campaign_contacts where campaign_id = $1)`,
        [id],
      );
      const buyers = await sql<{ customer_no: string }>(
        `select c.customer_no from marketing_campaign_contacts k join customers c on c.id = k.customer_id where k.campaign_id = $1 and k.variant = 'B'`,
        [id],
      );
      for (const b of buyers.slice(0, 3)) {
        await call('mk.mkt', 'POST', `/api/v1/marketing/campaigns/${id}/responses`, {
          customer_no: b.customer_no,
          outcome: 'sale',
          amount: 100,
        });
      }
      const r = (await call('mk.mkt', 'GET', `/api/v1/marketing/campaigns/${id}/results`)).json();
      expect(r.by_variant.map((v: { variant: string; sales: number }) => [v.variant, v.sales])).toEqual([
        ['A', 0],
        ['B', 3],
      ]);
      // 0/4 against 3/4: z ≈ 2.19, p ≈ 0.028 — B wins at 75 %.
      expect(r.ab).toMatchObject({ winner: 'B', significant: true, winner_conversion: 0.75 });
      expect(r.ab.z).toBeCloseTo(2.191, 2);
      // The same seed gives the same split.
      const again = await sql<{ customer_no: string }>(
        `select c.customer_no from marketing_campaign_contacts k join customers c on c.id = k.customer_id where k.campaign_id = $1 and k.variant = 'B' order by 1`,
        [id],
      );
      expect(again.map((x) => x.customer_no).sort()).toEqual(buyers.map((x) => x.customer_no).sort());
      expect(await idOf('M1')).toBeTruthy();
    });
  });
});

import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  assertBrowserReady,
  describeInBrowser,
  firstPage,
  openBrowser,
  removeProfiles,
  screenshot,
  signIn,
} from './support/browser.ts';
import { startTestServer, type TestServer } from './support/server.ts';

// Marketing in the browser (issue 16): the marketing department writes an offer with its script
// and FAQ, builds a campaign on phone and SMS over a target list a supervisor approved, launches
// it, and reads its results; the agent who calls reads the offer before calling.

const password = 'Tihama-Coast-7741';

describeInBrowser('marketing offers and campaigns in the browser', () => {
  let server: TestServer;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    assertBrowserReady();
    server = await startTestServer({ TAWASUL_SIM_TRAFFIC: 'none' });
    await server.createUser({ username: 'mkt1', password, role: 'marketing', display_name: 'هيفاء المطيري' });
    await server.createUser({
      username: 'agent9',
      password,
      role: 'agent',
      display_name: 'ريم الدوسري',
      skills: ['marketing'],
    });
    await server.loadCustomers([
      'customer_no,name,country,mobile,landline,email',
      'T100,منى العتيبي,SA,0551239876,,',
      'T101,سعد الغامدي,SA,,0114567890,',
      'T102,أمل الزهراني,SA,0551239877,,',
    ]);
    // The target list as the lists workflow leaves it: a marketing list a supervisor approved.
    const [list] = await server.sql<{ id: string }>(
      `insert into work_lists (purpose, channel, business_date, source, status, created_by, approved_by, approved_at)
       values ('marketing', 'phone', current_date, 'عملاء الفئة أ — الشتاء', 'approved', 'mkt1', 'supervisor1', now()) returning id`,
    );
    await server.sql(
      `insert into work_items (list_id, customer_id, amount_minor, currency, phones)
       select $1::uuid, c.id, 0, 'SAR', array[(select p.e164 from contact_points p where p.customer_id = c.id and p.e164 is not null limit 1)]
         from customers c where c.customer_no in ('T100', 'T101', 'T102')`,
      [list!.id],
    );
    await server.sql(
      `insert into message_templates (group_id, name, purpose, channel, language, body, max_segments, status, approved_at)
       values (gen_random_uuid(), 'عرض الشتاء', 'marketing', 'sms', 'ar', 'عرض {offer} من {company}', 1, 'approved', now())`,
    );
    context = await openBrowser();
    page = await firstPage(context);
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    removeProfiles();
  });

  it('the marketing department writes an offer with its script and FAQ', async () => {
    await signIn(page, server.url, 'mkt1', password);
    const navPages = await page
      .locator('nav a[data-nav]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('data-nav')));
    expect(navPages).toEqual(expect.arrayContaining(['offers', 'campaigns']));
    await page.locator('[data-nav="offers"]').click();
    await page.getByTestId('offer-new').click();
    const form = page.getByTestId('offer-form');
    await form.locator('input[name="name"]').fill('تمويل شخصي');
    await form.locator('textarea[name="description"]').fill('تمويل حتى 50,000 ريال بقسط شهري يبدأ من 950 ريال');
    await form.locator('textarea[name="eligibility"]').fill('عملاء الفئة أ بلا أقساط متأخرة');
    await form.locator('textarea[name="script"]').fill('السلام عليكم، معك ريم من تواصل. لدينا عرض تمويل شخصي يناسبك…');
    await form.getByRole('button', { name: 'إضافة سؤال' }).click();
    await form.getByPlaceholder('السؤال').fill('ما هي نسبة الربح؟');
    await form.getByPlaceholder('الإجابة').fill('٣٪ سنويًا، ثابتة طوال مدة التمويل.');
    await page.getByTestId('offer-save').click();
    await form.waitFor({ state: 'detached' });
    const card = page.getByTestId('offer-card').filter({ hasText: 'تمويل شخصي' });
    await card.getByTestId('offer-script').waitFor();
    await expect(card.textContent()).resolves.toContain('ساري');
  });

  it('builds a campaign on phone and SMS over the approved list, launches it and reads the results', async () => {
    await page.locator('[data-nav="campaigns"]').click();
    await page.getByTestId('campaign-new').click();
    const form = page.getByTestId('campaign-form');
    await form.locator('input[name="name"]').fill('حملة التمويل الشخصي — ديسمبر');
    await form.getByTestId('campaign-offer').click();
    await page.getByRole('option', { name: 'تمويل شخصي', exact: true }).click();
    await form.getByTestId('campaign-list').click();
    await page.getByRole('option', { name: /عملاء الفئة أ — الشتاء/ }).click();
    // SMS first, then phone: the order each customer's channels are tried in.
    await form.locator('label', { hasText: 'الاتصال الهاتفي' }).click();
    await form.locator('label', { hasText: 'الرسائل القصيرة' }).click();
    await form.locator('label', { hasText: 'الاتصال الهاتفي' }).click();
    await form.getByTestId('campaign-sms-template').click();
    await page.getByRole('option', { name: 'عرض الشتاء', exact: true }).click();
    await page.getByTestId('campaign-create').click();
    await page.getByTestId('campaign-details').waitFor();
    await expect(page.getByTestId('campaign-status').getAttribute('data-status')).resolves.toBe('draft');

    await page.getByTestId('campaign-launch').click();
    await page.locator('[data-testid="campaign-status"][data-status="running"]').waitFor();
    const results = page.getByTestId('results');
    await results.waitFor();
    await page.getByTestId('channel-chart').waitFor();
    // Each customer once: T100 and T102 by SMS (they have mobiles), T101 (landline only) by phone.
    const rows = results.getByTestId('results-table').first().locator('tbody tr');
    await expect(rows.allTextContents()).resolves.toHaveLength(3);
    await expect(rows.nth(0).textContent()).resolves.toContain('الإجمالي');
    const [contacts] = await server.sql<{ sms: number; phone: number }>(
      `select count(*) filter (where channel = 'sms')::int as sms, count(*) filter (where channel = 'phone')::int as phone
         from marketing_campaign_contacts`,
    );
    expect(contacts).toEqual({ sms: 2, phone: 1 });
    await expect(page.getByTestId('campaign-export').getAttribute('href')).resolves.toMatch(/export\.xlsx$/);
    await screenshot(page, 'marketing-campaign-ar.png');
  });

  it('the agent reads the offer before calling', async () => {
    const agent = await openBrowser();
    try {
      const agentPage = await firstPage(agent);
      await signIn(agentPage, server.url, 'agent9', password);
      await agentPage.locator('[data-nav="offers"]').click();
      const card = agentPage.getByTestId('offer-card').filter({ hasText: 'تمويل شخصي' });
      await card.getByTestId('offer-faq').getByText('ما هي نسبة الربح؟').click();
      await card.getByText('٣٪ سنويًا، ثابتة طوال مدة التمويل.').waitFor();
      await expect(agentPage.getByTestId('offer-new').count()).resolves.toBe(0);
      await screenshot(agentPage, 'marketing-offers-agent-ar.png');
    } finally {
      await agent.close();
    }
  });
});

import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  assertBrowserReady,
  describeInBrowser,
  firstPage,
  htmlAttributes,
  openBrowser,
  removeProfiles,
  screenshot,
  signIn,
} from './support/browser.ts';
import { startTestServer, type TestServer } from './support/server.ts';

// The work lists page (قوائم العمل, SPEC L1) in the browser: the marketing department uploads a
// target file (progress, row report, rejected rows) and builds a list from a filter with its live
// count; the supervisor approves one and deals a phone list to the marketing agents.

const password = 'Wadi-Hanifa-2871';

const targetsCsv = [
  'رقم العميل,الاسم,الجوال,المدينة',
  'W301,,,',
  'W999,,,',
  ',ريم الشهري,0559000001,الدمام',
  ',بلا رقم,,',
].join('\n');

describeInBrowser('the work lists page in the browser', () => {
  let server: TestServer;
  let marketing: BrowserContext;
  let supervisor: BrowserContext;
  let marketingPage: Page;
  let supervisorPage: Page;

  beforeAll(async () => {
    assertBrowserReady();
    server = await startTestServer();
    await server.createUser({ username: 'mkt1', password, role: 'marketing', display_name: 'لمى التسويق' });
    await server.createUser({ username: 'supervisor1', password, role: 'supervisor', display_name: 'خالد المشرف' });
    await server.createUser({
      username: 'seller1',
      password,
      role: 'agent',
      display_name: 'نايف المسوّق',
      skills: ['marketing'],
    });
    await server.loadCustomers([
      'customer_no,name,category,city,mobile,landline',
      'W301,سعد القحطاني,A,الرياض,0551234567,',
      'W302,نورة الشمري,B,الرياض,,0114567890',
      'W303,عبدالله الحربي,A,جدة,0559876543,',
    ]);
    marketing = await openBrowser();
    supervisor = await openBrowser();
    marketingPage = await firstPage(marketing);
    supervisorPage = await firstPage(supervisor);
  });

  afterAll(async () => {
    await marketing?.close();
    await supervisor?.close();
    await server?.close();
    removeProfiles();
  });

  const row = (page: Page, name: string) => page.locator(`[data-testid="work-lists"] tr[data-name="${name}"]`);

  it('(a) marketing uploads a target file: progress, the row report, the rejected rows to download', async () => {
    const page = marketingPage;
    await signIn(page, server.url, 'mkt1', password);
    expect(await htmlAttributes(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    await page.locator('[data-nav="workLists"]').click();
    await page.getByRole('heading', { name: 'قوائم العمل', exact: true }).waitFor();
    await page.getByTestId('new-list-toggle').click();
    await page.getByTestId('list-name').fill('مستهدفو عرض السيارات');
    await page.getByTestId('new-list').getByText('رسائل قصيرة', { exact: true }).click();
    await page
      .getByTestId('new-list')
      .locator('input[type="file"]')
      .setInputFiles({
        name: 'targets.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(targetsCsv),
      });
    const answered = page.waitForResponse(
      (r) => r.url().includes('/api/v1/work-lists/from-file') && r.request().method() === 'POST',
    );
    await page.getByTestId('targets-upload').click();
    expect((await answered).status()).toBe(202);
    const report = page
      .getByTestId('new-list')
      .locator('[data-testid="target-import"][data-status="done_with_rejections"]');
    await report.waitFor();
    await expect(report.locator('[data-count="added"]').textContent()).resolves.toContain('2');
    await expect(report.locator('[data-count="rejected"]').textContent()).resolves.toContain('2');
    const download = report.locator('a[data-report="csv"]');
    await expect(download.getAttribute('href')).resolves.toMatch(
      /\/api\/v1\/work-lists\/[\w-]+\/rejections\?format=csv$/,
    );
    const body = await page.evaluate(async (href) => (await fetch(href!)).text(), await download.getAttribute('href'));
    expect(body).toContain('لا يوجد عميل بهذا الرقم');

    // The draft is on the page, created by marketing, waiting for approval (no approve button here).
    const draft = row(page, 'مستهدفو عرض السيارات');
    await draft.waitFor();
    await expect(draft.getAttribute('data-status')).resolves.toBe('draft');
    await expect(draft.locator('[data-step="created"]').textContent()).resolves.toContain('لمى التسويق');
    await expect(draft.locator('[data-action="approve"]').count()).resolves.toBe(0);
  });

  it('(b) marketing builds a phone list from a filter, with the live count before creating it', async () => {
    const page = marketingPage;
    await page.getByTestId('list-name').fill('اتصال عملاء الرياض');
    await page.getByTestId('new-list').getByText('اتصال هاتفي', { exact: true }).click();
    await page.getByTestId('list-source').getByText('عامل تصفية', { exact: true }).click();
    const cities = page.getByTestId('filter-cities');
    await cities.fill('الرياض');
    await cities.press('Enter');
    await expect.poll(async () => page.getByTestId('preview-reachable').textContent(), { timeout: 10_000 }).toBe('2');
    await expect(page.getByTestId('preview-matching').textContent()).resolves.toBe('2');
    await screenshot(page, 'work-lists-new-filter-ar.png');
    await page.getByTestId('filter-create').click();
    const created = row(page, 'اتصال عملاء الرياض');
    await created.waitFor();
    await expect(created.getAttribute('data-status')).resolves.toBe('draft');
    await expect(created.getByTestId('list-items').textContent()).resolves.toBe('بندان');
  });

  it('(c) the supervisor approves and distributes; who and when show for each step', async () => {
    const page = supervisorPage;
    await signIn(page, server.url, 'supervisor1', password);
    await page.goto(`${server.url}/work-lists`);
    await page.getByRole('heading', { name: 'قوائم العمل', exact: true }).waitFor();
    const list = row(page, 'اتصال عملاء الرياض');
    await list.locator('[data-action="approve"]').click();
    await list.and(page.locator('[data-status="approved"]')).waitFor();
    await expect(list.locator('[data-step="approved"]').textContent()).resolves.toContain('خالد المشرف');
    await list.locator('[data-action="distribute"]').click();
    await list.and(page.locator('[data-status="distributed"]')).waitFor();
    await expect(list.locator('[data-step="distributed"]').textContent()).resolves.toContain('خالد المشرف');
    const mine = await page.evaluate(async () => (await fetch('/api/v1/work-lists')).status);
    expect(mine).toBe(200);
    await screenshot(page, 'work-lists-ar.png');
  });
});

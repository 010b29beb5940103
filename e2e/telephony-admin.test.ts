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

// Routing set-up in the browser (issue #12 items 5, 6): a manager changes a queue's wrap-up and
// hours, builds a menu "١ للاستفسارات → service، ٢ للتحصيل → collections", is told that key 2
// leads nowhere, fixes it, saves, routes 8001240000 to the menu and tries key 2.

const password = 'Wadi-Hanifa-2871';

describeInBrowser('routing set-up in the browser', () => {
  let server: TestServer;
  let context: BrowserContext;
  let page: Page;

  const pickOption = async (input: ReturnType<Page['locator']>, name: string) => {
    await input.click();
    await page.getByRole('option', { name, exact: true }).click();
  };

  beforeAll(async () => {
    assertBrowserReady();
    server = await startTestServer();
    await server.createUser({ username: 'manager1', password, role: 'manager', display_name: 'سارة المديرة' });
    context = await openBrowser();
    page = await firstPage(context);
    await signIn(page, server.url, 'manager1', password);
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    removeProfiles();
  });

  it('a manager changes the wrap-up time and hours of a queue; bad hours are refused as typed', async () => {
    await page.goto(`${server.url}/telephony/queues`);
    expect(await htmlAttributes(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    await page.locator('tr[data-code="service"] button').click();
    const form = page.getByTestId('queue-form');
    await form.locator('input[name="wrap_up_seconds"]').fill('٤٥');
    const hours = form.locator('input[name="hours"]');
    await hours.fill('8-20');
    await hours.blur();
    await form.getByText('اكتب الساعات بالشكل 08:00-20:00').waitFor();
    await hours.fill('08:00-18:00');
    await form.locator('button[type="submit"]').click();
    await form.waitFor({ state: 'detached' });
    const row = page.locator('tr[data-code="service"]');
    await row.getByTestId('hours').getByText('08:00-18:00').waitFor();
    expect(await row.getByTestId('wrap-up').textContent()).toContain('45');
    const api = await page.request.get(`${server.url}/api/v1/telephony/queues`);
    const service = (
      (await api.json()) as { items: { code: string; wrap_up_seconds: number; hours: string }[] }
    ).items.find((q) => q.code === 'service');
    expect(service).toMatchObject({ wrap_up_seconds: 45, hours: '08:00-18:00' });
    await screenshot(page, 'telephony-queues.png');
  });

  it('builds a menu, sees the key that leads nowhere on its card, fixes it and saves', async () => {
    await page.goto(`${server.url}/telephony/ivr`);
    await page.locator('input[name="new-menu-code"]').fill('main');
    await page.getByTestId('new-menu').click();
    const editor = page.getByTestId('ivr-editor');
    await editor.locator('input[name="menu-name"]').fill('القائمة الرئيسية');
    const root = editor.locator('[data-path=""]');
    await root.getByTestId('prompt-ar').first().fill('للاستفسارات اضغط ١، للتحصيل اضغط ٢');
    await editor.getByTestId('add-key').click();
    await pickOption(editor.locator('[data-path="options.1"] [data-testid="node-queue"]'), 'خدمة العملاء');
    await editor.getByTestId('add-key').click();
    // The key badges read ١ (1) and ٢ (2).
    expect(await editor.getByTestId('key-badge').allTextContents()).toEqual(['١ (1)', '٢ (2)']);
    await editor.getByTestId('save-menu').click();
    const problem = editor.locator('[data-path="options.2"] [data-testid="node-problem"]');
    await problem.getByText('لم تُختر وجهة لهذا المفتاح.').waitFor();
    expect(await editor.locator('[data-path="options.1"] [data-testid="node-problem"]').count()).toBe(0);
    await screenshot(page, 'telephony-ivr-problem.png');

    await pickOption(editor.locator('[data-path="options.2"] [data-testid="node-queue"]'), 'التحصيل');
    await editor.getByTestId('save-menu').click();
    await editor.getByText('الإصدار 1').waitFor();
    expect(await problem.count()).toBe(0);
    const saved = await page.request.get(`${server.url}/api/v1/telephony/ivr-menus/main`);
    expect(((await saved.json()) as { tree: unknown }).tree).toMatchObject({
      kind: 'menu',
      options: { '1': { kind: 'queue', queue: 'service' }, '2': { kind: 'queue', queue: 'collections' } },
    });
  });

  it('routes 8001240000 to the menu and tries key 2: the call goes to collections', async () => {
    const routes = page.getByTestId('dial-routes');
    await routes.locator('input[name="dnis"]').fill('8001240000');
    await pickOption(routes.getByTestId('route-target'), 'القائمة الرئيسية');
    await routes.getByRole('button', { name: 'توجيه' }).click();
    await routes.locator('tr[data-dnis="8001240000"]').waitFor();
    await page.locator('[data-testid="ivr-menus"] [data-code="main"]').getByText('8001240000').waitFor();

    const trial = page.getByTestId('ivr-try');
    await trial.locator('button[data-key="2"]').click();
    await trial.getByRole('button', { name: 'جرّب', exact: true }).click();
    const last = trial.locator('[data-testid="try-steps"] li[data-action="queue"]');
    await last.waitFor();
    expect(await last.textContent()).toContain('collections');
    expect(await last.textContent()).toContain('التحصيل');
    await screenshot(page, 'telephony-ivr.png');
  });
});

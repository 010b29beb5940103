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

// The supervisor's list dialer (issue #13 parts 5 and 7) in the browser: on the day's phone list,
// the manager starts dialing progressively, sees it running with its live figures in Arabic,
// changes the mode to predictive, and stops it.

const password = 'Najd-Plateau-5523';

function riyadhDate(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Riyadh' }).format(new Date(Date.now() + days * 86_400_000));
}

describeInBrowser('the list dialer panel on a phone work list', () => {
  let server: TestServer;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    assertBrowserReady();
    server = await startTestServer({ TAWASUL_SIM_TRAFFIC: 'none' });
    await server.createUser({ username: 'mgr.live', password, role: 'manager', display_name: 'مدير' });
    await server.createUser({
      username: 'agent.live',
      password,
      role: 'agent',
      display_name: 'موظف التحصيل',
      skills: ['collections'],
    });
    await server.loadCustomers([
      'customer_no,name,category,mobile,landline',
      'L100,عميل الحملة,A,0551110000,0114440000',
    ]);
    await server.loadImport('installments', [
      'customer_no,contract_no,credit_type,installment_no,amount,currency,due_date',
      `L100,KL100,شخصي,1,4000,SAR,${riyadhDate(-1)}`,
    ]);
    context = await openBrowser();
    page = await firstPage(context);
    await signIn(page, server.url, 'mgr.live', password);
    const run = await page.evaluate(async (date) => {
      const r = await fetch('/api/v1/collections/runs', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ date, send: false }),
      });
      return r.status;
    }, riyadhDate(0));
    expect(run).toBe(200);
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    removeProfiles();
  });

  it('start, watch, change the mode, stop', async () => {
    await page.locator('[data-nav="worklists"]').click();
    const card = page.locator('[data-testid="worklist"][data-channel="phone"]');
    await card.first().waitFor();
    const panel = card.first().getByTestId('dialer-panel');
    await panel.waitFor();
    await expect(panel.getAttribute('data-running')).resolves.toBe('no');
    await expect(panel.getByTestId('dialer-state').textContent()).resolves.toBe('متوقف');

    await panel.getByText('تتابعي', { exact: true }).click();
    const started = page.waitForResponse(
      (r) => r.url().includes('/api/v1/dialer/lists/') && r.url().endsWith('/start'),
    );
    await panel.locator('[data-action="dialer-start"]').click();
    const response = await started;
    expect(response.status()).toBe(200);
    expect(response.request().postDataJSON()).toEqual({ mode: 'progressive' });
    await page.locator('[data-testid="dialer-panel"][data-running="yes"]').waitFor();
    await expect(panel.getByTestId('dialer-state').textContent()).resolves.toBe('يعمل · تتابعي');
    await panel.locator('[data-figure="abandonRate"]').waitFor();
    await expect(panel.locator('[data-figure="abandonRate"]').textContent()).resolves.toContain('0.0%');
    await expect(panel.locator('[data-figure="dialLevel"]').textContent()).resolves.toContain('مستوى الاتصال');
    await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
    await screenshot(page, 'dialer-running.png');

    await panel.getByText('تنبؤي', { exact: true }).click();
    await panel.locator('[data-action="dialer-start"]').click();
    await page.getByText('يعمل · تنبؤي', { exact: true }).waitFor();

    const stopped = page.waitForResponse((r) => r.url().endsWith('/stop'));
    await panel.locator('[data-action="dialer-stop"]').click();
    expect((await stopped).request().postDataJSON()).toEqual({});
    await page.locator('[data-testid="dialer-panel"][data-running="no"]').waitFor();
  });
});

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

// Click-to-call from "قائمتي اليوم" (issue #13, A6) in the browser: the call button places a real
// call on the simulated switch for the agent, who sees only the masked number; the call's status
// follows it (ringing, connected, ended) and the outcome form, there from the click, is filled in
// with the result as it comes (reached once connected, no answer / busy at the end).

const password = 'Najd-Plateau-5523';

function riyadhDate(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Riyadh' }).format(new Date(Date.now() + days * 86_400_000));
}

const expected: Record<string, string> = {
  busy: 'busy',
  no_answer: 'no_answer',
  machine: 'no_answer',
  failed: 'no_answer',
  abandoned: 'no_answer',
};

describeInBrowser('click-to-call from my list, the outcome form following the call', () => {
  let server: TestServer;
  let context: BrowserContext;
  let agent: Page;

  beforeAll(async () => {
    assertBrowserReady();
    server = await startTestServer({ TAWASUL_SIM_TRAFFIC: 'none' });
    await server.createUser({ username: 'mgr.dial', password, role: 'manager', display_name: 'مدير' });
    await server.createUser({
      username: 'agent.dial',
      password,
      role: 'agent',
      display_name: 'سامي موظف التحصيل',
      skills: ['collections'],
    });
    await server.loadCustomers([
      'customer_no,name,category,mobile,landline',
      'C100,عميل المتابعة الأول,A,0551110000,0114440000',
      'C101,عميل المتابعة الثاني,A,0551110001,0114440001',
    ]);
    await server.loadImport('installments', [
      'customer_no,contract_no,credit_type,installment_no,amount,currency,due_date',
      `C100,KC100,شخصي,1,4000,SAR,${riyadhDate(-1)}`,
      `C101,KC101,شخصي,1,1500,SAR,${riyadhDate(-1)}`,
    ]);
    context = await openBrowser();
    agent = await firstPage(context);
    // The manager's run of the day deals the follow-up list to the collection agent.
    await signIn(agent, server.url, 'mgr.dial', password);
    const run = await agent.evaluate(async (date) => {
      const r = await fetch('/api/v1/collections/runs', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ date, send: false }),
      });
      return r.status;
    }, riyadhDate(0));
    expect(run).toBe(200);
    await context.clearCookies();
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    removeProfiles();
  });

  it('the call button dials the item through the seat; the number stays masked; the form follows the call', async () => {
    await signIn(agent, server.url, 'agent.dial', password);
    await agent.locator('[data-nav="myList"]').click();
    await agent.getByRole('heading', { name: 'قائمتي اليوم', exact: true }).waitFor();
    const item = agent.getByTestId('my-item');
    await item.nth(1).waitFor();
    const first = item.first();
    await expect(first.getAttribute('data-customer')).resolves.toBe('C100');
    const dialled = agent.waitForResponse(
      (r) => r.url().endsWith('/api/v1/telephony/seat/dial') && r.request().method() === 'POST',
    );
    await first.locator('[data-action="call"]').click();
    const response = await dialled;
    expect(response.status()).toBe(200);
    // The browser names the item, never a number; the answer's number is masked.
    expect(Object.keys(response.request().postDataJSON() as object)).toEqual(['work_item_id']);
    const dial = (await response.json()) as { number: string; status: string };
    expect(dial.number).toBe('01•••••000');

    const status = agent.getByTestId('call-status');
    await status.waitFor();
    await expect(status.textContent()).resolves.toContain('01•••••000');
    // The seat is on the call meanwhile.
    await agent.locator('[data-testid="seat-state"][data-state="on_call"]').waitFor();
    await screenshot(agent, 'click-to-call-ringing.png');

    await agent
      .locator('[data-testid="call-status"][data-status="connected"], [data-testid="call-status"][data-status="ended"]')
      .waitFor({ timeout: 60_000 });
    const form = agent.getByTestId('outcome-form');
    await form.waitFor();
    if ((await status.getAttribute('data-status')) === 'connected') {
      await expect(form.getAttribute('data-outcome')).resolves.toBe('reached');
      await screenshot(agent, 'click-to-call-connected.png');
      await agent.getByTestId('call-hangup').click();
      await agent.locator('[data-testid="call-status"][data-status="ended"]').waitFor({ timeout: 10_000 });
      await expect(status.getAttribute('data-cause')).resolves.toBe('normal');
      await expect(form.getAttribute('data-outcome')).resolves.toBe('reached');
    } else {
      const cause = (await status.getAttribute('data-cause')) ?? '';
      await expect(form.getAttribute('data-outcome')).resolves.toBe(expected[cause]);
    }
    const outcome = (await form.getAttribute('data-outcome')) ?? '';
    await expect(form.locator(`[data-outcome="${outcome}"]`).getAttribute('aria-checked')).resolves.toBe('true');
    await screenshot(agent, 'click-to-call-outcome.png');

    const recorded = agent.waitForResponse((r) => r.url().includes('/attempts') && r.request().method() === 'POST');
    await agent.getByTestId('save-outcome').click();
    expect((await recorded).request().postDataJSON()).toMatchObject({ outcome });
    await form.waitFor({ state: 'detached' });
  });
});

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

// المتابعات المصعّدة (issue #13, A5) in the browser: an agent on a call escalates it from the seat
// with the follow-up time he promised (a minute from now) and a note; the supervisor sees it due on
// his list, then overdue when the minute passes — the row turns red and the header's alarm too;
// he takes it and closes it with a note; the agent sees it closed.

const password = 'Najd-Plateau-5523';
const caller = '+966551230001';
const customersCsv = [
  'customer_no,name,type,category,country,city,mobile,landline,work_phone,home_phone,email,fax,key_account,sms_opt_out',
  'T900,مؤسسة النخبة,current,A,SA,الرياض,0551230001,,,,,,true,false',
];
const note = 'يطلب العميل اتصال المشرف بشأن جدولة القسط';

/** Riyadh's wall time `minutes` from now, HH:MM (the center's zone, whatever the browser's). */
function riyadhTime(minutes: number): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Riyadh',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(Date.now() + minutes * 60_000));
}

describeInBrowser('escalations to supervisors with the promised follow-up time', () => {
  let server: TestServer;
  let agentContext: BrowserContext;
  let supervisorContext: BrowserContext;
  let agent: Page;
  let supervisor: Page;

  beforeAll(async () => {
    assertBrowserReady();
    server = await startTestServer({ TAWASUL_SIM_TRAFFIC: 'none' });
    await server.createUser({
      username: 'agent.esc',
      password,
      role: 'agent',
      display_name: 'ريم موظفة الهاتف',
      skills: ['service'],
    });
    await server.createUser({ username: 'sup.esc', password, role: 'supervisor', display_name: 'خالد المشرف' });
    await server.loadCustomers(customersCsv);
    agentContext = await openBrowser();
    supervisorContext = await openBrowser();
    agent = await firstPage(agentContext);
    supervisor = await firstPage(supervisorContext);
  });

  afterAll(async () => {
    await agentContext?.close();
    await supervisorContext?.close();
    await server?.close();
    removeProfiles();
  });

  it('the supervisor keeps the escalated follow-ups open: none yet, no alarm', async () => {
    await signIn(supervisor, server.url, 'sup.esc', password);
    await supervisor.locator('[data-nav="escalations"]').click();
    await supervisor.getByRole('heading', { name: 'المتابعات المصعّدة', exact: true }).waitFor();
    await supervisor.getByTestId('escalations-empty').waitFor();
    await expect(supervisor.getByTestId('escalations-badge').count()).resolves.toBe(0);
  });

  it('the agent escalates the call on his seat with the time he promised; the supervisor sees it due at once', async () => {
    await signIn(agent, server.url, 'agent.esc', password);
    await agent.getByTestId('seat-bar').waitFor();
    await agent.getByTestId('seat-state-menu').click();
    await agent.getByTestId('seat-go-available').click();
    await agent.locator('[data-testid="seat-state"][data-state="available"]').waitFor();
    await server.callIn(caller);
    await agent.locator('[data-testid="screen-pop"][data-status="ringing"]').waitFor({ timeout: 10_000 });
    await agent.keyboard.press('F2');
    await agent.locator('[data-testid="screen-pop"][data-status="on_call"]').waitFor({ timeout: 10_000 });

    // In the first half of a minute: the next minute, promised, is still 30 s or more ahead.
    while (new Date().getSeconds() > 30) await agent.waitForTimeout(1_000);
    const due = riyadhTime(1);
    await agent.getByTestId('seat-escalate').waitFor();
    await agent.keyboard.press('F6');
    const dialog = agent.getByRole('dialog');
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain('تصعيد إلى المشرف');
    await agent.getByTestId('escalate-time').fill(due);
    await agent.getByTestId('escalate-note').fill(note);
    await screenshot(agent, 'escalate-modal.png');
    const created = agent.waitForResponse(
      (r) => r.url().endsWith('/api/v1/escalations') && r.request().method() === 'POST',
    );
    await agent.getByTestId('escalate-submit').click();
    const response = await created;
    expect(response.status()).toBe(201);
    expect(response.request().postDataJSON()).toMatchObject({ note, call_id: expect.any(String) });
    await dialog.waitFor({ state: 'detached' });

    // The supervisor's list hears it live.
    const row = supervisor.getByTestId('escalation-row');
    await row.first().waitFor({ timeout: 10_000 });
    await expect(row.count()).resolves.toBe(1);
    await expect(row.getAttribute('data-state')).resolves.toBe('open');
    await expect(row.getByTestId('escalation-state').textContent()).resolves.toBe('مستحقة');
    await expect(row.getByTestId('escalation-note').textContent()).resolves.toBe(note);
    await expect(row.textContent()).resolves.toContain('مؤسسة النخبة');
    await expect(row.textContent()).resolves.toContain('ريم موظفة الهاتف');
    await expect(row.getByTestId('escalation-distance').textContent()).resolves.toBe('بعد 0:00');
    await supervisor.locator('[data-testid="escalations-badge"][data-overdue="0"]').waitFor({ timeout: 10_000 });
    await screenshot(supervisor, 'escalations-due.png');

    await agent.getByTestId('pop-hangup').click();
    await agent.locator('[data-testid="screen-pop"][data-status="wrap_up"]').waitFor();
  });

  it('once the promised minute passed it is overdue: the row turns red, and the alarm in the header', async () => {
    const row = supervisor.getByTestId('escalation-row');
    await supervisor.locator('[data-testid="escalation-row"][data-state="overdue"]').waitFor({ timeout: 70_000 });
    await expect(row.getByTestId('escalation-state').textContent()).resolves.toBe('متأخرة');
    await expect(row.getByTestId('escalation-distance').textContent()).resolves.toMatch(/^متأخرة 0:0\d$/);
    // The header's alarm turns red as it falls due (its summary says when the next one does).
    await supervisor.locator('[data-testid="escalations-badge"][data-overdue="1"]').waitFor({ timeout: 10_000 });
    await screenshot(supervisor, 'escalations-overdue.png');
  });

  it('he takes it and closes it with a note; the agent sees it closed', async () => {
    const row = supervisor.getByTestId('escalation-row');
    await row.getByTestId('escalation-take').click();
    await expect.poll(() => row.textContent(), { timeout: 5_000 }).toContain('sup.esc');
    await row.getByTestId('escalation-close').click();
    await supervisor.getByTestId('escalation-close-note').fill('اتصلت بالعميل واتفقنا على موعد جديد');
    await supervisor.getByTestId('escalation-close-save').click();
    await supervisor.getByTestId('escalations-empty').waitFor();
    await supervisor.getByTestId('escalations-badge').waitFor({ state: 'detached', timeout: 5_000 });

    await agent.locator('[data-nav="escalations"]').click();
    await agent.getByRole('heading', { name: 'متابعاتي المصعّدة', exact: true }).waitFor();
    await agent.getByTestId('escalations-tab-done').click();
    const mine = agent.getByTestId('escalation-row');
    await mine.first().waitFor();
    await expect(mine.getAttribute('data-state')).resolves.toBe('done');
    await expect(mine.textContent()).resolves.toContain('اتصلت بالعميل واتفقنا على موعد جديد');
    await screenshot(agent, 'escalations-agent.png');
  });
});

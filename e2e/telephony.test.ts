import type { BrowserContext, Locator, Page } from 'playwright-core';
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

// The agent's telephone and the supervisor's live view in the browser (issue 12, items 7–9):
// an agent goes available, a key customer calls on the simulated switch, the screen pop shows
// him, the agent answers (F2), holds, resumes, hangs up and ends the wrap-up; the supervisor's
// live view follows each step as it happens, and forces the agent on a break.

const password = 'Najd-Plateau-5523';
const caller = '+966551230001';
const customersCsv = [
  'customer_no,name,type,category,country,city,mobile,landline,work_phone,home_phone,email,fax,key_account,sms_opt_out',
  'T900,مؤسسة النخبة,current,A,SA,الرياض,0551230001,,,,,,true,false',
];

/** The live view reloads on events; its fallback poll is 5 s, so a change seen sooner came live. */
const LIVE_MS = 4_000;

/** True when the first character of the element's text is drawn left of its last one. */
function readsLeftToRight(locator: Locator) {
  return locator.evaluate((element) => {
    const node = element.firstChild;
    if (!node || node.nodeType !== Node.TEXT_NODE) throw new Error('expected a text node');
    const text = node.textContent ?? '';
    const box = (from: number) => {
      const range = document.createRange();
      range.setStart(node, from);
      range.setEnd(node, from + 1);
      return range.getBoundingClientRect();
    };
    return box(0).left < box(text.length - 1).left;
  });
}

describeInBrowser('the telephone bar, the screen pop and the live view in the browser', () => {
  let server: TestServer;
  let agentContext: BrowserContext;
  let supervisorContext: BrowserContext;
  let agent: Page;
  let supervisor: Page;

  const seatState = (p: Page) => p.getByTestId('seat-state').getAttribute('data-state');
  const pop = () => agent.getByTestId('screen-pop');
  const waitPop = (status: string) =>
    agent.locator(`[data-testid="screen-pop"][data-status="${status}"]`).waitFor({ timeout: 10_000 });
  const liveRow = () => supervisor.getByTestId('live-agent-agent.phone');
  const waitLiveState = (state: string, timeout = LIVE_MS) =>
    supervisor.locator(`[data-testid="live-agent-agent.phone"][data-state="${state}"]`).waitFor({ timeout });

  beforeAll(async () => {
    assertBrowserReady();
    server = await startTestServer({ TAWASUL_SIM_TRAFFIC: 'none' });
    await server.createUser({
      username: 'agent.phone',
      password,
      role: 'agent',
      display_name: 'ريم موظفة الهاتف',
      skills: ['service'],
    });
    await server.createUser({ username: 'supervisor1', password, role: 'supervisor', display_name: 'خالد المشرف' });
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

  it('the agent has the telephone bar on every page, offline, and goes available', async () => {
    await signIn(agent, server.url, 'agent.phone', password);
    expect(await htmlAttributes(agent)).toEqual({ lang: 'ar', dir: 'rtl' });
    await agent.getByTestId('seat-bar').waitFor();
    expect(await seatState(agent)).toBe('offline');
    await expect(agent.getByTestId('seat-state').textContent()).resolves.toContain('غير متصل');

    await agent.getByTestId('seat-state-menu').click();
    // The break reasons come from the seat; the ones the runtime sets itself are not offered.
    await agent.getByTestId('seat-break-prayer').waitFor();
    await expect(agent.getByTestId('seat-break-prayer').textContent()).resolves.toContain('صلاة');
    await expect(agent.getByTestId('seat-break-missed_call').count()).resolves.toBe(0);
    await agent.getByTestId('seat-go-available').click();
    await agent.locator('[data-testid="seat-state"][data-state="available"]').waitFor();
    await expect(agent.getByTestId('seat-state').textContent()).resolves.toContain('متاح');
    // The time in state ticks (mm:ss, read left to right).
    const first = await agent.getByTestId('seat-state-time').textContent();
    expect(first).toMatch(/^\d\d:\d\d$/);
    await expect.poll(() => agent.getByTestId('seat-state-time').textContent(), { timeout: 4_000 }).not.toBe(first);
  });

  it('the supervisor opens the live view from the menu and sees the agent available', async () => {
    await signIn(supervisor, server.url, 'supervisor1', password);
    // A supervisor with no queue of his own gets a quiet line, not a telephone.
    await supervisor.getByTestId('seat-not-in-queue').waitFor();
    await supervisor.locator('[data-nav="telephonyLive"]').click();
    await supervisor.getByRole('heading', { name: 'المراقبة المباشرة', exact: true }).waitFor();
    await waitLiveState('available', 10_000);
    await expect(liveRow().textContent()).resolves.toContain('ريم موظفة الهاتف');
    await supervisor.getByTestId('live-no-calls').waitFor();
  });

  it('a key customer calls: the screen pop shows him within moments, the supervisor sees the ring', async () => {
    await server.callIn(caller);
    await waitPop('ringing');
    await expect(agent.getByTestId('pop-title').textContent()).resolves.toBe('مكالمة واردة');
    await expect(agent.getByTestId('pop-customer-link').textContent()).resolves.toBe('مؤسسة النخبة');
    await expect(agent.getByTestId('pop-customer-link').getAttribute('href')).resolves.toBe('/customers/T900');
    await expect(agent.getByTestId('pop-customer-no').textContent()).resolves.toBe('T900');
    await expect(agent.getByTestId('pop-key-account').textContent()).resolves.toContain('كبار العملاء');
    await expect(agent.getByTestId('pop-queue').textContent()).resolves.toBe('خدمة العملاء');
    // The agent sees the number masked, isolated left to right inside the Arabic card.
    const number = agent.getByTestId('pop-number');
    await expect(number.textContent()).resolves.toBe('05•••••001');
    expect(await readsLeftToRight(number)).toBe(true);
    // Why the call is here, from the first ring (the customer has no history yet in this test).
    const reason = agent.getByTestId('pop-reason');
    await reason.waitFor();
    await expect(reason.getAttribute('data-kind')).resolves.toBe('queue');
    await expect(reason.textContent()).resolves.toContain('اتصال وارد إلى خدمة العملاء');
    // Answer's key is on the button and in its tooltip.
    await expect(agent.getByTestId('pop-answer').textContent()).resolves.toContain('F2');
    await waitLiveState('ringing');
    await screenshot(agent, 'telephony-ringing.png');
  });

  it('F2 answers; hold and resume; the supervisor sees each state live', async () => {
    await agent.keyboard.press('F2');
    await waitPop('on_call');
    await expect(agent.getByTestId('pop-title').textContent()).resolves.toBe('مكالمة جارية');
    await waitLiveState('on_call');
    await expect(supervisor.getByTestId('live-call').getAttribute('data-status')).resolves.toBe('connected');
    // The supervisor reads the full number and the key-account mark.
    await expect(supervisor.getByTestId('live-call').textContent()).resolves.toContain(caller);
    await supervisor.getByTestId('live-call-key-account').waitFor();
    // No state is forced during a call.
    await expect(liveRow().getByTestId('live-force-menu').isDisabled()).resolves.toBe(true);
    await screenshot(agent, 'telephony-connected.png');

    await agent.getByTestId('pop-hold').click();
    // The call protocol asks the customer's consent before the hold (issue 13).
    await agent.getByTestId('protocol-hold-agree').click();
    await waitPop('hold');
    await expect(agent.getByTestId('pop-hold').textContent()).resolves.toContain('استئناف');
    await waitLiveState('hold');
    await agent.getByTestId('pop-hold').click();
    await waitPop('on_call');
    await expect(agent.getByTestId('pop-hold').textContent()).resolves.toContain('تعليق');
    await waitLiveState('on_call');
    await screenshot(supervisor, 'telephony-live-view.png');
  });

  it('hang up: wrap-up with its time counting and the caller still shown; wrap-up done → available', async () => {
    await agent.getByTestId('pop-hangup').click();
    await waitPop('wrap_up');
    await expect(agent.getByTestId('pop-title').textContent()).resolves.toBe('ما بعد المكالمة');
    await expect(agent.getByTestId('pop-customer-link').textContent()).resolves.toBe('مؤسسة النخبة');
    await waitLiveState('wrap_up');
    await supervisor.getByTestId('live-no-calls').waitFor({ timeout: LIVE_MS });
    await screenshot(agent, 'telephony-wrap-up.png');

    await agent.getByTestId('pop-wrap-up-done').click();
    await pop().waitFor({ state: 'detached' });
    await agent.locator('[data-testid="seat-state"][data-state="available"]').waitFor();
    await waitLiveState('available');
    await expect(agent.getByTestId('seat-calls-today').textContent()).resolves.toContain('1');
    await expect(
      supervisor.getByTestId('live-queue-service').getByTestId('live-queue-offered').textContent(),
    ).resolves.toBe('1');
  });

  it('an unknown caller pops as a prospect with a way to find the customer; F2, F8 and F9 take the call through', async () => {
    await server.callIn('+966501112233');
    await waitPop('ringing');
    await agent.getByTestId('pop-unknown').waitFor();
    await expect(agent.getByTestId('pop-unknown').textContent()).resolves.toContain('متصل غير معروف — عميل محتمل');
    await agent.getByTestId('pop-find-customer').waitFor();
    await expect(agent.getByTestId('pop-customer').count()).resolves.toBe(0);
    await agent.keyboard.press('F2');
    await waitPop('on_call');
    await agent.keyboard.press('F8');
    await waitPop('wrap_up');
    await agent.keyboard.press('F9');
    await pop().waitFor({ state: 'detached' });
    await agent.locator('[data-testid="seat-state"][data-state="available"]').waitFor();
  });

  it('a caller waits while the agent is at lunch; the supervisor moves him between queues; he rings when she is back', async () => {
    await agent.getByTestId('seat-state-menu').click();
    await agent.getByTestId('seat-break-lunch').click();
    await agent.locator('[data-testid="seat-state"][data-state="break"]').waitFor();
    await expect(agent.getByTestId('seat-state').textContent()).resolves.toContain('غداء');

    await server.callIn(caller);
    await supervisor.locator('[data-testid="live-call"][data-status="queued"]').waitFor({ timeout: LIVE_MS });
    const waitingIn = (queue: string) =>
      supervisor.getByTestId(`live-queue-${queue}`).getByTestId('live-queue-waiting').textContent();
    await expect(waitingIn('service')).resolves.toBe('1');
    await supervisor.getByTestId('live-move-menu').click();
    await supervisor.getByTestId('live-move-collections').click();
    await expect.poll(() => waitingIn('collections'), { timeout: LIVE_MS }).toBe('1');
    await expect(waitingIn('service')).resolves.toBe('0');
    await supervisor.getByTestId('live-move-menu').click();
    await supervisor.getByTestId('live-move-service').click();
    await expect.poll(() => waitingIn('service'), { timeout: LIVE_MS }).toBe('1');

    await agent.getByTestId('seat-state-menu').click();
    await agent.getByTestId('seat-go-available').click();
    await waitPop('ringing');
    await expect(agent.getByTestId('pop-customer-link').textContent()).resolves.toBe('مؤسسة النخبة');
    await agent.keyboard.press('F2');
    await waitPop('on_call');
    // The transfer menu names the three queues in Arabic.
    await agent.getByTestId('pop-transfer').click();
    await expect(agent.locator('[data-testid^="pop-transfer-"]').allTextContents()).resolves.toEqual([
      'خدمة العملاء',
      'التحصيل',
      'كبار العملاء',
    ]);
    await agent.keyboard.press('Escape');
    await agent.keyboard.press('F8');
    await waitPop('wrap_up');
    await agent.keyboard.press('F9');
    await agent.locator('[data-testid="seat-state"][data-state="available"]').waitFor();
  });

  it('the supervisor forces the agent on a break, after a confirmation; the agent’s bar follows', async () => {
    await liveRow().getByTestId('live-force-menu').click();
    await supervisor.getByTestId('live-force-break').click();
    await supervisor.getByTestId('live-force-dialog').waitFor();
    await supervisor.getByTestId('live-force-confirm').click();
    await waitLiveState('break');
    await agent.locator('[data-testid="seat-state"][data-state="break"]').waitFor({ timeout: LIVE_MS });
    await expect(agent.getByTestId('seat-state').textContent()).resolves.toContain('بأمر المشرف');
  });

  it('in English the live view reads left to right, with the same states and times', async () => {
    await supervisor.getByTestId('language-switch').click();
    await supervisor.getByRole('heading', { name: 'Live view', exact: true }).waitFor();
    expect(await htmlAttributes(supervisor)).toEqual({ lang: 'en', dir: 'ltr' });
    await expect(liveRow().getByTestId('live-agent-state').textContent()).resolves.toMatch(
      /^Break · By a supervisor\d\d:\d\d$/,
    );
    await expect(
      supervisor.getByTestId('live-queue-service').getByTestId('live-queue-sl').textContent(),
    ).resolves.toMatch(/^\d{1,3}(\.\d)?%$/);
    await screenshot(supervisor, 'telephony-live-view-en.png');
  });
});

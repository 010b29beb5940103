import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CallEvent } from '../server/src/modules/telephony/index.ts';
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

// The live wallboard (issue 14, K2) and the role dashboards in the browser. Four calls of today
// are stored as the switch stores them; the supervisor reads their figures on the wallboard
// (computed by hand below), opens its TV mode, and sees a caller start waiting and a call end
// there without reloading (pushed over the live socket). The manager, the supervisor and the
// agent each find their own dashboard on the home page.

const password = 'Tuwaiq-Escarpment-4410';

/** Each figure's shown value in a queue's section (or "total"). */
const figure = (page: Page, queue: string, name: string) =>
  page.locator(`[data-queue="${queue}"] [data-figure="${name}"] [data-value]`).first();

describeInBrowser('the live wallboard and the role dashboards', () => {
  let server: TestServer;
  let context: BrowserContext;
  let page: Page;
  // Five minutes ago, or just after midnight in Riyadh if the day is younger: the calls end today.
  const now = Date.now();
  const midnight = Date.parse(
    `${new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Riyadh' }).format(now)}T00:00:00+03:00`,
  );
  const base = Math.max(now - 300_000, midnight + 1000);
  const at = (s: number) => new Date(base + s * 1000);
  const call = (ani: string, rest: CallEvent[]): CallEvent[] => [
    { type: 'offered', at: at(0), direction: 'inbound', ani, dnis: '8001240000' },
    { type: 'queued', at: at(0), queue: 'service' },
    ...rest,
  ];

  beforeAll(async () => {
    assertBrowserReady();
    server = await startTestServer({ TAWASUL_SIM_TRAFFIC: 'none' });
    await server.createUser({
      username: 'w.agent',
      password,
      role: 'agent',
      display_name: 'ريم الموظفة',
      skills: ['service'],
    });
    await server.createUser({ username: 'w.sup', password, role: 'supervisor', display_name: 'خالد المشرف' });
    await server.createUser({ username: 'w.manager', password, role: 'manager', display_name: 'منى المديرة' });
    // A: waited 10 s, talked 100 s, held 20 s, wrap-up 30 s (handled 150 s); B: waited 30 s,
    // talked 60 s; C: hung up after 40 s; D: after 3 s (a short abandon, left out).
    await server.recordCall(
      'e2e-a',
      call('+966500000001', [
        { type: 'answered', at: at(10), agent: 'w.agent' },
        { type: 'held', at: at(50) },
        { type: 'unheld', at: at(70) },
        { type: 'ended', at: at(130), cause: 'normal' },
        { type: 'wrap_up_ended', at: at(160) },
      ]),
    );
    await server.recordCall(
      'e2e-b',
      call('+966500000002', [
        { type: 'answered', at: at(30), agent: 'w.agent' },
        { type: 'ended', at: at(90), cause: 'normal' },
      ]),
    );
    await server.recordCall('e2e-c', call('+966500000003', [{ type: 'ended', at: at(40), cause: 'normal' }]));
    await server.recordCall('e2e-d', call('+966500000004', [{ type: 'ended', at: at(3), cause: 'normal' }]));
    context = await openBrowser();
    page = await firstPage(context);
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    removeProfiles();
  });

  it('the supervisor reads today’s figures per queue, coloured against the thresholds, right to left', async () => {
    await signIn(page, server.url, 'w.sup', password);
    await page.locator('[data-nav="wallboard"]').click();
    await page.getByRole('heading', { name: 'لوحة العرض المباشر', exact: true }).waitFor();
    expect(await htmlAttributes(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    await page.getByTestId('wallboard').waitFor();
    // Offered 3 (A B C): service level 1/3 (A), abandonment 1/3, ASA (10 + 30) / 2 = 20 s,
    // AHT (150 + 60) / 2 = 105 s.
    await expect(figure(page, 'service', 'service_level').textContent()).resolves.toBe('33.3%');
    await expect(figure(page, 'service', 'abandon_rate').textContent()).resolves.toBe('33.3%');
    await expect(figure(page, 'service', 'asa_seconds').textContent()).resolves.toBe('00:20');
    await expect(figure(page, 'service', 'aht_seconds').textContent()).resolves.toBe('01:45');
    await expect(figure(page, 'service', 'answered').textContent()).resolves.toBe('2');
    await expect(figure(page, 'service', 'abandoned').textContent()).resolves.toBe('1');
    // Under the 80 % target by more than 10 points, and over the 5 % abandonment limit: red.
    const tile = (name: string) => page.locator(`[data-queue="service"] [data-figure="${name}"]`).first();
    await expect(tile('service_level').getAttribute('data-traffic')).resolves.toBe('red');
    await expect(tile('abandon_rate').getAttribute('data-traffic')).resolves.toBe('red');
    await expect(figure(page, 'total', 'answered').textContent()).resolves.toBe('2');
    // A queue with no call today shows no rate.
    await expect(figure(page, 'collections', 'service_level').textContent()).resolves.toBe('—');
    await expect(page.getByTestId('wallboard-definitions').textContent()).resolves.toContain('التخلي القصير');
    await screenshot(page, 'wallboard.png');
  });

  it('TV mode: no navigation, large type, a caller starts waiting and a call ends there without a reload', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.getByTestId('tv-mode').click();
    await page.getByTestId('wallboard-tv').waitFor();
    await expect(page.locator('nav a[data-nav]').count()).resolves.toBe(0);
    await page.locator('[data-testid="live-indicator"][data-status="live"]').waitFor();
    await expect(figure(page, 'service', 'waiting').textContent()).resolves.toBe('0');
    const fontSize = await figure(page, 'total', 'waiting').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(64);
    // Marks the document: a reload would lose it.
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));

    // Nobody is available: the caller waits in the queue, and the longest wait counts up.
    await server.callIn('+966551230009');
    await expect.poll(() => figure(page, 'service', 'waiting').textContent(), { timeout: 4000 }).toBe('1');
    const first = await figure(page, 'service', 'longest_wait').textContent();
    expect(first).toMatch(/^\d\d:\d\d$/);
    await expect.poll(() => figure(page, 'service', 'longest_wait').textContent(), { timeout: 4000 }).not.toBe(first);

    // Another answered call ends: 3 answered.
    await server.recordCall(
      'e2e-e',
      call('+966500000005', [
        { type: 'answered', at: at(5), agent: 'w.agent' },
        { type: 'ended', at: at(65), cause: 'normal' },
      ]),
    );
    await expect.poll(() => figure(page, 'service', 'answered').textContent(), { timeout: 4000 }).toBe('3');
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    await screenshot(page, 'wallboard-tv.png');
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('each role’s home page: the supervisor’s team, the manager’s center and week, the agent’s day', async () => {
    await page.goto(`${server.url}/`);
    const team = page.getByTestId('team-dashboard');
    await team.waitFor();
    await expect(team.locator('tr[data-agent="w.agent"] [data-column="handled"]').textContent()).resolves.toBe('3');
    await screenshot(page, 'dashboard-supervisor.png');

    const managerContext = await openBrowser();
    const manager = await firstPage(managerContext);
    await signIn(manager, server.url, 'w.manager', password);
    const center = manager.getByTestId('center-dashboard');
    await center.waitFor();
    // A B C E, and the waiting caller once he gives up.
    expect(Number(await center.locator('[data-figure="offered"] [data-value]').textContent())).toBeGreaterThanOrEqual(
      4,
    );
    await expect(center.locator('[data-figure="answered"] [data-value]').textContent()).resolves.toBe('3');
    await expect(center.locator('[data-testid="center-week"] tbody tr').count()).resolves.toBe(7);
    await screenshot(manager, 'dashboard-manager.png');
    await managerContext.close();

    const agentContext = await openBrowser();
    const agent = await firstPage(agentContext);
    await signIn(agent, server.url, 'w.agent', password);
    const day = agent.getByTestId('agent-dashboard');
    await day.waitFor();
    // 3 answered of the 40 target; AHT (150 + 60 + 60) / 3 = 90 s, under the 300 s target.
    await expect(day.locator('[data-figure="handled"] [data-value]').textContent()).resolves.toContain('3');
    await expect(day.locator('[data-figure="aht_seconds"] [data-value]').textContent()).resolves.toContain('01:30');
    await expect(day.locator('[data-figure="aht_seconds"]').getAttribute('data-traffic')).resolves.toBe('green');
    await expect(day.locator('[data-figure="handled"]').getAttribute('data-traffic')).resolves.toBe('red');
    await screenshot(agent, 'dashboard-agent.png');
    await agentContext.close();
  });
});

import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  assertBrowserReady,
  describeInBrowser,
  firstPage,
  htmlAttributes,
  openBrowser,
  removeProfiles,
  signIn,
} from './support/browser.ts';
import { startTestServer, type TestServer } from './support/server.ts';

// Measurement in the browser (issue 14, K1 and K4): the queue_log of 2026-11-29 is imported; the
// supervisor opens مؤشرات الأداء for that day and reads the figures beside their definitions, then
// plans with حاسبة التوظيف: the Call Centre Helper worked example (100 calls in 30 minutes, AHT 180 s,
// 80/20, shrinkage 30 %, occupancy ≤ 85 %) needs 14 agents and 20 to schedule, and the Sunday a
// week later is planned from that day's history.

const password = 'Wadi-Hanifa-2871';
const sample = fileURLToPath(new URL('../server/src/modules/telephony/fixtures/queue_log.sample', import.meta.url));

describeInBrowser('KPI report and staffing', () => {
  let server: TestServer;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    assertBrowserReady();
    server = await startTestServer();
    await server.addBreakReason('prayer', 'صلاة', 'Prayer');
    await server.createUser({ username: 'supervisor1', password, role: 'supervisor', display_name: 'ليلى المشرفة' });
    expect(await server.importQueueLog(sample)).toMatchObject({ calls: 10, answered: 6, abandoned: 2 });
    context = await openBrowser();
    page = await firstPage(context);
    await signIn(page, server.url, 'supervisor1', password);
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    removeProfiles();
  });

  it('the day’s figures, right to left, each with its definition', async () => {
    await page.locator('[data-nav="kpiReport"]').click();
    await page.getByRole('heading', { name: 'مؤشرات الأداء', exact: true }).waitFor();
    expect(await htmlAttributes(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    for (const id of ['kpi-from', 'kpi-to']) {
      await page.getByTestId(id).fill('2026-11-29');
      await page.getByTestId(id).press('Tab');
    }
    const row = page.locator('[data-testid="kpi-table"] tr[data-key="2026-11-29"]');
    await row.waitFor();
    await expect(row.locator('[data-column="offered"]').textContent()).resolves.toBe('10');
    await expect(row.locator('[data-column="answered"]').textContent()).resolves.toBe('6');
    await expect(row.locator('[data-column="service_level"]').textContent()).resolves.toBe('40.0%');
    await expect(row.locator('[data-column="aht_seconds"]').textContent()).resolves.toBe('112.0');
    await expect(page.locator('[data-testid="kpi-table"] th[data-column="service_level"]').textContent()).resolves.toBe(
      'مستوى الخدمة',
    );
    await expect(page.locator('[data-definition="abandon_rate"]').textContent()).resolves.toContain(
      'التخلي القصير مستبعد من الطرفين',
    );
  });

  it('the staffing calculator: the worked example needs 14 agents, 20 scheduled; the day plan from history', async () => {
    await page.locator('[data-nav="staffing"]').click();
    await page.getByRole('heading', { name: 'حاسبة التوظيف', exact: true }).waitFor();
    await page.getByTestId('staffing-calculate').click();
    const result = page.getByTestId('staffing-result');
    await result.waitFor();
    await expect(result.locator('[data-figure="agents"] [data-value]').textContent()).resolves.toBe('14');
    await expect(result.locator('[data-figure="scheduled"] [data-value]').textContent()).resolves.toBe('20');
    await expect(result.locator('[data-figure="service_level"] [data-value]').textContent()).resolves.toBe('88.8%');
    await expect(result.locator('[data-figure="model"] [data-value]').textContent()).resolves.toBe('إرلانج C');

    // With a two-minute patience it is Erlang A: abandons are expected, fewer agents suffice.
    await page.locator('input[name="patience_seconds"]').fill('120');
    await page.getByTestId('staffing-calculate').click();
    await expect.poll(() => result.locator('[data-figure="model"] [data-value]').textContent()).toBe('إرلانج A');
    expect(Number(await result.locator('[data-figure="agents"] [data-value]').textContent())).toBeLessThan(14);

    // The Sunday a week after the imported day, from one week of history: 10 calls at 08:00.
    await page.getByTestId('plan-date').fill('2026-12-06');
    await page.getByTestId('plan-date').press('Tab');
    await page.locator('input[name="weeks"]').fill('1');
    await page.getByTestId('plan-show').click();
    const eight = page.locator('[data-testid="plan-table"] tr[data-interval="08:00"]');
    await eight.waitFor();
    await expect(eight.textContent()).resolves.toContain('10.0');
    await expect(page.locator('[data-testid="plan-table"] tbody tr').count()).resolves.toBe(1);
  });
});

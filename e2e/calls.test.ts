import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
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

// Call records in the browser (issue 12, T4): a PBX's queue_log is imported (ten calls of
// 2026-11-29), the supervisor opens سجل المكالمات, filters the day and the abandoned calls,
// opens an answered call's path (arrived → queue → rang 1002, no answer → rang 1001 → answered →
// ended) and exports the day as XLSX and CSV.

const password = 'Wadi-Hanifa-2871';
const sample = fileURLToPath(new URL('../server/src/modules/telephony/fixtures/queue_log.sample', import.meta.url));

describeInBrowser('call records', () => {
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

  const rows = () => page.getByTestId('call-row');

  it('the supervisor finds سجل المكالمات in the menu and sees every call, right to left', async () => {
    await page.getByRole('link', { name: 'سجل المكالمات' }).click();
    await page.getByTestId('calls-table').waitFor();
    expect(await htmlAttributes(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    await expect.poll(() => rows().count()).toBe(10);
    await expect(page.getByTestId('calls-count').textContent()).resolves.toBe('10 مكالمات');
    // The newest first, on Riyadh's clocks: call 10 entered the queue at 08:25:00.
    await expect(rows().first().textContent()).resolves.toContain('08:25:00');
  });

  it('filters the day, then the abandoned calls of the service queue', async () => {
    await page.getByTestId('filter-from').fill('2026-11-29');
    await page.getByTestId('filter-from').press('Tab');
    await page.getByTestId('filter-to').fill('2026-11-29');
    await page.getByTestId('filter-to').press('Tab');
    await expect.poll(() => page.url()).toContain('/calls');
    await expect.poll(() => rows().count()).toBe(10);
    await page.getByTestId('filter-result').click();
    await page.getByRole('option', { name: 'متروكة' }).click();
    await expect.poll(() => rows().count()).toBe(2);
    await page.getByTestId('filter-queue').fill('service');
    await expect.poll(() => rows().count()).toBe(1);
    await expect(rows().first().textContent()).resolves.toContain('متروكة');
    await page.getByRole('button', { name: 'مسح التصفية' }).click();
    await expect.poll(() => rows().count()).toBe(10);
  });

  it("opens an answered call's path in Arabic", async () => {
    await page.getByTestId('filter-agent').fill('1001');
    await page.getByTestId('filter-from').fill('2026-11-29');
    await page.getByTestId('filter-from').press('Tab');
    await expect.poll(() => rows().count()).toBe(1);
    // The agent's day beside his calls: 20 minutes of prayer break, 3 minutes on the call.
    const day = page.getByTestId('agent-day-totals');
    await day.waitFor();
    await expect(day.textContent()).resolves.toContain('صلاة 20:00');
    await expect(day.locator('[data-state="on_call"]').textContent()).resolves.toBe('في مكالمة 3:00');
    await screenshot(page, 'calls-agent-day.png');
    await rows().first().click();
    const timeline = page.getByTestId('call-timeline');
    await timeline.waitFor();
    const steps = await timeline.locator('.mantine-Timeline-itemTitle').allTextContents();
    expect(steps).toEqual([
      'وصلت المكالمة',
      'دخلت الطابور service',
      'رنّت لدى الموظف 1002',
      'لم يرد الموظف 1002',
      'رنّت لدى الموظف 1001',
      'ردّ الموظف 1001',
      'انتهت: مكتملة',
    ]);
    await expect(page.getByTestId('call-drawer').textContent()).resolves.toContain('+966551234567');
    await screenshot(page, 'calls-timeline.png');
    await page.keyboard.press('Escape');
    await timeline.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'مسح التصفية' }).click();
    await expect.poll(() => rows().count()).toBe(10);
    await screenshot(page, 'calls-list.png');
  });

  it('exports the day as XLSX (right to left, Arabic headers) and as CSV', async () => {
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-calls-xlsx').click()]);
    expect(xlsx.suggestedFilename()).toBe('calls-all.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await xlsx.path())!);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.views[0]).toMatchObject({ rightToLeft: true });
    expect(sheet.getRow(1).getCell(1).value).toBe('وقت المكالمة');
    expect(sheet.rowCount).toBe(11);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-calls-csv').click()]);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.startsWith('\ufeffوقت المكالمة,')).toBe(true);
    expect(text.trim().split('\r\n')).toHaveLength(11);
  });
});

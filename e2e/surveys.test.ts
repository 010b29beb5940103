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

// Satisfaction surveys in the browser (issue 15): a supervisor builds a three-question Arabic
// survey with a reason asked after a low rating and previews it; a customer answers the single-use
// link on a phone (390×844), leaves and comes back without losing an answer, and sends it; the
// link then only thanks; the analysis shows CSAT and NPS.

const password = 'Najd-Plateau-5523';
const num = (v: number, digits: number) =>
  new Intl.NumberFormat('ar-SA-u-nu-latn', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(v);

describeInBrowser('satisfaction surveys in the browser', () => {
  let server: TestServer;
  let staffContext: BrowserContext;
  let customerContext: BrowserContext;
  let page: Page;
  let phone: Page;
  let linkPath = '';

  beforeAll(async () => {
    assertBrowserReady();
    server = await startTestServer({ TAWASUL_SIM_TRAFFIC: 'none' });
    await server.createUser({ username: 'sup1', password, role: 'supervisor', display_name: 'خالد المشرف' });
    await server.loadCustomers([
      'customer_no,name,country,mobile,email',
      'S100,منى العتيبي,SA,0551239876,mona@example.com',
    ]);
    staffContext = await openBrowser();
    customerContext = await openBrowser();
    page = await firstPage(staffContext);
    phone = await firstPage(customerContext);
    await phone.setViewportSize({ width: 390, height: 844 });
  });

  afterAll(async () => {
    await staffContext?.close();
    await customerContext?.close();
    await server?.close();
    removeProfiles();
  });

  const choose = async (scope: ReturnType<Page['getByTestId']>, testId: string, option: string) => {
    await scope.getByTestId(testId).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  };

  it('a supervisor builds a three-question Arabic survey with a reason after a low rating, and previews it', async () => {
    await signIn(page, server.url, 'sup1', password);
    await page.goto(`${server.url}/surveys`);
    await page.getByTestId('survey-new').click();
    await page.getByTestId('survey-name').fill('رضا العملاء بعد الشكوى');
    await page.getByTestId('survey-title-ar').fill('استطلاع رضا العملاء');
    await choose(page.locator('body'), 'survey-status', 'مفعّلة');

    await page.getByTestId('add-question-1').click();
    const q1 = page.getByTestId('question-1');
    await q1.getByTestId('question-text-ar').fill('ما مدى رضاك عن الخدمة؟');

    await page.getByTestId('add-question-1').click();
    const q2 = page.getByTestId('question-2');
    await choose(q2, 'question-type', 'نص حر');
    await q2.getByTestId('question-text-ar').fill('ما سبب عدم رضاك؟');
    await choose(q2, 'question-condition', 'ما مدى رضاك عن الخدمة؟');
    await q2.locator('.mantine-MultiSelect-input').click();
    for (const v of ['1', '2', '3']) await page.getByRole('option', { name: v, exact: true }).click();
    await page.keyboard.press('Escape');

    await page.getByTestId('add-question-1').click();
    const q3 = page.getByTestId('question-3');
    await choose(q3, 'question-type', 'صافي الترويج 0–10');
    await q3.getByTestId('question-text-ar').fill('ما احتمال أن ترشحنا لغيرك؟');

    await page.getByTestId('survey-preview').click();
    const frame = page.frameLocator('[data-testid="survey-preview-frame"]');
    await frame.getByText('ما مدى رضاك عن الخدمة؟').waitFor();
    // The reason appears in the preview only after a low rating, as on the customer's phone.
    await expect(frame.getByText('ما سبب عدم رضاك؟').isVisible()).resolves.toBe(false);
    await frame.locator('fieldset[data-key="q1"] label', { hasText: '2' }).first().click();
    await frame.getByText('ما سبب عدم رضاك؟').waitFor();
    await screenshot(page, 'surveys-builder.png');

    await page.getByTestId('survey-save').click();
    await page.waitForURL(/\/surveys\/[0-9a-f-]{36}$/);
    await page.getByRole('tab', { name: 'دعوة عميل' }).click();
    await page.getByTestId('invite-customer').fill('S100');
    await choose(page.locator('body'), 'invite-channel', 'رابط للتسليم يدويًا');
    await page.getByTestId('invite-send').click();
    const url = (await page.getByTestId('invite-url').textContent())!;
    linkPath = new URL(url).pathname;
    expect(linkPath).toMatch(/^\/s\/[A-Za-z0-9_-]{16}$/);
  });

  it('a customer answers the link on a phone, comes back without losing an answer, and sends it', async () => {
    await phone.goto(`${server.url}${linkPath}`);
    expect(await phone.locator('html').getAttribute('dir')).toBe('rtl');
    // No staff app: one small script, and no horizontal scrolling on a 390-pixel screen.
    const scripts = await phone.locator('script[src]').evaluateAll((els) => els.map((e) => e.getAttribute('src')));
    expect(scripts).toEqual(['/api/v1/public/survey-page.js']);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const reason = phone.locator('fieldset[data-key="q2"]');
    expect(await reason.isVisible()).toBe(false);
    await phone.locator('fieldset[data-key="q1"] label', { hasText: '2' }).first().click();
    await reason.waitFor();
    await phone.locator('textarea[name="q2"]').fill('تأخرت الشحنة أسبوعًا');
    await phone.getByText('تم حفظ إجاباتك').waitFor();
    await screenshot(phone, 'surveys-phone-answering.png');

    // The page dropped and opened again: the answers given are still there.
    await phone.reload();
    expect(await phone.locator('input[name="q1"][value="2"]').isChecked()).toBe(true);
    expect(await phone.locator('textarea[name="q2"]').inputValue()).toBe('تأخرت الشحنة أسبوعًا');
    await phone.locator('fieldset[data-key="q3"] label', { hasText: '3' }).first().click();
    await phone.getByRole('button', { name: 'إرسال' }).click();
    await phone.locator('#thanks').waitFor();
    await screenshot(phone, 'surveys-phone-thanks.png');

    // One response per link: opened again, it only thanks.
    await phone.goto(`${server.url}${linkPath}`);
    expect(await phone.locator('form').count()).toBe(0);
    await phone.goto(`${server.url}/s/AAAAAAAAAAAAAAAA`);
    await phone.getByText('رابط الاستطلاع غير صالح.').waitFor();
    await screenshot(phone, 'surveys-phone-forged.png');
  });

  it('the analysis shows CSAT and NPS, the reason, and offers the XLSX', async () => {
    await page.getByRole('tab', { name: 'التحليل' }).click();
    await page.getByTestId('figure-csat').waitFor();
    // One response: rating 2 (not 4–5) → CSAT 0 %; NPS 3 is a detractor → −100.
    await expect.poll(() => page.getByTestId('figure-completed').textContent()).toBe('1');
    expect(await page.getByTestId('figure-csat').textContent()).toBe(`${num(0, 1)}%`);
    expect(await page.getByTestId('figure-nps').textContent()).toBe(num(-100, 1));
    await page.getByTestId('analysis-texts').getByText('تأخرت الشحنة أسبوعًا').waitFor();
    await page.getByTestId('distribution-q1').locator('.recharts-bar-rectangle path').first().waitFor();
    await screenshot(page, 'surveys-analysis.png');
    const download = page.waitForEvent('download');
    await page.getByTestId('analysis-export').click();
    expect((await download).suggestedFilename()).toMatch(/^survey-.*\.xlsx$/);
  });
});

import { readFileSync } from 'node:fs';
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

// Customers and portfolio in the browser (issue 3): a supervisor imports files through the
// Imports page and reads the rejected rows, finds a customer by a misspelt name and by a phone
// typed any way, opens the customer 360; an agent flags a wrong number and IT corrects it.

const password = 'Wadi-Hanifa-2871';

// C104 has an unknown category: rejected, the other rows applied. Names with markup or a
// formula are data and must show as text.
const customersCsv = [
  'customer_no,name,type,category,country,city,mobile,landline,work_phone,home_phone,email,fax,key_account,sms_opt_out',
  'C100,أسامة الزهراني,current,A,SA,الرياض,0551234567,0112345678,+966 11 234 5678,,osama@example.sa,,true,false',
  'C101,فاطمة العتيبي,current,B,SA,جدة,0559876543,,,,,,false,false',
  'C102,"<img src=x onerror=""window.__pwned=1"">",prospect,C,SA,الدمام,0501234567,,,,,,false,false',
  'C103,"=HYPERLINK(""http://evil.example"",""click"")",prospect,,SA,,+96650123,,,,,,false,false',
  'C104,إبراهيم,current,Z,SA,,,,,,,,,',
].join('\r\n');

const installmentsCsv = [
  'customer_no,contract_no,credit_type,installment_no,amount,currency,due_date',
  'C100,K100,تمويل شخصي,1,1500,SAR,2020-01-05',
  'C100,K100,تمويل شخصي,2,1500,SAR,2099-01-05',
  'C101,K101,تمويل سيارة,1,800,SAR,2020-01-05',
].join('\n');

const paymentsCsv = [
  'customer_no,contract_no,installment_no,amount,paid_at,reference',
  'C100,K100,1,500,2020-01-10T10:00:00,REF-0001',
  'C101,K101,1,800,2020-01-04T09:30:00,REF-0002',
].join('\n');

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

describeInBrowser('customers, imports and the customer 360 in the browser', () => {
  let server: TestServer;
  let supervisor: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    assertBrowserReady();
    server = await startTestServer();
    await server.createUser({ username: 'supervisor1', password, role: 'supervisor', display_name: 'خالد المشرف' });
    await server.createUser({
      username: 'agent.service',
      password,
      role: 'agent',
      display_name: 'نورة الموظفة',
      skills: ['service'],
    });
    await server.createUser({
      username: 'agent.collect',
      password,
      role: 'agent',
      display_name: 'فهد المحصل',
      skills: ['collections'],
    });
    await server.createUser({ username: 'itdesk', password, role: 'it', display_name: 'ماجد التقني' });
    supervisor = await openBrowser();
    page = await firstPage(supervisor);
  });

  afterAll(async () => {
    await supervisor?.close();
    await server?.close();
    removeProfiles();
  });

  async function uploadFile(kindLabel: string, name: string, content: string) {
    await page.getByTestId('import-kind').getByText(kindLabel, { exact: true }).click();
    await page.locator('input[type="file"]').setInputFiles({
      name,
      mimeType: 'text/csv',
      buffer: Buffer.from(content, 'utf8'),
    });
    const answer = page.waitForResponse(
      (r) => /\/api\/v1\/imports\/\w+\/uploads$/.test(r.url()) && r.request().method() === 'POST',
    );
    await page.getByTestId('import-start').click();
    return answer;
  }

  /** Types into the search box and waits for the list's answer to exactly that text (after the debounce). */
  async function searchFor(box: Locator, text: string) {
    const answered = page.waitForResponse(
      (r) => r.url().includes('/api/v1/customers?') && new URL(r.url()).searchParams.get('q') === text,
    );
    await box.fill(text);
    expect((await answered).status()).toBe(200);
  }

  async function finishedRun() {
    const run = page.getByTestId('import-run');
    await run
      .and(page.locator('[data-status="done"], [data-status="done_with_rejections"], [data-status="failed"]'))
      .waitFor();
    return run;
  }

  it('(a) a supervisor imports customers with one bad row, sees the progress end and downloads the report', async () => {
    await signIn(page, server.url, 'supervisor1', password);
    expect(await htmlAttributes(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    const nav = await page.locator('nav a[data-nav]').evaluateAll((a) => a.map((l) => l.getAttribute('data-nav')));
    expect(nav).toEqual([
      'home',
      'worklists',
      'collectionsDay',
      'dataCorrections',
      'customers',
      'tickets',
      'inquiries',
      'ticketReports',
      'ticketSettings',
      'surveys',
      'workLists',
      'telephonyLive',
      'wallboard',
      'escalations',
      'calls',
      'kpiReport',
      'staffing',
      'offers',
      'campaigns',
      'messageTemplates',
      'outbox',
      'inbox',
      'imports',
      'profile',
    ]);
    await expect(page.locator('[data-nav="imports"]').textContent()).resolves.toBe('الاستيراد');
    await page.locator('[data-nav="imports"]').click();
    await page.getByRole('heading', { name: 'الاستيراد', exact: true }).waitFor();
    // The expected columns of the chosen kind are shown as help.
    await expect(page.getByTestId('import-columns').textContent()).resolves.toContain('sms_opt_out');

    // A file that is not in the format: the server's Arabic message, nothing started.
    const refused = await uploadFile('العملاء', 'not-customers.csv', 'hello,world\n1,2\n');
    expect(refused.status()).toBe(422);
    const formatError = await page.getByTestId('import-error').textContent();
    expect(formatError).toContain('ليس ملف');
    expect(formatError).toContain('customer_no');

    const response = await uploadFile('العملاء', 'customers.csv', customersCsv);
    expect(response.status()).toBe(202);
    expect(response.request().headers()['x-csrf-token']).toMatch(/\S{10,}/);
    const run = await finishedRun();
    expect(await run.getAttribute('data-status')).toBe('done_with_rejections');
    await expect(page.getByTestId('upload-percent').textContent()).resolves.toBe('100%');
    await expect(page.getByTestId('processing-percent').textContent()).resolves.toBe('100%');
    await expect(run.locator('[data-count="inserted"]').textContent()).resolves.toBe('4');
    await expect(run.locator('[data-count="rejected"]').textContent()).resolves.toBe('1');
    await expect(page.getByTestId('import-result').textContent()).resolves.toContain('رُفض صف واحد');

    // The report of the rejected rows, as a download and as XLSX.
    const [download] = await Promise.all([page.waitForEvent('download'), run.locator('[data-report="csv"]').click()]);
    expect(download.suggestedFilename()).toMatch(/^import-customers-.*-rejected\.csv$/);
    const report = readFileSync((await download.path())!, 'utf8');
    expect(report).toContain('6,category,Z,bad_category');
    expect(report).toContain('يجب أن تكون الفئة');
    const xlsxHref = await run.locator('[data-report="xlsx"]').getAttribute('href');
    const xlsx = await page.request.get(`${server.url}${xlsxHref}`);
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
    expect((await xlsx.body()).subarray(0, 2).toString()).toBe('PK');

    await page.getByTestId('recent-imports').locator('tbody tr').first().waitFor();
    await expect(page.getByTestId('recent-imports').locator('tbody tr').count()).resolves.toBe(1);
    await screenshot(page, 'imports-ar.png');
  });

  it('(b) installments and payments follow; the recent imports list all three', async () => {
    const installments = await uploadFile('الأقساط', 'installments.csv', installmentsCsv);
    expect(installments.status()).toBe(202);
    let run = await finishedRun();
    await run.and(page.locator(`[data-import="${(await installments.json()).id}"]`)).waitFor();
    await expect(run.locator('[data-count="inserted"]').textContent()).resolves.toBe('3');
    await expect(run.locator('[data-count="rejected"]').textContent()).resolves.toBe('0');
    await expect(page.getByTestId('import-result').textContent()).resolves.toBe('اكتمل الاستيراد وطُبِّقت كل الصفوف.');

    const payments = await uploadFile('الدفعات', 'payments.csv', paymentsCsv);
    run = await finishedRun();
    await run.and(page.locator(`[data-import="${(await payments.json()).id}"]`)).waitFor();
    await expect(run.locator('[data-count="inserted"]').textContent()).resolves.toBe('2');
    await page.getByTestId('recent-imports').locator('tbody tr').nth(2).waitFor();
  });

  it('(c) finds a customer by a misspelt-hamza name and by a phone typed another way; hostile names are text', async () => {
    await page.locator('[data-nav="customers"]').click();
    const table = page.getByTestId('customers-table');
    await table.waitFor();
    await page
      .getByTestId('customers-count')
      .filter({ hasText: /^4 عملاء$/ })
      .waitFor();
    // Markup and formulas in names are shown as written, never run.
    await expect(table.locator('tr[data-customer="C102"] [data-testid="customer-name"]').textContent()).resolves.toBe(
      '<img src=x onerror="window.__pwned=1">',
    );
    await expect(table.locator('tr[data-customer="C103"] [data-testid="customer-name"]').textContent()).resolves.toBe(
      '=HYPERLINK("http://evil.example","click")',
    );
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(table.locator('img').count()).resolves.toBe(0);

    const row = table.locator('tr[data-customer="C100"]');
    await expect(row.getByTestId('masked-mobile').textContent()).resolves.toBe('05•••••567');
    await expect(row.getByTestId('invalid-mobile').count()).resolves.toBe(0);
    // A number that does not parse shows like the others (national form, masked) and is flagged.
    const invalid = table.locator('tr[data-customer="C103"]');
    await expect(invalid.getByTestId('masked-mobile').textContent()).resolves.toBe('05•123');
    await expect(invalid.getByTestId('invalid-mobile').textContent()).resolves.toBe('غير صالح');
    await expect(row.getByTestId('overdue-count').textContent()).resolves.toBe('1');
    await expect(row.getByTestId('key-account').textContent()).resolves.toBe('كبار العملاء');
    // The amount with the currency from the settings, isolated left to right.
    await expect(row.locator('[data-testid="outstanding"] bdi[dir="ltr"]').textContent()).resolves.toMatch(
      /^\u200f?2,500\.00\u00a0?\s?ر\.س\.\u200f?$/,
    );

    // Sortable: customer number descending puts C103 first.
    await table.locator('[data-sort="customer_no"]').click();
    await page.waitForURL((url) => url.searchParams.get('order') === 'desc');
    await table.locator('tbody tr').first().and(page.locator('[data-customer="C103"]')).waitFor();
    await table.locator('[data-sort="customer_no"]').click();
    await table.locator('tbody tr').first().and(page.locator('[data-customer="C100"]')).waitFor();

    // Filters: key accounts only.
    await page.getByTestId('filter-key-account').click();
    await page.getByRole('option', { name: 'نعم', exact: true }).click();
    await page
      .getByTestId('customers-count')
      .filter({ hasText: /^عميل واحد$/ })
      .waitFor();
    // The export carries the current filters and answers an XLSX file.
    const exportHref = await page.getByTestId('export-customers').getAttribute('href');
    expect(exportHref).toContain('key_account=true');
    const xlsx = await page.request.get(`${server.url}${exportHref}`);
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
    expect((await xlsx.body()).subarray(0, 2).toString()).toBe('PK');
    await page.getByTestId('filter-key-account').click();
    await page.getByRole('option', { name: 'لا', exact: true }).click();
    await page
      .getByTestId('customers-count')
      .filter({ hasText: /^3 عملاء$/ })
      .waitFor();
    await page.getByRole('button', { name: 'إزالة التصفية' }).click();
    await page
      .getByTestId('customers-count')
      .filter({ hasText: /^4 عملاء$/ })
      .waitFor();

    // Stored أسامة, typed اسامه: found all the same (debounced search).
    const search = page.getByTestId('customer-search');
    await searchFor(search, 'اسامه');
    await page
      .getByTestId('customers-count')
      .filter({ hasText: /^عميل واحد$/ })
      .waitFor();
    await expect(table.locator('tbody tr').count()).resolves.toBe(1);
    await expect(table.locator('tbody tr').first().getAttribute('data-customer')).resolves.toBe('C100');

    // The mobile was imported as 0551234567; typed in international form it finds the same customer.
    await searchFor(search, '+966 55 123 4567');
    await page
      .getByTestId('customers-count')
      .filter({ hasText: /^عميل واحد$/ })
      .waitFor();
    await expect(table.locator('tbody tr').first().getAttribute('data-customer')).resolves.toBe('C100');
    // The number reads as typed in the Arabic page, not `4567 123 55 966+`.
    await expect(search.evaluate((input) => getComputedStyle(input).direction)).resolves.toBe('ltr');
    await screenshot(page, 'customers-ar.png');

    // A name no customer has: the empty state.
    await searchFor(search, 'لا يوجد أحد بهذا الاسم');
    await page.getByTestId('customers-empty').waitFor();
    await page
      .getByTestId('customers-count')
      .filter({ hasText: /^لا يوجد عملاء$/ })
      .waitFor();
  });

  it('(d) the customer 360: masked numbers, an audited reveal, installments with the overdue badge', async () => {
    const search = page.getByTestId('customer-search');
    await searchFor(search, 'C100');
    await page
      .getByTestId('customers-count')
      .filter({ hasText: /^عميل واحد$/ })
      .waitFor();
    await page.locator('tr[data-customer="C100"] td').nth(2).click();
    await page.waitForURL(`${server.url}/customers/C100`);
    await expect(page.getByTestId('customer-name').textContent()).resolves.toBe('أسامة الزهراني');
    const header = await page.getByTestId('customer-header').textContent();
    expect(header).toContain('كبار العملاء');
    expect(header).toContain('عميل حالي');

    const points = page.getByTestId('contact-points');
    const mobile = points.locator('tr[data-kind="mobile"]');
    const work = points.locator('tr[data-kind="work"]');
    await expect(mobile.getByTestId('masked-number').textContent()).resolves.toBe('05•••••567');
    await expect(work.getByTestId('masked-number').textContent()).resolves.toBe('01•••••678');
    await expect(points.locator('tr[data-kind="email"]').getByTestId('masked-number').textContent()).resolves.toBe(
      'o•••@example.sa',
    );
    expect(await points.textContent()).not.toContain('0551234567');

    // Reveal: the server is asked (and audits it); the full number shows in place, left to right.
    const revealed = page.waitForResponse((r) => r.url().endsWith('/reveal') && r.request().method() === 'POST');
    await work.locator('[data-action="reveal"]').click();
    expect((await revealed).status()).toBe(200);
    const full = work.getByTestId('revealed-number').locator('bdi[dir="ltr"]');
    await expect(full.textContent()).resolves.toBe('+966 11 234 5678');
    await expect(readsLeftToRight(full)).resolves.toBe(true);
    await expect(mobile.getByTestId('masked-number').textContent()).resolves.toBe('05•••••567');

    // Installments: the first is overdue and partly paid, the second upcoming.
    const contract = page.locator('[data-contract="K100"]');
    const first = contract.locator('tr[data-installment="1"]');
    await expect(first.getAttribute('data-status')).resolves.toBe('overdue');
    await expect(first.locator('[data-status="overdue"]').textContent()).resolves.toBe('متأخر');
    await expect(first.locator('[data-status="partial"]').textContent()).resolves.toBe('مسدد جزئيًا');
    await expect(first.getByTestId('due-hijri').textContent()).resolves.toMatch(/هـ/);
    await expect(contract.locator('tr[data-installment="2"] [data-status="upcoming"]').textContent()).resolves.toBe(
      'قادم',
    );
    await expect(page.getByTestId('summary-overdue-installments').textContent()).resolves.toBe('قسط متأخر واحد');
    await expect(page.getByTestId('payments').textContent()).resolves.toContain('REF-0001');
    await expect(page.getByTestId('timeline-empty').textContent()).resolves.toContain('المكالمات والرسائل والتذاكر');
    await screenshot(page, 'customer-360-ar.png');
  });

  it('(e) a service agent finds the caller by number, opens a customer he works and flags a number wrong; an agent without the skill has no customers page', async () => {
    const agent = await openBrowser();
    try {
      const p = await firstPage(agent);
      await signIn(p, server.url, 'agent.service', password);
      await p.locator('[data-nav="customers"]').click();
      // No list to browse: the exact, audited caller lookup.
      await p.getByTestId('caller-lookup').fill('0551234567');
      await p.getByTestId('caller-lookup-submit').click();
      await p.locator('[data-customer="C100"]').getByTestId('caller-not-yours').waitFor();
      await expect(p.getByTestId('customers-table').count()).resolves.toBe(0);
      // He logs the call, so the customer is now behind his own work and the page opens.
      const logged = await p.request.post(`${server.url}/api/v1/inquiries`, {
        data: { channel: 'phone', customer_no: 'C100', subject: 'سؤال عن القسط' },
      });
      expect(logged.status()).toBe(201);
      await p.goto(`${server.url}/customers/C100`);
      const mobile = p.getByTestId('contact-points').locator('tr[data-kind="mobile"]');
      await mobile.waitFor();
      // Agents see masked numbers only: no reveal, no IT correction.
      await expect(p.locator('[data-action="reveal"]').count()).resolves.toBe(0);
      await expect(p.locator('[data-action="correct"]').count()).resolves.toBe(0);
      await expect(p.getByTestId('edit-customer').count()).resolves.toBe(0);
      await mobile.locator('[data-action="flag-wrong"]').click();
      const dialog = p.getByRole('dialog');
      await dialog.locator('textarea[name="reason"]').fill('الرقم يخص شخصًا آخر');
      await dialog.getByRole('button', { name: 'تعليم كرقم خاطئ' }).click();
      await dialog.waitFor({ state: 'detached' });
      await mobile.getByTestId('wrong-badge').waitFor();
      await expect(mobile.getAttribute('data-wrong')).resolves.toBe('true');
      const entry = p.getByTestId('timeline').locator('[data-kind="wrong_number"]');
      await entry.waitFor();
      const entryText = await entry.textContent();
      expect(entryText).toContain('الجوال');
      expect(entryText).toContain('05•••••567');
      expect(entryText).toContain('الرقم يخص شخصًا آخر');
      // The timeline names the actor by display name (since the structured timeline entries).
      expect(entryText).toContain('نورة الموظفة');
    } finally {
      await agent.close();
    }

    const collector = await openBrowser();
    try {
      const p = await firstPage(collector);
      await signIn(p, server.url, 'agent.collect', password);
      await expect(p.locator('[data-nav="customers"]').count()).resolves.toBe(0);
      await p.goto(`${server.url}/customers/C100`);
      await p.getByTestId('no-permission').waitFor();
      const status = await p.evaluate(async () => (await fetch('/api/v1/customers/C100')).status);
      expect(status).toBe(403);
    } finally {
      await collector.close();
    }
  });

  it('(f) IT corrects the flagged number; the page reads in English, left to right', async () => {
    const it_ = await openBrowser();
    try {
      const p = await firstPage(it_);
      await signIn(p, server.url, 'itdesk', password);
      await p.goto(`${server.url}/customers/C100`);
      const mobile = p.getByTestId('contact-points').locator('tr[data-kind="mobile"]');
      await mobile.getByTestId('wrong-badge').waitFor();
      await mobile.locator('[data-action="correct"]').click();
      const dialog = p.getByRole('dialog');
      await dialog.locator('input[name="raw"]').fill('0557654321');
      const corrected = p.waitForResponse((r) => r.url().endsWith('/correct') && r.request().method() === 'POST');
      await dialog.getByRole('button', { name: 'تصحيح الرقم' }).click();
      expect((await corrected).status()).toBe(200);
      await dialog.waitFor({ state: 'detached' });
      await mobile.getByTestId('corrected-at').waitFor();
      await expect(mobile.getAttribute('data-wrong')).resolves.toBe('false');
      await expect(mobile.getByTestId('wrong-badge').count()).resolves.toBe(0);
      await expect(mobile.getByTestId('masked-number').textContent()).resolves.toBe('05•••••321');
      await p.getByTestId('timeline').locator('[data-kind="number_corrected"]').waitFor();

      // Edit: a 422 field error lands under its field; a good edit shows at once.
      await p.getByTestId('edit-customer').click();
      const form = p.getByTestId('edit-customer-form');
      await form.locator('input[name="country"]').fill('ZZ');
      await form.getByRole('button', { name: 'حفظ' }).click();
      await form.locator('[id$="-error"]').first().waitFor();
      await expect(form.locator('[id$="-error"]').count()).resolves.toBe(1);
      await form.locator('input[name="country"]').fill('SA');
      await form.locator('textarea[name="notes"]').fill('يفضّل الاتصال بعد العصر');
      await form.getByRole('button', { name: 'حفظ' }).click();
      await form.waitFor({ state: 'detached' });
      await expect(p.getByTestId('customer-notes').textContent()).resolves.toBe('يفضّل الاتصال بعد العصر');

      await p.getByTestId('language-switch').click();
      await p.getByRole('heading', { name: 'Contact numbers' }).waitFor();
      expect(await htmlAttributes(p)).toEqual({ lang: 'en', dir: 'ltr' });
      await expect(mobile.locator('td').first().textContent()).resolves.toBe('Mobile');
      await expect(
        p.locator('[data-contract="K100"] tr[data-installment="1"] [data-status="overdue"]').textContent(),
      ).resolves.toBe('Overdue');
      await expect(p.getByTestId('summary-overdue-installments').textContent()).resolves.toBe('1 overdue installment');
      await screenshot(p, 'customer-360-en.png');
    } finally {
      await it_.close();
    }
  });
});

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

// Tickets in the browser (issue 6): a key-account officer opens a ticket for a Saudi key
// customer, finds it in "مجموعاتي" (Key Accounts) with its SLA countdown, and adds a note.

const password = 'Wadi-Hanifa-2871';
const customersCsv = [
  'customer_no,name,type,category,country,city,mobile,key_account',
  'K500,شركة الرياض للتجارة,current,A,SA,الرياض,0551234567,true',
].join('\n');

describeInBrowser('tickets in the browser', () => {
  let server: TestServer;
  let context: BrowserContext;
  let page: Page;
  let ticketUrl = '';

  beforeAll(async () => {
    assertBrowserReady();
    server = await startTestServer();
    await server.createUser({ username: 'manager1', password, role: 'manager', display_name: 'سارة المديرة' });
    await server.createUser({ username: 'supervisor1', password, role: 'supervisor', display_name: 'خالد المشرف' });
    await server.createUser({
      username: 'agent.ops',
      password,
      role: 'agent',
      display_name: 'ماجد العمليات',
      skills: ['service'],
    });
    await server.createUser({
      username: 'agent.ka',
      password,
      role: 'agent',
      display_name: 'نورة مسؤولة كبار العملاء',
      skills: ['key_accounts'],
    });
    context = await openBrowser();
    page = await firstPage(context);
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    removeProfiles();
  });

  it('a supervisor imports a Saudi key customer; a manager puts the agent in Key Accounts', async () => {
    await signIn(page, server.url, 'supervisor1', password);
    await page.locator('[data-nav="imports"]').click();
    await page.getByTestId('import-kind').getByText('العملاء', { exact: true }).click();
    await page.locator('input[type="file"]').setInputFiles({
      name: 'customers.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(customersCsv, 'utf8'),
    });
    const answer = page.waitForResponse(
      (r) => /\/api\/v1\/imports\/\w+\/uploads$/.test(r.url()) && r.request().method() === 'POST',
    );
    await page.getByTestId('import-start').click();
    expect((await answer).status()).toBe(202);
    const run = page
      .getByTestId('import-run')
      .and(page.locator('[data-status="done"], [data-status="done_with_rejections"], [data-status="failed"]'));
    await run.waitFor();
    await expect(run.locator('[data-count="inserted"]').textContent()).resolves.toBe('1');
    // Supervisors see the tickets entry too, with the "all" tab.
    await expect(page.locator('[data-nav="tickets"]').textContent()).resolves.toBe('التذاكر');
    // …and the ticket reports: the monthly key-accounts report loads (last month, empty so far).
    const report = page.waitForResponse((r) => r.url().includes('/api/v1/ticket-reports/key-accounts?month='));
    await page.locator('[data-nav="ticketReports"]').click();
    await page.getByRole('heading', { name: 'تقارير التذاكر' }).waitFor();
    expect((await report).status()).toBe(200);
    await page.getByTestId('report-xlsx').waitFor();

    await context.clearCookies();
    await signIn(page, server.url, 'manager1', password);
    const users = await page.request.get(`${server.url}/api/v1/users?limit=100`);
    expect(users.status()).toBe(200);
    const { items } = (await users.json()) as { items: { id: string; username: string }[] };
    const agent = items.find((u) => u.username === 'agent.ka');
    const ops = items.find((u) => u.username === 'agent.ops');
    expect(agent).toBeDefined();
    expect(ops).toBeDefined();
    const members = await page.request.put(`${server.url}/api/v1/ticket-groups/key_accounts/members`, {
      data: { user_ids: [agent!.id] },
    });
    expect(members.status()).toBe(200);
    const opsMembers = await page.request.put(`${server.url}/api/v1/ticket-groups/operations/members`, {
      data: { user_ids: [ops!.id] },
    });
    expect(opsMembers.status()).toBe(200);
  });

  it('the agent opens a ticket, sees it in مجموعاتي with an SLA badge, and adds a note', async () => {
    await context.clearCookies();
    await signIn(page, server.url, 'agent.ka', password);
    expect(await htmlAttributes(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    await page.locator('[data-nav="tickets"]').click();
    await page.getByRole('heading', { name: 'التذاكر', exact: true }).waitFor();
    // Agents have no "all" tab.
    expect(await page.getByTestId('tab-all').count()).toBe(0);

    await page.getByTestId('new-ticket').click();
    const form = page.getByTestId('new-ticket-form');
    await form.waitFor();
    await form.locator('input[name="customer_no"]').fill('K500');
    await page.getByTestId('new-ticket-category').click();
    // A shipment category asks for the shipper's and the consignee's details …
    await page.getByRole('option', { name: 'شكوى فشل الخدمة', exact: true }).click();
    await form.locator('input[name="fields.waybill_no"]').waitFor();
    await expect(form.locator('input[name="fields.waybill_no"]').count()).resolves.toBe(1);
    // … a complaint does not.
    await page.getByTestId('new-ticket-category').click();
    await page.getByRole('option', { name: 'شكوى', exact: true }).click();
    await expect(form.locator('input[name="fields.waybill_no"]').count()).resolves.toBe(0);
    const subject = 'تأخر التوصيل <b>ثلاثة</b> أيام';
    await form.locator('input[name="subject"]').fill(subject);
    await form.locator('textarea[name="description"]').fill('العميل يطلب متابعة الشحنة 7781234 بشكل عاجل.');
    const created = page.waitForResponse((r) => r.url().endsWith('/api/v1/tickets') && r.request().method() === 'POST');
    await page.getByTestId('submit-ticket').click();
    const response = await created;
    expect(response.status()).toBe(201);
    const ticket = (await response.json()) as { id: string; number: string; group: string };
    expect(ticket.group).toBe('key_accounts');
    await page.getByTestId('ticket-page').waitFor();
    expect(page.url()).toContain(`/tickets/${ticket.id}`);
    // Markup in the subject is text.
    await expect(page.getByTestId('ticket-subject').textContent()).resolves.toBe(subject);

    // The queue: "مجموعاتي" lists it with a running SLA countdown (72 hours, so not yet amber).
    await page.getByTestId('back-to-tickets').click();
    await page.getByTestId('tab-group').click();
    const row = page.locator(`[data-ticket="${ticket.number}"]`);
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('شركة الرياض للتجارة');
    await expect(row.textContent()).resolves.toContain('مجموعة حسابات كبار العملاء');
    const badge = row.getByTestId('sla-badge');
    await expect(badge.getAttribute('data-sla')).resolves.toBe('ok');
    expect(await badge.textContent()).toMatch(/^متبقٍ /);
    await expect(page.getByTestId('my-groups').textContent()).resolves.toContain('مجموعة حسابات كبار العملاء');
    await screenshot(page, 'tickets-ar.png');

    // The ticket page: an internal note is added and shown as a note.
    await row.getByTestId('ticket-link').click();
    await page.getByTestId('ticket-page').waitFor();
    const note = 'تم التواصل مع العمليات بخصوص الشحنة';
    await page.getByTestId('composer-body').fill(note);
    const saved = page.waitForResponse((r) => r.url().endsWith(`/tickets/${ticket.id}/notes`));
    await page.getByTestId('composer-submit').click();
    const noteAnswer = await saved;
    expect(noteAnswer.status()).toBeLessThan(300);
    expect(noteAnswer.request().postDataJSON()).toMatchObject({ body: note, version: expect.any(Number) });
    const message = page.locator('[data-testid="message"][data-kind="note"]', { hasText: note });
    await message.waitFor();
    await expect(page.getByTestId('ticket-history').textContent()).resolves.toContain('أضيفت ملاحظة داخلية');
    await screenshot(page, 'ticket-ar.png');
    ticketUrl = page.url();
  });

  it('the officer hands the ticket to Operations, who close it; nobody can send it back to Key Accounts', async () => {
    // The officer's hand-off: Key Accounts is not among the targets (it is where the ticket is).
    const before = await page.getByTestId('ticket-page').getAttribute('data-version');
    await page.locator('[data-action="transfer"]').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('المجموعة المحوَّل إليها').click();
    const targets = await page.getByRole('option').allTextContents();
    expect(targets).toContain('العمليات');
    expect(targets).not.toContain('مجموعة حسابات كبار العملاء');
    await page.getByRole('option', { name: 'العمليات', exact: true }).click();
    await dialog.locator('textarea').fill('الرجاء متابعة التسليم مع مستودع جدة');
    const moved = page.waitForResponse((r) => r.url().endsWith('/transfer') && r.request().method() === 'POST');
    await dialog.getByRole('button', { name: 'تأكيد' }).click();
    expect((await moved).status()).toBe(200);
    await page.locator(`[data-testid="ticket-page"]:not([data-version="${before}"])`).waitFor();
    await expect(page.getByTestId('ticket-details').textContent()).resolves.toContain('العمليات');
    // No longer in his group: he cannot close it.
    expect(await page.locator('[data-action="close"]').count()).toBe(0);

    // Operations find it in their groups' queue and close it with the resolution.
    await context.clearCookies();
    await signIn(page, server.url, 'agent.ops', password);
    await page.goto(ticketUrl);
    await page.getByTestId('ticket-page').waitFor();
    // From Operations, Key Accounts is not a target either.
    await page.locator('[data-action="transfer"]').click();
    await page.getByRole('dialog').getByLabel('المجموعة المحوَّل إليها').click();
    expect(await page.getByRole('option').allTextContents()).not.toContain('مجموعة حسابات كبار العملاء');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    // …and the API refuses it outright.
    const id = ticketUrl.split('/').pop()!;
    const csrf = ((await (await page.request.get(`${server.url}/api/v1/auth/me`)).json()) as { csrf_token: string })
      .csrf_token;
    const bounce = await page.request.post(`${server.url}/api/v1/tickets/${id}/transfer`, {
      data: { group: 'key_accounts' },
      headers: { 'x-csrf-token': csrf },
    });
    expect(bounce.status()).toBe(409);

    await page.locator('[data-action="close"]').click();
    await page.getByRole('dialog').locator('textarea').fill('سُلّمت الشحنة صباح اليوم ووقّع المستلم');
    const closed = page.waitForResponse((r) => r.url().endsWith('/close') && r.request().method() === 'POST');
    await page.getByRole('dialog').getByRole('button', { name: 'تأكيد' }).click();
    expect((await closed).status()).toBe(200);
    await page.locator('[data-testid="ticket-page"][data-status="closed"]').waitFor();
    const history = await page.getByTestId('ticket-history').textContent();
    expect(history).toContain('ماجد العمليات');
    expect(history).toContain('حُوّلت إلى العمليات');
    expect(history).toContain('الرجاء متابعة التسليم مع مستودع جدة');
    expect(history).toContain('أُغلقت');
    await screenshot(page, 'ticket-closed-ar.png');

    // The month's key-accounts report counts it, in the table and in the chart.
    await context.clearCookies();
    await signIn(page, server.url, 'manager1', password);
    await page.goto(`${server.url}/tickets/reports`);
    const month = new Date().toISOString().slice(0, 7);
    const report = page.waitForResponse((r) => r.url().includes(`/ticket-reports/key-accounts?month=${month}`));
    // The month from the app's month picker, with the Hijri months it spans beside it.
    await page.getByTestId('report-month').click();
    const picker = page.locator('[data-dates-dropdown]');
    if (!(await picker.locator(`[data-month="${month}"]`).isVisible()))
      await picker.locator('.mantine-CalendarHeader-calendarHeaderControl[data-direction="next"]').click();
    await picker.locator(`[data-month="${month}"]`).click();
    await expect(page.getByTestId('report-month-hijri').textContent()).resolves.toMatch(/هـ/);
    expect((await report).status()).toBe(200);
    const row = page.locator('[data-testid="key-accounts-report"] [data-customer="K500"]');
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('100.0%');
    await page.locator('[data-testid="key-accounts-chart"] .recharts-bar-rectangle').first().waitFor();
    await screenshot(page, 'ticket-reports-ar.png');
  });
});

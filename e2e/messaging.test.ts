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

// Messaging in the browser (issue 4, item 7): a supervisor drafts an SMS reminder and watches the
// live counter turn red past 70 Arabic characters; a manager approves it (a too-long draft is
// refused with the server's Arabic reason), sends a test SMS through the `log` adapter from the
// provider page and reads it in the outbox with its history; a 71-character Arabic test is
// refused; an agent sees no messaging at all.

const password = 'Wadi-Hanifa-2871';

// The server's sample values (server/src/modules/messaging/domain/templates.ts) and the default
// company name (settings): what the counter renders the variables with.
const sampleName = 'محمد العتيبي';
const company = 'تواصل';
const fittingBody = 'عزيزي {name}، قسطك يستحق قريبًا. {company}';
const extra = ' نرجو السداد في الموعد لتجنب أي رسوم إضافية';
const render = (body: string) => body.replace('{name}', sampleName).replace('{company}', company);

describeInBrowser('messaging screens in the browser', () => {
  let server: TestServer;
  let supervisor: BrowserContext;
  let manager: BrowserContext;
  let page: Page;
  let managerPage: Page;

  beforeAll(async () => {
    assertBrowserReady();
    server = await startTestServer({ TAWASUL_CALLING_WINDOW: '00:00-24:00', TAWASUL_WEEKEND: 'none' });
    await server.createUser({ username: 'supervisor1', password, role: 'supervisor', display_name: 'خالد المشرف' });
    await server.createUser({ username: 'manager1', password, role: 'manager', display_name: 'سلمى المديرة' });
    await server.createUser({
      username: 'agent1',
      password,
      role: 'agent',
      display_name: 'فهد المحصل',
      skills: ['collections'],
    });
    supervisor = await openBrowser();
    page = await firstPage(supervisor);
    manager = await openBrowser();
    managerPage = await firstPage(manager);
  });

  afterAll(async () => {
    await supervisor?.close();
    await manager?.close();
    await server?.close();
    removeProfiles();
  });

  const navOf = (p: Page) =>
    p.locator('nav a[data-nav]').evaluateAll((links) => links.map((l) => l.getAttribute('data-nav')));

  /**
   * Types the body and waits until the counter shows `units` for it (the server answers 250 ms
   * after the last key; a text counted before is answered from memory).
   */
  async function typeBody(p: Page, box: Locator, body: string, units: number) {
    await box.fill(body);
    await expect.poll(async () => (await counterState(p)).units).toBe(units);
  }

  async function counterState(p: Page) {
    const counter = p.getByTestId('sms-counter');
    await counter.and(p.locator('[data-fits]')).waitFor();
    return {
      fits: await counter.getAttribute('data-fits'),
      units: Number(await counter.getAttribute('data-units')),
      encoding: await counter.getAttribute('data-encoding'),
    };
  }

  async function draftTemplate(name: string, body: string) {
    await page.getByTestId('new-template').click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[name="name"]').fill(name);
    await dialog.getByTestId('template-purpose').click();
    await page.getByRole('option', { name: 'تذكير بقسط', exact: true }).click();
    const box = dialog.getByTestId('template-body');
    await typeBody(page, box, body, render(body).length);
    return { dialog, box };
  }

  it('(a) a supervisor drafts an SMS reminder; the counter turns red past 70 Arabic characters and back', async () => {
    await signIn(page, server.url, 'supervisor1', password);
    expect(await htmlAttributes(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    const nav = await navOf(page);
    expect(nav).toEqual(expect.arrayContaining(['messageTemplates', 'outbox', 'inbox']));
    expect(nav).not.toContain('smsProvider');
    await expect(page.locator('[data-nav="messageTemplates"]').textContent()).resolves.toBe('نماذج الرسائل');
    await page.locator('[data-nav="messageTemplates"]').click();
    await page.getByRole('heading', { name: 'نماذج الرسائل', exact: true }).waitFor();
    // The installation comes with approved reminder and thanks templates (migration 0002).
    await page.locator('tr[data-template="تذكير بموعد القسط"][data-status="approved"]').waitFor();
    await expect(page.getByTestId('templates-count').textContent()).resolves.toBe('نموذجان');

    const { dialog, box } = await draftTemplate('تذكير القسط', fittingBody);
    const expected = render(fittingBody);
    expect(expected.length).toBeLessThanOrEqual(70);
    await expect(counterState(page)).resolves.toEqual({ fits: 'true', units: expected.length, encoding: 'ucs2' });
    await expect(dialog.getByTestId('counter-rendered').textContent()).resolves.toBe(expected);
    await expect(dialog.getByTestId('counter-units').textContent()).resolves.toBe(
      `عدد الأحرف: ${expected.length} من 70`,
    );
    // Both variables are listed with their sample and their longest length.
    await expect(dialog.locator('[data-variable="name"] td').allTextContents()).resolves.toEqual([
      '{name}',
      sampleName,
      String(sampleName.length),
      '30',
    ]);
    await expect(dialog.locator('[data-variable="company"] td').nth(3).textContent()).resolves.toBe('20');
    // At 30 + 20 characters of names the reminder cannot be one segment: the worst case says so.
    await expect(dialog.getByTestId('counter-worst').getAttribute('data-fits')).resolves.toBe('false');

    // Past 70 characters with sample values: red, with the overflow and the UCS-2 culprits named.
    const longer = `${fittingBody}${extra}`;
    expect(render(longer).length).toBeGreaterThan(70);
    const answered = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/messaging/templates/preview') && r.request().postDataJSON()?.body === longer,
    );
    await typeBody(page, box, longer, render(longer).length);
    const answer = await answered;
    expect(answer.status()).toBe(200);
    expect(answer.request().postDataJSON()).toEqual({ body: longer, max_segments: 1 });
    expect((await answer.json()).fits).toBe(false);
    await expect(counterState(page)).resolves.toEqual({
      fits: 'false',
      units: render(longer).length,
      encoding: 'ucs2',
    });
    const over = render(longer).length - 70;
    await expect(dialog.getByTestId('counter-verdict').textContent()).resolves.toContain(String(over));
    await expect(dialog.getByTestId('counter-segments').textContent()).resolves.toBe('المقاطع: 2 من 1');
    await expect(dialog.getByTestId('non-gsm-arabic').textContent()).resolves.toBe('الحروف العربية');

    // Fixed: back to the short text, green again (the answer for this text is remembered, so no new request).
    await typeBody(page, box, fittingBody, expected.length);
    await expect(counterState(page)).resolves.toEqual({ fits: 'true', units: expected.length, encoding: 'ucs2' });
    await screenshot(page, 'templates-ar.png');
    await dialog.getByTestId('template-save').click();
    await dialog.waitFor({ state: 'detached' });
    const row = page.locator('tr[data-template="تذكير القسط"]');
    await row.waitFor();
    await expect(row.getAttribute('data-status')).resolves.toBe('draft');
    await expect(row.getByTestId('template-status').textContent()).resolves.toBe('مسودة');
    // A supervisor drafts but does not approve.
    await expect(row.locator('[data-action="approve"]').count()).resolves.toBe(0);

    // A second draft that is too long is saved as a draft (the manager will be refused).
    const tooLong = await draftTemplate('تذكير طويل', longer);
    await tooLong.dialog.getByTestId('template-save').click();
    await tooLong.dialog.waitFor({ state: 'detached' });
    await page.locator('tr[data-template="تذكير طويل"]').waitFor();
    await expect(page.getByTestId('templates-count').textContent()).resolves.toBe('4 نماذج');
  });

  it('(b) a manager approves the fitting draft; the too-long one is refused in Arabic', async () => {
    await signIn(managerPage, server.url, 'manager1', password);
    expect(await navOf(managerPage)).toEqual(
      expect.arrayContaining(['messageTemplates', 'outbox', 'inbox', 'smsProvider']),
    );
    await managerPage.locator('[data-nav="messageTemplates"]').click();
    const long = managerPage.locator('tr[data-template="تذكير طويل"]');
    await long.waitFor();
    await long.locator('[data-action="approve"]').click();
    const dialog = managerPage.getByRole('dialog');
    await expect(counterState(managerPage)).resolves.toMatchObject({ fits: 'false' });
    const refused = managerPage.waitForResponse((r) => r.url().endsWith('/approve'));
    await dialog.getByTestId('confirm-approve').click();
    expect((await refused).status()).toBe(422);
    const error = await dialog.getByTestId('template-action-error').textContent();
    expect(error).toContain('بالقيم النموذجية تحتاج الرسالة إلى 2 مقاطع');
    await dialog.getByRole('button', { name: 'إلغاء' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect(long.getAttribute('data-status')).resolves.toBe('draft');

    const good = managerPage.locator('tr[data-template="تذكير القسط"]');
    await good.locator('[data-action="approve"]').click();
    await expect(counterState(managerPage)).resolves.toMatchObject({ fits: 'true' });
    await dialog.getByTestId('confirm-approve').click();
    await dialog.waitFor({ state: 'detached' });
    await good.and(managerPage.locator('[data-status="approved"]')).waitFor();
    await expect(good.getByTestId('template-status').textContent()).resolves.toBe('معتمد');

    // Editing an approved template says it makes a new draft version.
    await good.locator('[data-action="edit"]').click();
    await expect(dialog.getByTestId('new-version-note').textContent()).resolves.toContain('مسودة إصدار جديد');
    await dialog.getByRole('button', { name: 'إلغاء' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('(c) the manager sends a test SMS, reads it in the outbox with its history; 71 characters are refused', async () => {
    await managerPage.locator('[data-nav="smsProvider"]').click();
    await managerPage.getByRole('heading', { name: 'مزوّد الرسائل', exact: true }).waitFor();
    const adapter = managerPage.locator('[data-setting="adapter"]');
    await expect(adapter.getByTestId('sms-adapter').textContent()).resolves.toBe('سجل فقط (لا يُرسل شيء)');
    await expect(adapter.locator('code').textContent()).resolves.toBe('TAWASUL_SMS_ADAPTER');
    await expect(managerPage.locator('[data-setting="smtp"] code').textContent()).resolves.toBe('TAWASUL_SMTP_URL');

    const form = managerPage.getByTestId('test-sms');
    await form.getByTestId('test-sms-to').fill('0551234567');
    // One stray typographic apostrophe makes a Latin text UCS-2, and the counter names it.
    const latin = 'Your installment is due tomorrow';
    await typeBody(managerPage, form.getByTestId('test-sms-body'), latin, latin.length);
    await expect(counterState(managerPage)).resolves.toMatchObject({ encoding: 'gsm7', fits: 'true' });
    await expect(form.getByTestId('counter-units').textContent()).resolves.toBe(`عدد الأحرف: ${latin.length} من 160`);
    const curly = 'It’s due tomorrow';
    await typeBody(managerPage, form.getByTestId('test-sms-body'), curly, curly.length);
    await expect(counterState(managerPage)).resolves.toMatchObject({ encoding: 'ucs2' });
    await expect(form.getByTestId('non-gsm-char').allTextContents()).resolves.toEqual(['’']);
    await expect(form.getByTestId('non-gsm-arabic').count()).resolves.toBe(0);

    const body = 'رسالة تجريبية من تواصل';
    await typeBody(managerPage, form.getByTestId('test-sms-body'), body, body.length);
    await expect(counterState(managerPage)).resolves.toEqual({ fits: 'true', units: body.length, encoding: 'ucs2' });
    const sent = managerPage.waitForResponse((r) => r.url().endsWith('/api/v1/messaging/sms/test'));
    await form.getByTestId('send-test-sms').click();
    expect((await sent).status()).toBe(201);
    const result = form.getByTestId('test-sms-result');
    await result.waitFor();
    await expect(result.getAttribute('data-status')).resolves.toBe('sent');
    await expect(result.textContent()).resolves.toMatch(/log-/);
    await screenshot(managerPage, 'provider-ar.png');

    // 71 Arabic characters: red counter, and the server's Arabic refusal; nothing is queued.
    const tooLong = 'ع'.repeat(71);
    await typeBody(managerPage, form.getByTestId('test-sms-body'), tooLong, 71);
    await expect(counterState(managerPage)).resolves.toEqual({ fits: 'false', units: 71, encoding: 'ucs2' });
    const refused = managerPage.waitForResponse((r) => r.url().endsWith('/api/v1/messaging/sms/test'));
    await form.getByTestId('send-test-sms').click();
    const refusal = await refused;
    expect(refusal.status()).toBe(422);
    expect((await refusal.json()).code).toBe('sms_too_long');
    const error = await form.getByTestId('test-sms-error').textContent();
    expect(error).toContain('71 حرفًا بترميز UCS-2');
    expect(error).toContain('لم تُرسل الرسالة ولم تُجزّأ أو تُقتطع');
    await expect(form.getByTestId('test-sms-result').count()).resolves.toBe(0);

    await managerPage.locator('[data-nav="outbox"]').click();
    await managerPage.getByRole('heading', { name: 'صندوق الصادر', exact: true }).waitFor();
    const table = managerPage.getByTestId('outbox-table');
    await table.waitFor();
    await expect(managerPage.getByTestId('outbox-count').textContent()).resolves.toBe('رسالة واحدة');
    await expect(managerPage.locator('[data-stat="sent"] [data-testid="stat-count"]').textContent()).resolves.toBe('1');
    const row = table.locator('tbody tr').first();
    await expect(row.getAttribute('data-status')).resolves.toBe('sent');
    await expect(row.getByTestId('outbox-status').textContent()).resolves.toBe('أُرسلت');
    // The list masks the recipient …
    const masked = await row.getByTestId('masked-recipient').textContent();
    // One national form, masked one way, wherever a number is shown (issue 11, item 13).
    expect(masked).toBe('05•••••567');
    await screenshot(managerPage, 'outbox-ar.png');

    // Filtering by another status hides it; by "sent" and purpose "test" shows it.
    await managerPage.getByTestId('filter-status').click();
    await managerPage.getByRole('option', { name: 'فشلت', exact: true }).click();
    await managerPage.getByTestId('outbox-empty').waitFor();
    await managerPage.getByTestId('filter-status').click();
    await managerPage.getByRole('option', { name: 'أُرسلت', exact: true }).click();
    await managerPage.getByTestId('filter-purpose').click();
    await managerPage.getByRole('option', { name: 'رسالة تجريبية', exact: true }).click();
    await table.locator('tbody tr').first().waitFor();
    await expect(table.locator('tbody tr').count()).resolves.toBe(1);

    // … the detail shows it in full (an audited read) with its history.
    await table.locator('tbody tr').first().getByTestId('open-message').click();
    const detail = managerPage.getByTestId('message-detail');
    await detail.waitFor();
    await expect(detail.getAttribute('data-status')).resolves.toBe('sent');
    await expect(detail.getByTestId('message-recipient').textContent()).resolves.toBe('+966551234567');
    await expect(detail.getByTestId('message-body').textContent()).resolves.toBe(body);
    await expect(detail.getByTestId('provider-id').textContent()).resolves.toMatch(/^log-/);
    const events = await detail
      .locator('[data-event]')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-event')));
    expect(events).toEqual(['queued', 'submitted', 'sent']);
    await expect(detail.locator('[data-event="sent"]').textContent()).resolves.toContain('قبلها المزوّد');
    // Only a failed message can be sent again.
    await expect(detail.getByTestId('retry-message').count()).resolves.toBe(0);
    await screenshot(managerPage, 'outbox-detail-ar.png');
    await managerPage.keyboard.press('Escape');
    await detail.waitFor({ state: 'detached' });

    // Inbound mail: nothing has arrived on this server; the page says so.
    await managerPage.locator('[data-nav="inbox"]').click();
    await managerPage.getByTestId('inbox-empty').waitFor();
  });

  it('(d) the templates page in English reads left to right', async () => {
    await managerPage.locator('[data-nav="messageTemplates"]').click();
    await managerPage.locator('tr[data-template="تذكير القسط"]').waitFor();
    await managerPage.getByTestId('language-switch').click();
    await managerPage.getByRole('heading', { name: 'Message templates', exact: true }).waitFor();
    expect(await htmlAttributes(managerPage)).toEqual({ lang: 'en', dir: 'ltr' });
    await expect(
      managerPage.locator('tr[data-template="تذكير القسط"]').getByTestId('template-status').textContent(),
    ).resolves.toBe('Approved');
    await expect(managerPage.getByTestId('templates-count').textContent()).resolves.toBe('4 templates');
    await screenshot(managerPage, 'templates-en.png');
  });

  it('(e) an agent has no messaging in the navigation and is refused the pages', async () => {
    const agent = await openBrowser();
    try {
      const p = await firstPage(agent);
      await signIn(p, server.url, 'agent1', password);
      const nav = await navOf(p);
      expect(nav).toContain('home');
      for (const page of ['messageTemplates', 'outbox', 'inbox', 'smsProvider']) expect(nav).not.toContain(page);
      for (const path of ['/messaging/templates', '/messaging/outbox', '/messaging/provider', '/messaging/inbox']) {
        await p.goto(`${server.url}${path}`);
        await p.getByTestId('no-permission').waitFor();
      }
      // The API says the same.
      const api = await p.request.get(`${server.url}/api/v1/messaging/outbox`);
      expect(api.status()).toBe(403);
    } finally {
      await agent.close();
    }
  });

  it('(f) the manager moves the Saudi marketing hours; a marketing SMS outside them is held, with the reason in Arabic', async () => {
    // A window that is closed now in Riyadh, whatever the hour the test runs at.
    const hour = Number(
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Riyadh', hour: '2-digit', hourCycle: 'h23' }).format(
        new Date(),
      ),
    );
    const [start, end] = hour < 12 ? ['13:00', '23:00'] : ['01:00', '11:00'];
    await managerPage.goto(`${server.url}/messaging/provider`);
    // (d) left the manager in English: back to Arabic.
    await managerPage.getByRole('heading', { name: 'Message provider', exact: true }).waitFor();
    await managerPage.getByTestId('language-switch').click();
    await managerPage.getByRole('heading', { name: 'مزوّد الرسائل', exact: true }).waitFor();
    const card = managerPage.getByTestId('marketing-rules');
    await card.waitFor();
    await expect(
      card.locator('[data-rule]').evaluateAll((rules) => rules.map((r) => r.getAttribute('data-rule'))),
    ).resolves.toEqual(['SA', 'AE', 'JO']);
    const saudi = card.locator('[data-rule="SA"]');
    await expect(saudi.getByLabel('لاحقة اسم المرسل').inputValue()).resolves.toBe('-AD');
    await expect(card.locator('[data-rule="AE"]').getByLabel('بادئة اسم المرسل').inputValue()).resolves.toBe('AD-');
    await saudi.getByLabel('من', { exact: true }).fill(start);
    await saudi.getByLabel('حتى', { exact: true }).fill(end);
    await card.getByTestId('rate-limits').getByLabel('رسائل قصيرة في الدقيقة').fill('٦٠٠');
    const saved = managerPage.waitForResponse(
      (r) => r.url().endsWith('/api/v1/settings') && r.request().method() === 'PATCH',
    );
    await card.getByRole('button', { name: 'حفظ القواعد' }).click();
    const response = await saved;
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { items: { key: string; value: unknown }[] };
    expect(body.items.find((i) => i.key === 'send_rate_limits')?.value).toMatchObject({ sms_per_minute: 600 });
    await expect(saudi.getByLabel('من', { exact: true }).inputValue()).resolves.toBe(start);
    await screenshot(managerPage, 'provider-marketing-ar.png');

    expect(await server.enqueueMarketingSms('0551234567', 'عرض خاص لعملائنا')).toEqual([]);
    await managerPage.locator('[data-nav="outbox"]').click();
    const row = managerPage.getByTestId('outbox-table').locator('tbody tr').first();
    const reason = row.getByTestId('waiting-reason');
    await reason.waitFor();
    await expect(reason.getAttribute('data-waiting')).resolves.toBe('held');
    const text = await reason.textContent();
    expect(text).toContain('محجوزة ولم تُرسل: خارج ساعات الرسائل التسويقية في');
    expect(text).toContain('السعودية');
    await expect(row.getAttribute('data-status')).resolves.toBe('queued');
    await screenshot(managerPage, 'outbox-held-ar.png');
  });
});

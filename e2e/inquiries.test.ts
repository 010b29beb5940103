import { readFileSync } from 'node:fs';
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

// The inquiry page (S1) in the browser: a mail from an unknown address and a fax arrive in the
// service mailbox; an agent opens the mail, links it to the customer, answers by email, and
// opens a ticket from it; the fax's document downloads as it came.

const password = 'Wadi-Hanifa-2871';
const faxPdf = Buffer.from('%PDF-1.4\n% fax page 1 from +966114445555\n%%EOF\n');

const mail = (headers: string[], body: string) => Buffer.from([...headers, '', body].join('\r\n'));
const base64Subject = (s: string) => `=?UTF-8?B?${Buffer.from(s).toString('base64')}?=`;

describeInBrowser('the inquiry page in the browser', () => {
  let server: TestServer;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    assertBrowserReady();
    server = await startTestServer({ TAWASUL_FAX_GATEWAY_FROM: 'fax@gateway.example' });
    await server.createUser({
      username: 'care.agent',
      password,
      role: 'agent',
      display_name: 'هند خدمة العملاء',
      skills: ['service'],
    });
    await server.loadCustomers(['customer_no,name,country,mobile', 'Q700,عبدالله الحربي,SA,0556667777']);
    await server.receiveMail(
      mail(
        [
          'From: Abdullah <abdullah.h@example.net>',
          'To: care@tawasul.example',
          `Subject: ${base64Subject('استفسار عن رصيد الحساب')}`,
          'Message-ID: <q700-question@example.net>',
          'MIME-Version: 1.0',
          'Content-Type: text/plain; charset=utf-8',
          'Content-Transfer-Encoding: base64',
        ],
        Buffer.from('السلام عليكم، كم المتبقي من أقساطي؟ رقم العقد 44120').toString('base64'),
      ),
    );
    await server.receiveMail(
      mail(
        [
          'From: Fax Gateway <fax@gateway.example>',
          'To: care@tawasul.example',
          'Subject: Fax from +966114445555',
          'Message-ID: <fax-e2e-1@gateway.example>',
          'MIME-Version: 1.0',
          'Content-Type: multipart/mixed; boundary="b1"',
        ],
        [
          '--b1',
          'Content-Type: text/plain; charset=utf-8',
          '',
          'fax received',
          '--b1',
          'Content-Type: application/pdf; name="fax-0001.pdf"',
          'Content-Disposition: attachment; filename="fax-0001.pdf"',
          'Content-Transfer-Encoding: base64',
          '',
          faxPdf.toString('base64'),
          '--b1--',
          '',
        ].join('\r\n'),
      ),
    );
    context = await openBrowser();
    page = await firstPage(context);
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    removeProfiles();
  });

  it('the agent opens the mail, links it to the customer and answers by email', async () => {
    await signIn(page, server.url, 'care.agent', password);
    expect(await htmlAttributes(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    await page.locator('[data-nav="inquiries"]').click();
    const rows = page.getByTestId('inquiries-table').locator('tbody tr');
    await rows.nth(1).waitFor();
    expect(await rows.count()).toBe(2);
    const mailRow = rows.filter({ hasText: 'استفسار عن رصيد الحساب' });
    await expect(mailRow.textContent()).resolves.toContain('بريد إلكتروني');
    // Logged by the mailbox, said so in Arabic (not the system actor's name).
    await expect(mailRow.textContent()).resolves.toContain('وارد تلقائيًا من صندوق البريد');
    await screenshot(page, 'inquiries-list-ar.png');

    await mailRow.getByTestId('inquiry-link').click();
    const view = page.getByTestId('inquiry-page');
    await view.waitFor();
    await expect(page.getByTestId('inquiry-question').textContent()).resolves.toContain('رقم العقد 44120');
    await expect(page.getByTestId('inquiry-customer').textContent()).resolves.toContain('abdullah.h@example.net');
    // No customer yet: a ticket cannot be opened until the mail is linked to one.
    await expect(page.getByTestId('make-ticket').isDisabled()).resolves.toBe(true);

    // An unknown number is refused in Arabic, on the field.
    const customerInput = page.getByTestId('inquiry-customer').locator('input[name="customer_no"]');
    await customerInput.fill('Q999');
    await page.getByTestId('inquiry-customer').getByRole('button', { name: 'ربط' }).click();
    await page.getByTestId('inquiry-customer').getByText('لا يوجد عميل برقم Q999.').waitFor();
    await customerInput.fill('Q700');
    const linked = page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().includes('/inquiries/'));
    await page.getByTestId('inquiry-customer').getByRole('button', { name: 'ربط' }).click();
    expect((await linked).status()).toBe(200);
    await page.getByTestId('inquiry-customer-link').waitFor();
    await expect(page.getByTestId('inquiry-customer-link').textContent()).resolves.toBe('عبدالله الحربي');

    const answer = 'المتبقي ثلاثة أقساط، آخرها في 2027-02-01.';
    await page.getByTestId('inquiry-mail-body').fill(answer);
    const sent = page.waitForResponse((r) => r.url().endsWith('/replies') && r.request().method() === 'POST');
    await page.getByTestId('send-mail').click();
    expect((await sent).status()).toBe(200);
    await page.locator('[data-testid="inquiry-page"][data-status="answered"]').waitFor();
    await page.locator('[data-testid="message"][data-kind="reply"]', { hasText: answer }).waitFor();
    // The answer sent by email is the inquiry's answer: the answer box shows it.
    // …laid out right to left (Mantine puts `dir` on the wrapper; the field itself must carry it).
    const box = page.getByTestId('inquiry-answer').locator('textarea[name="answer"]');
    await expect(box.evaluate((el) => getComputedStyle(el).direction)).resolves.toBe('rtl');
    await expect(page.getByTestId('inquiry-answer').locator('textarea[name="answer"]').inputValue()).resolves.toBe(
      answer,
    );
    await screenshot(page, 'inquiry-ar.png');
  });

  it('the agent opens a ticket from the inquiry and lands on it', async () => {
    await page.getByTestId('make-ticket').click();
    const form = page.getByTestId('inquiry-ticket-form');
    await form.waitFor();
    await form.locator('select[name="category"]').selectOption('complaint');
    const created = page.waitForResponse((r) => r.url().endsWith('/ticket') && r.request().method() === 'POST');
    await page.getByTestId('submit-inquiry-ticket').click();
    const response = await created;
    expect(response.status()).toBe(201);
    const ticket = (await response.json()) as { id: string; group: string };
    expect(ticket.group).toBe('customer_care');
    await page.getByTestId('ticket-page').waitFor();
    expect(page.url()).toContain(`/tickets/${ticket.id}`);
    await expect(page.getByTestId('ticket-subject').textContent()).resolves.toBe('استفسار عن رصيد الحساب');
    // Back on the inquiry, the link leads to the ticket instead of making another one.
    await page.goBack();
    await page.getByTestId('inquiry-ticket-link').waitFor();
    expect(await page.getByTestId('make-ticket').count()).toBe(0);
  });

  it("the fax's document is listed and downloads byte for byte", async () => {
    await page.getByTestId('back-to-inquiries').click();
    const faxRow = page.getByTestId('inquiries-table').locator('tbody tr').filter({ hasText: 'فاكس' });
    await faxRow.getByTestId('inquiry-link').click();
    await page.getByTestId('inquiry-documents').waitFor();
    const link = page.locator('[data-attachment="fax-0001.pdf"] a');
    const download = page.waitForEvent('download');
    await link.click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('fax-0001.pdf');
    expect(readFileSync((await file.path())!).equals(faxPdf)).toBe(true);
    // A fax has no address to answer by email: no mail composer, and no customer to open a ticket for.
    expect(await page.getByTestId('send-mail').count()).toBe(0);
    await screenshot(page, 'inquiry-fax-ar.png');
  });
});

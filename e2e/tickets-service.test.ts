import type { BrowserContext, Locator, Page, Request } from 'playwright-core';
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

// Customer service in the browser (S1, S3): a phone agent logs inquiries from the keyboard (a new
// prospect, and a customer found by the number he calls from), attaches files to a ticket, a
// claim above the approval amount waits for a manager and then reaches the claims officer, and
// a manager changes the ticket settings that a supervisor may only read.

const password = 'Wadi-Hanifa-2871';
const customersCsv = [
  'customer_no,name,type,category,country,city,mobile,key_account',
  'C300,فاطمة الزهراني,current,B,SA,جدة,0559876543,false',
];

const shipment = {
  waybill_no: 'WB-44120',
  shipper_name: 'مصنع جدة للأثاث',
  shipper_phone: '+966 55 123 4567',
  consignee_name: 'فاطمة الزهراني',
  consignee_phone: '0559876543',
};

/** True when the first character of the element's text is drawn left of its last one. */
function readsLeftToRight(locator: Locator) {
  return locator.evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const node = walker.nextNode();
    if (!node) throw new Error('expected text');
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

type Inquiry = {
  number: string;
  customer_no: string | null;
  customer_name: string | null;
  status: string;
  first_contact_resolved: boolean;
  category: string;
  channel: string;
};

/** True when nothing inside the element is cut off (its content fits its box). */
function notClipped(locator: Locator) {
  return locator.evaluate((element) => element.scrollWidth <= element.clientWidth + 1);
}

describeInBrowser('customer service in the browser', () => {
  let server: TestServer;
  let context: BrowserContext;
  let page: Page;
  const ids: Record<string, string> = {};
  let claimThreshold = 0;

  const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute('name') ?? null);
  const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? null);
  const signInAs = async (username: string) => {
    await context.clearCookies();
    await signIn(page, server.url, username, password);
  };

  beforeAll(async () => {
    assertBrowserReady();
    server = await startTestServer();
    await server.createUser({ username: 'manager1', password, role: 'manager', display_name: 'سارة المديرة' });
    await server.createUser({ username: 'supervisor1', password, role: 'supervisor', display_name: 'خالد المشرف' });
    await server.createUser({
      username: 'agent.phone',
      password,
      role: 'agent',
      display_name: 'ريم موظفة الهاتف',
      skills: ['service'],
    });
    await server.createUser({ username: 'agent.ops', password, role: 'agent', display_name: 'ماجد العمليات' });
    await server.createUser({ username: 'claims1', password, role: 'claims', display_name: 'هند مسؤولة المطالبات' });
    context = await openBrowser();
    page = await firstPage(context);
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    removeProfiles();
  });

  it('a customer on file; a manager puts the phone agent in Customer Care', async () => {
    await server.loadCustomers(customersCsv);
    await signInAs('manager1');
    const users = await page.request.get(`${server.url}/api/v1/users?limit=100`);
    const { items } = (await users.json()) as { items: { id: string; username: string }[] };
    for (const u of items) ids[u.username] = u.id;
    const members = await page.request.put(`${server.url}/api/v1/ticket-groups/customer_care/members`, {
      data: { user_ids: [ids['agent.phone']] },
    });
    expect(members.status()).toBe(200);
    const settings = await page.request.get(`${server.url}/api/v1/ticket-settings`);
    expect(settings.status()).toBe(200);
    claimThreshold = ((await settings.json()) as { claim_approval_above: number }).claim_approval_above;
    expect(claimThreshold).toBeGreaterThan(0);
  });

  it('the phone agent logs a call from a new prospect with the keyboard only', async () => {
    await signInAs('agent.phone');
    expect(await htmlAttributes(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    await page.locator('[data-nav="inquiries"]').click();
    await page.getByRole('heading', { name: 'الاستفسارات', exact: true }).waitFor();
    await page.getByTestId('new-inquiry').click();
    const form = page.getByTestId('new-inquiry-form');
    await form.waitFor();

    // The cursor starts in the customer field; the caller is not a customer yet: back to
    // "المتصل" and one step to "عميل محتمل جديد" (the arrow that moves forward in Arabic).
    await expect.poll(focusedName).toBe('customer_no');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(focusedName).toBe('who');
    await page.keyboard.press('ArrowLeft');
    await page.getByTestId('prospect-fields').waitFor();
    await expect.poll(focusedName).toBe('prospect.name');
    await page.keyboard.type('عبدالله الشهري');
    await page.keyboard.press('Enter');
    await expect.poll(focusedName).toBe('prospect.phone');
    // The number is looked up: nobody has it yet, so no existing customer is offered.
    const lookedUp = page.waitForResponse((r) => r.url().includes('/api/v1/customers/lookup?q=%2B966'));
    await page.keyboard.type('+966 50 765 4321');
    const lookup = await lookedUp;
    expect(lookup.status()).toBe(200);
    expect(((await lookup.json()) as { items: unknown[] }).items).toEqual([]);
    expect(await page.getByTestId('prospect-known').count()).toBe(0);
    await page.keyboard.press('Enter');
    // The country stays SA.
    await expect.poll(focusedName).toBe('prospect.country');
    await page.keyboard.press('Enter');
    await expect.poll(focusedName).toBe('category');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(form.locator('select[name="category"]').inputValue()).resolves.toBe('products');
    await page.keyboard.press('Enter');
    await expect.poll(focusedName).toBe('subject');
    await page.keyboard.type('أسعار الشحن الدولي');
    await page.keyboard.press('Enter');
    await expect.poll(focusedName).toBe('question');
    await page.keyboard.type('يسأل عن تكلفة شحن طرد إلى عمّان.');
    await page.keyboard.press('Tab');
    await expect.poll(focusedName).toBe('answer');
    await page.keyboard.type('أُرسلت له قائمة الأسعار وشرح مدة التوصيل.');
    await page.keyboard.press('Tab');
    await expect.poll(focusedName).toBe('first_contact_resolved');
    await page.keyboard.press('Space');
    await expect(form.locator('input[name="first_contact_resolved"]').isChecked()).resolves.toBe(true);
    // Arabic is typed right to left, the phone left to right.
    const direction = (selector: string) =>
      form.locator(selector).evaluate((field) => getComputedStyle(field).direction);
    await expect(direction('input[name="prospect.name"]')).resolves.toBe('rtl');
    await expect(direction('input[name="subject"]')).resolves.toBe('rtl');
    await expect(direction('textarea[name="answer"]')).resolves.toBe('rtl');
    await expect(direction('input[name="prospect.phone"]')).resolves.toBe('ltr');
    await screenshot(page, 'inquiry-form-ar.png');

    const saved = page.waitForResponse((r) => r.url().endsWith('/api/v1/inquiries') && r.request().method() === 'POST');
    await page.keyboard.press('Control+Enter');
    const response = await saved;
    expect(response.status()).toBe(201);
    expect(response.request().postDataJSON()).toEqual({
      channel: 'phone',
      category: 'products',
      subject: 'أسعار الشحن الدولي',
      question: 'يسأل عن تكلفة شحن طرد إلى عمّان.',
      answer: 'أُرسلت له قائمة الأسعار وشرح مدة التوصيل.',
      first_contact_resolved: true,
      prospect: { name: 'عبدالله الشهري', phone: '+966 50 765 4321', country: 'SA' },
    });
    const inquiry = (await response.json()) as Inquiry;
    expect(inquiry).toMatchObject({
      customer_name: 'عبدالله الشهري',
      status: 'answered',
      first_contact_resolved: true,
      category: 'products',
      channel: 'phone',
    });
    ids.prospectNo = inquiry.customer_no!;
    ids.prospectInquiry = inquiry.number;
    // Ready for the next call: empty, the cursor back in the first field, the number to quote shown.
    await expect.poll(() => form.locator('input[name="prospect.name"]').inputValue()).toBe('');
    await expect.poll(focusedName).toBe('prospect.name');
    const last = page.getByTestId('last-inquiry');
    await expect(last.textContent()).resolves.toContain(inquiry.number);
    expect(await readsLeftToRight(last.locator('bdi').first())).toBe(true);

    // The prospect exists, found by the number he called from, whichever way it is typed.
    const found = await page.request.get(`${server.url}/api/v1/customers/lookup?q=0507654321`);
    expect(found.status()).toBe(200);
    const { items } = (await found.json()) as { items: { customer_no: string; name: string; type: string }[] };
    expect(items).toEqual([
      expect.objectContaining({ customer_no: inquiry.customer_no, name: 'عبدالله الشهري', type: 'prospect' }),
    ]);
  });

  it('a caller who is already a customer is found by the number he calls from', async () => {
    const form = page.getByTestId('new-inquiry-form');
    // Still on "new prospect": the number belongs to Fatima, and the form says so.
    await expect.poll(focusedName).toBe('prospect.name');
    await page.keyboard.type('فاطمة');
    await page.keyboard.press('Enter');
    await page.keyboard.type('055 987 6543');
    const known = page.getByTestId('prospect-known');
    await known.waitFor();
    await expect(known.locator('[data-customer="C300"]').textContent()).resolves.toContain('فاطمة الزهراني');
    // Past the country, the next stop is the offer to link the call to her.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect.poll(focusedText).toBe('ربط بهذا العميل');
    await page.keyboard.press('Enter');
    await expect(form.getByTestId('inquiry-customer-match').textContent()).resolves.toContain('فاطمة الزهراني');
    await expect(form.locator('input[name="customer_no"]').inputValue()).resolves.toBe('C300');

    // The usual way: the number typed in the customer field, picked from the list with ↓ and Enter.
    await page.getByRole('button', { name: 'مسح' }).click();
    await expect.poll(focusedName).toBe('customer_no');
    const searched = page.waitForResponse((r) => r.url().includes('/api/v1/customers/lookup?q=%2B966'));
    await page.keyboard.type('+966 55 987 6543');
    expect((await searched).status()).toBe(200);
    const option = page.locator('[data-customer-option="C300"]');
    await option.waitFor();
    await expect(option.textContent()).resolves.toContain('فاطمة الزهراني');
    await expect(
      form.locator('input[name="customer_no"]').evaluate((field) => getComputedStyle(field).direction),
    ).resolves.toBe('ltr');
    expect(await readsLeftToRight(option.locator('bdi[dir="ltr"]').nth(1))).toBe(true);
    await screenshot(page, 'inquiry-lookup-ar.png');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(form.getByTestId('inquiry-customer-match').textContent()).resolves.toContain('فاطمة الزهراني');
    // Chosen, the cursor moves on to the category: the installments of her account.
    await expect.poll(focusedName).toBe('category');
    await page.keyboard.press('ArrowDown');
    await expect(form.locator('select[name="category"]').inputValue()).resolves.toBe('installments');
    await page.keyboard.press('Enter');
    await page.keyboard.type('موعد القسط القادم');
    await page.keyboard.press('Enter');
    await page.keyboard.type('تسأل عن موعد القسط القادم ومبلغه؛ ستعاود الاتصال بعد مراجعة العقد.');
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/v1/inquiries') && r.request().method() === 'POST');
    await page.keyboard.press('Control+Enter');
    const response = await saved;
    expect(response.status()).toBe(201);
    expect(response.request().postDataJSON()).toMatchObject({ customer_no: 'C300', category: 'installments' });
    const inquiry = (await response.json()) as Inquiry;
    // No answer yet: open, and first-contact resolution is not counted.
    expect(inquiry).toMatchObject({ customer_no: 'C300', status: 'open', first_contact_resolved: false });
    ids.customerInquiry = inquiry.number;
    // No second customer was made for her number.
    const found = await page.request.get(`${server.url}/api/v1/customers/lookup?q=0559876543`);
    const { items } = (await found.json()) as { items: { customer_no: string }[] };
    expect(items.map((c) => c.customer_no)).toEqual(['C300']);

    // A number that cannot be dialled is refused, and the form says so in Arabic beside it.
    await form.getByTestId('inquiry-who').getByText('عميل محتمل جديد').click();
    await expect.poll(focusedName).toBe('prospect.name');
    await page.keyboard.type('سالم');
    await page.keyboard.press('Enter');
    await page.keyboard.type('12345');
    await form.locator('input[name="subject"]').fill('سؤال عن الفروع');
    const refused = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/inquiries') && r.request().method() === 'POST',
    );
    await page.keyboard.press('Control+Enter');
    expect((await refused).status()).toBe(422);
    const phoneError = form.getByTestId('prospect-fields').getByText('«12345» ليس رقم هاتف صحيحًا في SA.');
    await phoneError.waitFor();
  });

  it('both inquiries show in the list, newest first', async () => {
    const listed = page.waitForResponse((r) => r.url().includes('/api/v1/inquiries?'));
    await page.locator('[data-nav="inquiries"]').click();
    expect((await listed).status()).toBe(200);
    const rows = page.getByTestId('inquiries-table').locator('tbody tr');
    await rows.nth(1).waitFor();
    await expect(rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-inquiry')))).resolves.toEqual([
      ids.customerInquiry,
      ids.prospectInquiry,
    ]);
    const prospectRow = page.locator(`[data-inquiry="${ids.prospectInquiry}"]`);
    await expect(prospectRow.textContent()).resolves.toContain('عبدالله الشهري');
    await expect(prospectRow.textContent()).resolves.toContain('المنتجات والخدمات');
    await expect(prospectRow.textContent()).resolves.toContain('أُجيب');
    await expect(prospectRow.textContent()).resolves.toContain('من أول اتصال');
    const customerRow = page.locator(`[data-inquiry="${ids.customerInquiry}"]`);
    await expect(customerRow.textContent()).resolves.toContain('فاطمة الزهراني');
    await expect(customerRow.textContent()).resolves.toContain('الأقساط');
    await expect(customerRow.textContent()).resolves.toContain('مفتوح');
    await expect(customerRow.textContent()).resolves.not.toContain('من أول اتصال');
    expect(await readsLeftToRight(prospectRow.locator('td').first())).toBe(true);
    expect(await notClipped(customerRow.locator('td').nth(5).locator('p'))).toBe(true);
    await screenshot(page, 'inquiries-ar.png');
  });

  it('attachments on a ticket: a PDF is listed and downloads; a file too large or an .exe is refused in Arabic', async () => {
    const created = await page.request.post(`${server.url}/api/v1/tickets`, {
      data: {
        customer_no: 'C300',
        category: 'complaint',
        subject: 'تأخر رد خدمة العملاء',
        description: 'العميلة أرسلت صورة بوليصة الشحن وتطلب المتابعة.',
        fields: {},
      },
    });
    expect(created.status()).toBe(201);
    const ticket = (await created.json()) as { id: string; number: string; group: string };
    expect(ticket.group).toBe('customer_care');
    ids.complaint = ticket.id;
    await page.goto(`${server.url}/tickets/${ticket.id}`);
    await page.getByTestId('ticket-page').waitFor();
    const attachments = page.getByTestId('ticket-attachments');
    await expect(attachments.textContent()).resolves.toContain('لا مرفقات');
    const input = attachments.locator('input[type="file"]');
    const uploads: string[] = [];
    const countUploads = (r: Request) => {
      if (r.method() === 'POST' && r.url().endsWith(`/tickets/${ticket.id}/attachments`)) uploads.push(r.url());
    };
    page.on('request', countUploads);

    // An allowed file: listed, and its download answers with the same bytes.
    const pdf = Buffer.from('%PDF-1.4\n% بوليصة الشحن WB-44120\n%%EOF\n', 'utf8');
    const pdfName = 'بوليصة الشحن WB-44120.pdf';
    const uploaded = page.waitForResponse((r) => r.url().endsWith(`/tickets/${ticket.id}/attachments`));
    await input.setInputFiles({ name: pdfName, mimeType: 'application/pdf', buffer: pdf });
    expect((await uploaded).status()).toBe(201);
    const item = attachments.locator(`[data-attachment="${pdfName}"]`);
    await item.waitFor();
    expect(await notClipped(item.locator('a'))).toBe(true);
    // "50 بايت": the number, then its unit, read right to left.
    const size = item.getByTestId('attachment-size');
    await expect(size.textContent()).resolves.toBe(`${pdf.length} بايت`);
    expect(await readsLeftToRight(size)).toBe(false);
    const href = await item.locator('a').getAttribute('href');
    expect(href).toMatch(new RegExp(`^/api/v1/tickets/${ticket.id}/attachments/[0-9a-f-]{36}$`));
    const download = await page.request.get(`${server.url}${href}`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe('application/pdf');
    expect((await download.body()).equals(pdf)).toBe(true);
    const [file] = await Promise.all([page.waitForEvent('download'), item.locator('a').click()]);
    expect(file.suggestedFilename()).toBe(pdfName);
    await expect(page.getByTestId('ticket-history').textContent()).resolves.toContain('أضيف مرفق');

    // Too large: refused before it is sent, in Arabic.
    const before = uploads.length;
    await input.setInputFiles({
      name: 'scan.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(10 * 1024 * 1024)]),
    });
    const error = page.getByTestId('attachment-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/^حجم الملف أكبر من .+\.$/);
    expect(uploads.length).toBe(before);

    // A program: the server refuses it (415) and the page says why, in Arabic.
    const refused = page.waitForResponse((r) => r.url().endsWith(`/tickets/${ticket.id}/attachments`));
    await input.setInputFiles({
      name: 'setup.exe',
      mimeType: 'application/x-msdownload',
      buffer: Buffer.from('MZ\x90\x00 this program cannot be run in DOS mode'),
    });
    expect((await refused).status()).toBe(415);
    await error.filter({ hasText: 'لا يمكن إرفاق هذا النوع من الملفات' }).waitFor();
    await expect(attachments.locator('[data-attachment]').count()).resolves.toBe(1);
    expect(uploads.length).toBe(before + 1);
    page.off('request', countUploads);
    await screenshot(page, 'ticket-attachments-ar.png');
  });

  it('the agent takes the complaint (أستلمها), it is in تذاكري; a supervisor assigns it back to the group', async () => {
    await page.goto(`${server.url}/tickets/${ids.complaint}`);
    const details = page.getByTestId('ticket-details');
    await expect(details.textContent()).resolves.toContain('غير مسندة');
    const taken = page.waitForResponse((r) => r.url().endsWith(`/tickets/${ids.complaint}/assign`));
    await page.locator('[data-action="take"]').click();
    expect((await taken).status()).toBe(200);
    await details.filter({ hasText: 'ريم موظفة الهاتف' }).waitFor();
    await page.getByTestId('ticket-history').filter({ hasText: 'استلمها ريم موظفة الهاتف' }).waitFor();
    await expect(page.locator('[data-action="take"]').count()).resolves.toBe(0);
    await page.goto(`${server.url}/tickets`);
    await page.getByTestId('tab-mine').click();
    await page.getByTestId('tickets-table').locator(`[data-ticket]`).first().waitFor();
    await expect(page.getByTestId('tickets-table').textContent()).resolves.toContain('تأخر رد خدمة العملاء');

    await signInAs('supervisor1');
    await page.goto(`${server.url}/tickets/${ids.complaint}`);
    await page.getByTestId('ticket-page').waitFor();
    await page.locator('[data-action="assign"]').click();
    await page.getByTestId('assignee-select').click();
    await page.getByRole('option', { name: 'بلا مسؤول (للمجموعة)' }).click();
    const assigned = page.waitForResponse((r) => r.url().endsWith(`/tickets/${ids.complaint}/assign`));
    await page.getByRole('button', { name: 'تأكيد' }).click();
    expect((await assigned).status()).toBe(200);
    await page.getByTestId('ticket-details').filter({ hasText: 'غير مسندة' }).waitFor();
    await page.getByTestId('ticket-history').filter({ hasText: 'أُلغي الإسناد' }).waitFor();
    await screenshot(page, 'ticket-assign-supervisor-ar.png');
    // In the queue the supervisor assigns to a member of the group.
    await page.goto(`${server.url}/tickets`);
    await page.getByTestId('tab-all').click();
    const row = page.locator(`[data-ticket]`).filter({ hasText: 'تأخر رد خدمة العملاء' });
    await row.locator('[data-action="assign"]').click();
    await page.getByTestId('assign-menu').getByText('ريم موظفة الهاتف').waitFor();
    await screenshot(page, 'tickets-queue-assign-ar.png');
    await page.keyboard.press('Escape');
    await signInAs('agent.phone');
  });

  it('a claim above the approval amount waits for a manager and cannot be resolved', async () => {
    const amount = claimThreshold + 2500.5;
    await page.locator('[data-nav="tickets"]').click();
    await page.getByTestId('new-ticket').click();
    const form = page.getByTestId('new-ticket-form');
    await form.waitFor();
    await form.locator('input[name="customer_no"]').fill('C300');
    await page.getByTestId('new-ticket-category').click();
    await page.getByRole('option', { name: 'مطالبة', exact: true }).click();
    await form.locator('input[name="subject"]').fill('تعويض عن شحنة أثاث تالفة');
    for (const [name, value] of Object.entries(shipment))
      await form.locator(`input[name="fields.${name}"]`).fill(value);
    await form.locator('input[name="fields.claim_amount"]').fill(String(amount));
    const created = page.waitForResponse((r) => r.url().endsWith('/api/v1/tickets') && r.request().method() === 'POST');
    await page.getByTestId('submit-ticket').click();
    const response = await created;
    expect(response.status()).toBe(201);
    const ticket = (await response.json()) as { id: string; number: string; group: string };
    expect(ticket.group).toBe('customer_care');
    ids.claim = ticket.id;
    ids.claimNumber = ticket.number;
    await page.getByTestId('ticket-page').waitFor();

    const state = page.getByTestId('claim-state');
    await expect(state.getAttribute('data-approval')).resolves.toBe('pending');
    await expect(page.getByTestId('claim-pending').textContent()).resolves.toContain('تنتظر اعتماد المدير');
    // A member of the group may resolve other tickets, but not this one yet …
    await expect(page.locator('[data-action="resolve"], [data-action="close"]').count()).resolves.toBe(0);
    // … and the server says the same.
    const early = await page.request.post(`${server.url}/api/v1/tickets/${ticket.id}/status`, {
      data: { action: 'resolve', resolution: 'صُرف التعويض' },
    });
    expect(early.status()).toBe(409);
    expect(((await early.json()) as { code: string }).code).toBe('claim_needs_approval');
    // An agent cannot approve it.
    expect(await page.getByTestId('claim-approval').count()).toBe(0);
    expect(await readsLeftToRight(page.getByTestId('ticket-number'))).toBe(true);
    // The shipment's fields read right: the phone as dialled, the amount formatted, no internal copies.
    const fields = page.getByTestId('ticket-fields');
    expect(await readsLeftToRight(fields.locator('[data-field="shipper_phone"]'))).toBe(true);
    await expect(fields.locator('[data-field="shipper_phone"]').textContent()).resolves.toBe('+966 55 123 4567');
    await expect(fields.locator('[data-field="claim_amount"]').textContent()).resolves.toBe(
      (claimThreshold + 2500.5).toLocaleString('en-US', { minimumFractionDigits: 2 }),
    );
    await expect(fields.textContent()).resolves.not.toContain('e164');
    await expect(state.textContent()).resolves.toContain('بانتظار اعتماد المدير');
    await screenshot(page, 'claim-pending-ar.png');
  });

  it('a manager approves the claim on the ticket page; the claims officer finds it in his queue', async () => {
    await signInAs('manager1');
    await page.goto(`${server.url}/tickets/${ids.claim}`);
    const card = page.getByTestId('claim-approval');
    await card.waitFor();
    const amount = card.getByTestId('claim-amount');
    expect(await readsLeftToRight(amount)).toBe(true);
    expect((await amount.textContent())?.replace(/[^\d.]/g, '')).toBe((claimThreshold + 2500.5).toFixed(2));
    await card.locator('textarea').fill('معتمدة بعد مراجعة صور الشحنة');
    await screenshot(page, 'claim-approval-ar.png');
    const decided = page.waitForResponse((r) => r.url().endsWith(`/tickets/${ids.claim}/claim-approval`));
    await card.locator('[data-action="approve-claim"]').click();
    const answer = await decided;
    expect(answer.status()).toBe(200);
    expect(answer.request().postDataJSON()).toMatchObject({ approve: true, note: 'معتمدة بعد مراجعة صور الشحنة' });
    await card.waitFor({ state: 'detached' });
    await expect(page.getByTestId('claim-state').getAttribute('data-approval')).resolves.toBe('approved');
    await expect(page.getByTestId('ticket-history').textContent()).resolves.toContain('اعتُمدت المطالبة');

    await signInAs('claims1');
    await page.locator('[data-nav="tickets"]').click();
    const row = page.locator(`[data-ticket="${ids.claimNumber}"]`);
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('فاطمة الزهراني');
    await row.getByTestId('ticket-link').click();
    await page.getByTestId('ticket-page').waitFor();
    // Approved, the claim may now be resolved by the claims officer.
    await page.locator('[data-action="resolve"]').waitFor();
  });

  it('a manager changes a group and an SLA policy; a supervisor sees the settings read-only', async () => {
    await signInAs('manager1');
    await page.locator('[data-nav="ticketSettings"]').click();
    await page.getByRole('heading', { name: 'إعدادات التذاكر' }).waitFor();
    const ops = page.locator('[data-group="operations"]');
    await ops.waitFor();
    const countries = ops.getByLabel('الدول');
    await countries.click();
    await countries.fill('IQ');
    await page.keyboard.press('Enter');
    const members = ops.getByLabel('الأعضاء');
    await members.click();
    await members.fill('ماجد');
    await page.getByRole('option', { name: 'ماجد العمليات (agent.ops)' }).click();
    await page.keyboard.press('Escape');
    const patched = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/ticket-groups/operations') && r.request().method() === 'PATCH',
    );
    const put = page.waitForResponse((r) => r.url().endsWith('/api/v1/ticket-groups/operations/members'));
    await ops.getByRole('button', { name: 'حفظ التغييرات' }).click();
    const groupAnswer = await patched;
    expect(groupAnswer.status()).toBe(200);
    expect(((await groupAnswer.json()) as { countries: string[] }).countries).toContain('IQ');
    const memberAnswer = await put;
    expect(memberAnswer.status()).toBe(200);
    expect(memberAnswer.request().postDataJSON()).toEqual({ user_ids: [ids['agent.ops']] });

    const policy = page.locator('[data-policy="customer_care/complaint"]');
    const resolution = policy.getByLabel('الحل (ساعة)');
    await expect(resolution.inputValue()).resolves.toBe('16');
    await resolution.fill('12');
    await expect.poll(() => page.getByTestId('unsaved').textContent()).toBe('تغيير واحد غير محفوظ');
    const saved = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/ticket-settings') && r.request().method() === 'PATCH',
    );
    await page.getByTestId('save-ticket-settings').click();
    const settingsAnswer = await saved;
    expect(settingsAnswer.status()).toBe(200);
    const { policies } = (await settingsAnswer.json()) as {
      policies: { group: string; category: string | null; resolution_hours: number }[];
    };
    expect(policies.find((p) => p.group === 'customer_care' && p.category === 'complaint')?.resolution_hours).toBe(12);
    await screenshot(page, 'ticket-settings-ar.png');

    // A reload shows what was saved.
    await page.reload();
    await page.locator('[data-policy="customer_care/complaint"]').waitFor();
    await expect(
      page.locator('[data-policy="customer_care/complaint"]').getByLabel('الحل (ساعة)').inputValue(),
    ).resolves.toBe('12');
    const reloaded = page.locator('[data-group="operations"]');
    await expect(reloaded.textContent()).resolves.toContain('IQ');
    await expect(reloaded.textContent()).resolves.toContain('ماجد العمليات');

    // A supervisor reads the same settings and cannot change them.
    await signInAs('supervisor1');
    await page.goto(`${server.url}/tickets/settings`);
    await page.getByRole('heading', { name: 'إعدادات التذاكر' }).waitFor();
    const readOnly = page.locator('[data-group="operations"]');
    await readOnly.waitFor();
    await expect(readOnly.textContent()).resolves.toContain('IQ');
    await expect(readOnly.textContent()).resolves.toContain('ماجد العمليات');
    await expect(
      page.locator('[data-policy="customer_care/complaint"] [data-col="resolution"]').textContent(),
    ).resolves.toBe('12');
    await expect(page.getByTestId('business-hours').textContent()).resolves.toBe('من 08:00 إلى 16:00');
    await expect(page.getByTestId('claim-approval-above').textContent()).resolves.toBe(
      claimThreshold.toLocaleString('en-US'),
    );
    expect(await page.getByRole('button', { name: 'حفظ التغييرات' }).count()).toBe(0);
    expect(await page.getByTestId('save-ticket-settings').count()).toBe(0);
    // Read-only is text, not greyed-out inputs.
    expect(await page.locator('main input:not([type="hidden"]), main textarea').count()).toBe(0);
    await expect(readOnly.locator('[data-active]').textContent()).resolves.toBe('تستقبل التذاكر');
    await expect(page.locator('body').textContent()).resolves.toContain('يمكنك الاطلاع على هذه الإعدادات');
    await screenshot(page, 'ticket-settings-readonly-ar.png');
  });
});

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

// The web shell in headless Chromium against the real server: Arabic first, English one
// switch away and remembered, role-aware navigation, settings set by the environment.

const adminPassword = 'Sahara-Oasis-7310';
const agentPassword = 'Palm-Grove-4826';

/**
 * The navbar sits on the reading side (right in Arabic, left in English) and the page content
 * does not slide under it; waits out AppShell's transition after a direction switch.
 */
async function expectShellLayout(page: Page, dir: 'rtl' | 'ltr') {
  await page.waitForFunction((expected) => {
    const nav = document.querySelector('.mantine-AppShell-navbar')?.getBoundingClientRect();
    const main = document.querySelector('.mantine-AppShell-main > *')?.getBoundingClientRect();
    if (!nav || !main) return false;
    return expected === 'rtl'
      ? nav.left >= document.documentElement.clientWidth / 2 && main.right <= nav.left
      : nav.right <= document.documentElement.clientWidth / 2 && main.left >= nav.right;
  }, dir);
  // A folded group's chevron points along the reading direction (the messaging group is folded).
  const transform = await page
    .locator('[data-nav-group="messaging"] .mantine-rotate-rtl')
    .evaluate((svg) => getComputedStyle(svg).transform);
  expect(transform === 'none' ? 'ltr' : 'rtl').toBe(dir);
}

describeInBrowser('web shell in the browser', () => {
  let server: TestServer;
  let admin: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    assertBrowserReady();
    server = await startTestServer();
    await server.createUser({
      username: 'admin',
      password: adminPassword,
      role: 'admin',
      display_name: 'سارة الإدارية',
    });
    admin = await openBrowser();
    page = await firstPage(admin);
  });

  afterAll(async () => {
    await admin?.close();
    await server?.close();
    removeProfiles();
  });

  it('(a) shows the login page in Arabic, right to left, in the bundled font', async () => {
    // No script error on the sign-in page ("TypeError: Illegal invocation" was seen here once);
    // the 401s of "am I signed in?" and of the wrong password are answers, not errors.
    const errors: string[] = [];
    const onConsole = (message: { type(): string; text(): string }) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
        errors.push(message.text());
    };
    const onPageError = (error: Error) => errors.push(String(error));
    page.on('console', onConsole);
    page.on('pageerror', onPageError);
    await page.goto(`${server.url}/users`);
    await page.waitForURL(/\/login\?redirect=/);
    expect(await htmlAttributes(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    // The login page is loaded lazily: wait for it before looking.
    await page.getByRole('heading', { name: 'تسجيل الدخول' }).waitFor();
    await expect(page.getByRole('heading', { name: 'تسجيل الدخول' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('label', { hasText: 'اسم المستخدم' }).isVisible()).resolves.toBe(true);

    // Wrong password: the server's Arabic message.
    await page.locator('input[name="username"]').fill('admin');
    await page.locator('input[name="password"]').fill('not-the-password');
    await page.locator('button[type="submit"]').click();
    await expect(page.getByTestId('login-error').textContent()).resolves.toBe('اسم المستخدم أو كلمة المرور غير صحيحة.');

    await page.evaluate(() => document.fonts.ready);
    const fontLoaded = await page.evaluate(() => document.fonts.check('16px "IBM Plex Sans Arabic"', 'تواصل'));
    expect(fontLoaded).toBe(true);
    const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(family).toContain('IBM Plex Sans Arabic');
    await page.locator('input[name="password"]').fill('');
    await screenshot(page, 'login-ar.png');

    // English is downloaded when asked for, and the page follows it; then back to Arabic.
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await htmlAttributes(page)).toEqual({ lang: 'en', dir: 'ltr' });
    await expect(page.locator('label', { hasText: 'Username' }).isVisible()).resolves.toBe(true);
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { name: 'تسجيل الدخول' }).waitFor();
    expect(await htmlAttributes(page)).toEqual({ lang: 'ar', dir: 'rtl' });

    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    expect(errors).toEqual([]);
  });

  it('(b) admin signs in, sees the shell and creates a supervisor and an agent', async () => {
    await page.locator('input[name="password"]').fill(adminPassword);
    await page.locator('button[type="submit"]').click();
    // Back where the login was asked for.
    await page.waitForURL(`${server.url}/users`);
    await page.getByTestId('users-table').waitFor();

    await page.locator('[data-nav="home"]').click();
    await page.getByTestId('welcome-card').waitFor();
    await expect(page.getByRole('heading', { name: 'مرحبًا، سارة الإدارية' }).isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('welcome-role').textContent()).resolves.toBe('مدير النظام');
    const hijri = await page.getByTestId('date-hijri').textContent();
    expect(hijri).toMatch(/هـ/);
    const navLabels = await page.locator('nav a[data-nav]').allTextContents();
    // The menu in groups, as a call center works: collections, the service desk, the call center,
    // messaging, administration; each group opens and folds, and stays folded on this browser.
    const groups = page.locator('nav [data-nav-group]');
    await expect(groups.locator('.mantine-NavLink-label').allTextContents()).resolves.toEqual([
      'التحصيل',
      'خدمة العملاء',
      'مركز الاتصال',
      'التسويق',
      'الرسائل',
      'الإدارة',
    ]);
    expect(navLabels).toEqual([
      'الرئيسية',
      'كشوف اليوم',
      'يوم التحصيل',
      'تصحيح البيانات',
      'العملاء',
      'التذاكر',
      'الاستفسارات',
      'تقارير التذاكر',
      'إعدادات التذاكر',
      'الاستطلاعات',
      'قوائم العمل',
      'المراقبة المباشرة',
      'لوحة العرض المباشر',
      'المتابعات المصعّدة',
      'سجل المكالمات',
      'مؤشرات الأداء',
      'حاسبة التوظيف',
      'العروض',
      'الحملات',
      'نماذج الرسائل',
      'صندوق الصادر',
      'البريد الوارد',
      'مزوّد الرسائل',
      'الاستيراد',
      'المستخدمون',
      'الإعدادات',
      'طوابير المكالمات',
      'القوائم الصوتية',
      'عبارات الاتصال',
      'سجل التدقيق',
      'رموز الواجهة البرمجية',
      'ملفي الشخصي',
    ]);
    await page.locator('[data-nav-group="messaging"]').click();
    await page.locator('[data-nav="outbox"]').waitFor({ state: 'hidden' });
    await expect(page.locator('[data-nav-group="messaging"]').getAttribute('aria-expanded')).resolves.toBe('false');
    await expectShellLayout(page, 'rtl');
    await screenshot(page, 'shell-ar.png');
    // The current page's group is open whatever was folded: the users page opens the administration group.
    await page.locator('[data-nav-group="administration"]').click();
    await page.locator('[data-nav="users"]').waitFor({ state: 'hidden' });
    await page.goto(`${server.url}/users`);
    await page.getByTestId('users-table').waitFor();
    await page.locator('[data-nav="users"]').waitFor();
    await expect(page.locator('[data-nav-group="administration"]').getAttribute('data-current')).resolves.toBe('true');
    // Elsewhere it is folded again until opened.
    await page.locator('[data-nav="home"]').click();
    await page.locator('[data-nav="users"]').waitFor({ state: 'hidden' });
    await page.locator('[data-nav-group="administration"]').click();

    await page.locator('[data-nav="users"]').click();
    await page.getByTestId('users-table').waitFor();
    await expect(page.getByTestId('users-count').textContent()).resolves.toBe('مستخدم واحد');

    // Supervisor, first with a weak password: the 422 field error lands under the password input.
    await page.getByTestId('new-user').click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[name="username"]').fill('supervisor1');
    await dialog.locator('input[name="display_name"]').fill('خالد المشرف');
    await dialog.getByTestId('user-role').click();
    await page.getByRole('option', { name: 'مشرف مركز الاتصال', exact: true }).click();
    await dialog.locator('input[name="password"]').fill('short');
    await dialog.getByRole('button', { name: 'إنشاء', exact: true }).click();
    await dialog.getByText('يجب ألا تقل كلمة المرور عن 10 أحرف.').waitFor();
    await dialog.locator('input[name="password"]').fill('Desert-Rose-5593');
    await dialog.getByRole('button', { name: 'إنشاء', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('tr[data-username="supervisor1"]').waitFor();
    await expect(page.locator('tr[data-username="supervisor1"]').textContent()).resolves.toContain('مشرف مركز الاتصال');

    // Agent with skills and a team.
    await page.getByTestId('new-user').click();
    await dialog.locator('input[name="username"]').fill('agent1');
    await dialog.locator('input[name="display_name"]').fill('نورة الموظفة');
    await dialog.getByTestId('user-role').click();
    await page.getByRole('option', { name: 'موظف مركز الاتصال', exact: true }).click();
    await dialog.getByTestId('user-skills').click();
    await page.getByRole('option', { name: 'التحصيل', exact: true }).click();
    await page.getByRole('option', { name: 'خدمة العملاء', exact: true }).click();
    await page.keyboard.press('Escape');
    await dialog.getByTestId('user-teams').fill('فريق الرياض');
    await page.keyboard.press('Enter');
    await dialog.locator('input[name="password"]').fill(agentPassword);
    await dialog.getByRole('button', { name: 'إنشاء', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    const agentRow = page.locator('tr[data-username="agent1"]');
    await agentRow.waitFor();
    const agentText = await agentRow.textContent();
    expect(agentText).toContain('موظف مركز الاتصال');
    expect(agentText).toContain('التحصيل');
    expect(agentText).toContain('فريق الرياض');
    // 3 takes the Arabic "few" form.
    await expect(page.getByTestId('users-count').textContent()).resolves.toBe('3 مستخدمين');
    // Usernames are isolated left-to-right inside the Arabic table.
    await expect(agentRow.locator('bdi[dir="ltr"]').first().textContent()).resolves.toBe('agent1');
    await page.mouse.move(0, 0);
    await screenshot(page, 'users-ar.png');
  });

  it('(c) switches to English, left to right, and remembers it', async () => {
    await page.locator('[data-nav="home"]').click();
    await page.getByTestId('welcome-card').waitFor();
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/me') && r.request().method() === 'PATCH');
    await page.getByTestId('language-switch').click();
    expect((await saved).status()).toBe(200);
    expect(await htmlAttributes(page)).toEqual({ lang: 'en', dir: 'ltr' });
    await expect(page.getByRole('heading', { name: 'Welcome, سارة الإدارية' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-nav="users"]').textContent()).resolves.toBe('Users');
    await expect(page.getByTestId('welcome-role').textContent()).resolves.toBe('System administrator');
    await expectShellLayout(page, 'ltr');
    await screenshot(page, 'shell-en.png');

    await page.locator('[data-nav="profile"]').click();
    await page.getByRole('heading', { name: 'My profile' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Change password' }).waitFor();
    expect(await htmlAttributes(page)).toEqual({ lang: 'en', dir: 'ltr' });
    await expect(page.locator('[data-nav="settings"]').textContent()).resolves.toBe('Settings');

    // Signing out keeps the language on this browser for the login page, without a script error
    // (closing the live socket once threw "TypeError: Illegal invocation").
    const errors: string[] = [];
    const onConsole = (message: { type(): string; text(): string }) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
        errors.push(message.text());
    };
    page.on('console', onConsole);
    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await page.waitForURL(`${server.url}/login`);
    // The login page is loaded lazily: wait for it before looking.
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await expect(page.getByRole('heading', { name: 'Sign in' }).isVisible()).resolves.toBe(true);
    expect(await htmlAttributes(page)).toEqual({ lang: 'en', dir: 'ltr' });
    await screenshot(page, 'login-en.png');
    page.off('console', onConsole);
    expect(errors).toEqual([]);
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await htmlAttributes(page)).toEqual({ lang: 'en', dir: 'ltr' });
    // The session really ended.
    const status = await page.evaluate(async () => (await fetch('/api/v1/auth/me')).status);
    expect(status).toBe(401);
  });

  it('(c2) the account remembers English; admin creates and revokes an API token and reads the audit log', async () => {
    await signIn(page, server.url, 'admin', adminPassword);
    expect(await htmlAttributes(page)).toEqual({ lang: 'en', dir: 'ltr' });

    await page.locator('[data-nav="tokens"]').click();
    await page.getByTestId('new-token').click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[name="name"]').fill('core-credit');
    await dialog.getByTestId('token-user').click();
    await page.getByRole('option', { name: /agent1/ }).click();
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    const secret = await dialog.getByTestId('token-secret').textContent();
    expect(secret).toMatch(/^tw_\S{20,}$/);
    await expect(dialog.getByTestId('secret-warning').textContent()).resolves.toContain('only time');
    await dialog.getByRole('button', { name: 'I have copied the token' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = page.getByTestId('tokens-table').locator('tbody tr', { hasText: 'core-credit' });
    await expect(row.textContent()).resolves.toContain('Active');
    // The list never shows the secret again.
    await expect(page.getByText(secret!).count()).resolves.toBe(0);
    await row.getByRole('button', { name: 'Revoke' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Revoke', exact: true }).click();
    await row.getByText('Revoked').waitFor();

    await page.locator('[data-nav="audit"]').click();
    const audit = page.getByTestId('audit-table');
    await audit.waitFor();
    const actions = await audit.locator('tbody tr').allTextContents();
    // Newest first, the actions in words (not their codes).
    expect(actions[0]).toContain('API token revoked');
    expect(actions.some((a) => a.includes('API token created'))).toBe(true);
    expect(actions.some((a) => a.includes('User created'))).toBe(true);
    expect(actions.join(' ')).not.toContain('api_token.revoke');
  });

  it('(d) an agent sees no Users link, gets "no permission" at /users, and 403 from the API', async () => {
    const agent = await openBrowser();
    try {
      const agentPage = agent.pages()[0] ?? (await agent.newPage());
      await signIn(agentPage, server.url, 'agent1', agentPassword);
      // The agent's own language (Arabic) applies, whatever another browser chose.
      expect(await htmlAttributes(agentPage)).toEqual({ lang: 'ar', dir: 'rtl' });
      const navPages = await agentPage
        .locator('nav a[data-nav]')
        .evaluateAll((links) => links.map((a) => a.getAttribute('data-nav')));
      // agent1 has the `collections` and `service` skills: My list and customers are the agent's
      // pages, and her own calls; imports and the supervisor's lists are not.
      expect(navPages).toEqual([
        'home',
        'myList',
        'customers',
        'tickets',
        'inquiries',
        'surveys',
        'escalations',
        'myCalls',
        'profile',
      ]);
      // Her one collections page stands alone; her service pages make a group, and her calls and escalations.
      await expect(
        agentPage.locator('nav [data-nav-group]').evaluateAll((g) => g.map((e) => e.getAttribute('data-nav-group'))),
      ).resolves.toEqual(['serviceDesk', 'callCenter']);
      await expect(agentPage.getByText('المستخدمون', { exact: true }).count()).resolves.toBe(0);

      await agentPage.goto(`${server.url}/users`);
      await agentPage.getByTestId('no-permission').waitFor();
      await expect(
        agentPage.getByRole('heading', { name: 'ليست لديك صلاحية لفتح هذه الصفحة' }).isVisible(),
      ).resolves.toBe(true);
      await expect(agentPage.getByTestId('users-table').count()).resolves.toBe(0);
      const status = await agentPage.evaluate(async () => (await fetch('/api/v1/users')).status);
      expect(status).toBe(403);
      await screenshot(agentPage, 'no-permission-ar.png');
    } finally {
      await agent.close();
    }
  });

  it('(e) a setting set by the environment is read-only; others save only what changed', async () => {
    const envServer = await startTestServer({ TAWASUL_CALLING_WINDOW: '00:00-24:00' });
    const browser = await openBrowser();
    try {
      await envServer.createUser({ username: 'manager1', password: adminPassword, role: 'manager' });
      const p = browser.pages()[0] ?? (await browser.newPage());
      await signIn(p, envServer.url, 'manager1', adminPassword);
      await p.locator('[data-nav="settings"]').click();
      const window = p.locator('[data-setting="calling_window"]');
      await window.waitFor();
      expect(await window.getAttribute('data-overridden')).toBe('true');
      const badge = p.getByTestId('override-calling_window');
      await expect(badge.textContent()).resolves.toBe('يضبطه متغير البيئة TAWASUL_CALLING_WINDOW');
      await expect(badge.locator('bdi[dir="ltr"]').textContent()).resolves.toBe('TAWASUL_CALLING_WINDOW');
      const start = window.locator('input[name="calling_window.start"]');
      const end = window.locator('input[name="calling_window.end"]');
      await expect(start.inputValue()).resolves.toBe('00:00');
      await expect(end.inputValue()).resolves.toBe('24:00');
      await expect(start.isDisabled()).resolves.toBe(true);
      await expect(end.isDisabled()).resolves.toBe(true);
      expect(await p.locator('[data-setting="company_name"]').getAttribute('data-overridden')).toBe('false');
      await screenshot(p, 'settings-ar.png');

      const companyName = p.locator('input[name="company_name"]');
      await expect(companyName.isDisabled()).resolves.toBe(false);
      await companyName.fill('شركة التقسيط المتحدة');
      await expect(p.getByTestId('unsaved').textContent()).resolves.toBe('تغيير واحد غير محفوظ');
      const patch = p.waitForRequest((r) => r.url().endsWith('/api/v1/settings') && r.method() === 'PATCH');
      await p.getByRole('button', { name: 'حفظ التغييرات' }).click();
      expect((await patch).postDataJSON()).toEqual({ company_name: 'شركة التقسيط المتحدة' });
      await p.getByTestId('company-name').filter({ hasText: 'شركة التقسيط المتحدة' }).waitFor();
      await expect(p.getByTestId('unsaved').textContent()).resolves.toBe('لا توجد تغييرات غير محفوظة');
    } finally {
      await browser.close();
      await envServer.close();
    }
  });
});

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

// The agent desktop's call-protocol assistant in Arabic (issue 13, seed 003): an inbound call is
// answered, the greeting timer runs until the agent marks the greeting (F3); the hold asks the
// customer's consent, counts down and, when the time is up, prompts to go back and ask again;
// the return brings the apology for the late return; a second hold is asked with the seed's
// phrase and ends with the call-back suggestion; the closing checklist gates the outcome.

const password = 'Najd-Plateau-5523';
const caller = '+966551230007';
const customersCsv = [
  'customer_no,name,type,category,country,city,mobile,landline,work_phone,home_phone,email,fax,key_account,sms_opt_out',
  'D700,مؤسسة الواحة,current,A,SA,جدة,0551230007,,,,,,false,false',
];

describeInBrowser('the call-protocol assistant on the agent desktop', () => {
  let server: TestServer;
  let context: BrowserContext;
  let agent: Page;

  const waitPop = (status: string) =>
    agent.locator(`[data-testid="screen-pop"][data-status="${status}"]`).waitFor({ timeout: 10_000 });
  const text = (testId: string) => agent.getByTestId(testId).textContent();

  beforeAll(async () => {
    assertBrowserReady();
    // A short hold keeps the test quick; the countdown reads the setting (40 s by default).
    server = await startTestServer({ TAWASUL_SIM_TRAFFIC: 'none', TAWASUL_HOLD_SECONDS: '10' });
    await server.createUser({
      username: 'agent.desk',
      password,
      role: 'agent',
      display_name: 'ريم الحربي',
      skills: ['service'],
    });
    await server.loadCustomers(customersCsv);
    context = await openBrowser();
    agent = await firstPage(context);
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    removeProfiles();
  });

  it('an answered call shows the greeting timer and the suggested greeting; F3 marks the greeting', async () => {
    await signIn(agent, server.url, 'agent.desk', password);
    expect(await htmlAttributes(agent)).toEqual({ lang: 'ar', dir: 'rtl' });
    await agent.getByTestId('seat-state-menu').click();
    await agent.getByTestId('seat-go-available').click();
    await agent.locator('[data-testid="seat-state"][data-state="available"]').waitFor();

    await server.callIn(caller);
    await waitPop('ringing');
    await agent.keyboard.press('F2');
    await waitPop('on_call');
    await agent.getByTestId('protocol-panel').waitFor({ timeout: 10_000 });
    // The timer counts from the answer, in Latin digits isolated left to right.
    await agent.getByTestId('protocol-greeting-timer').waitFor();
    expect(await text('protocol-greeting-timer')).toMatch(/^\d+$/);
    await expect(agent.getByTestId('protocol-greeting-timer').locator('bdi').getAttribute('dir')).resolves.toBe('ltr');
    // Inbound: the inbound greeting with the agent's name, the company and the department.
    await expect(text('protocol-greeting-text')).resolves.toBe(
      'السلام عليكم معك ريم الحربي من تواصل قسم خدمة العملاء، كيف أقدر أخدمك؟',
    );
    // The seed's greeting fills the reason the agent types.
    const choice = agent.getByTestId('protocol-greeting-choice');
    const seedGreeting = await choice.locator('option', { hasText: 'رد على تواصل العميل' }).getAttribute('value');
    await choice.selectOption(seedGreeting!);
    await agent.getByTestId('protocol-reason').fill('طلبكم من متجر الريم');
    await expect(text('protocol-greeting-text')).resolves.toBe(
      'السلام عليكم معك ريم الحربي من تطبيق تواصل قسم خدمة العملاء ,اتواصل معك بخصوص طلبكم من متجر الريم',
    );
    // The script for the call's purpose (an inbound call: an inquiry).
    await expect(agent.getByTestId('protocol-purpose').inputValue()).resolves.toBe('inquiry');
    await agent.getByTestId('protocol-purpose').selectOption('complaint');
    await expect(text('protocol-script')).resolves.toContain('أظهر التعاطف أولًا');
    // Quick phrases: the seed's empathy phrases word for word.
    await expect(text('protocol-phrases')).resolves.toContain(
      'مقدر تمامًا الإزعاج الذي سببته هذه الاشكالية انا هنا لتقديم أفضل حل لها',
    );

    await agent.keyboard.press('F3');
    await agent.getByTestId('protocol-greeted').waitFor();
    await expect(text('protocol-greeted')).resolves.toContain('حُيّي العميل بعد');
    await expect(agent.getByTestId('protocol-greeting-timer').count()).resolves.toBe(0);
    await screenshot(agent, 'agent-desktop-greeted.png');
  });

  it('hold asks for consent, counts down, and at the end prompts to go back and ask again', async () => {
    await agent.keyboard.press('F4');
    await agent.getByTestId('protocol-hold-consent').waitFor();
    await expect(text('protocol-hold-phrase')).resolves.toBe(
      'تسمحلي اضع المكالمة على الانتظار لمدة 10 ثانية لمراجعة بعض البيانات و برجعلك مرة اخرى ؟',
    );
    // Not on hold until the customer agreed.
    await expect(agent.getByTestId('screen-pop').getAttribute('data-status')).resolves.toBe('on_call');
    await agent.getByTestId('protocol-hold-agree').click();
    await waitPop('hold');
    await agent.locator('[data-testid="protocol-hold-countdown"][data-prompt="waiting"]').waitFor();
    const remaining = Number(await text('protocol-hold-remaining'));
    expect(remaining).toBeGreaterThan(0);
    expect(remaining).toBeLessThanOrEqual(10);
    await screenshot(agent, 'agent-desktop-hold-countdown.png');

    await agent
      .locator('[data-testid="protocol-hold-countdown"][data-prompt="return_ask_again"]')
      .waitFor({ timeout: 15_000 });
    await expect(text('protocol-second-hold-phrase')).resolves.toBe(
      'شكرا لانتظارك استاذي , تسمح لي بوضع المكالمة على الانتظار لمدة 10 ثانية إضافية لاستكمال التحقق في الاشكالية و برجعلك مرة اخرى؟',
    );
  });

  it('returning late prompts the thanks with the apology; a second hold ends with the call-back suggestion', async () => {
    await agent.keyboard.press('F4');
    await waitPop('on_call');
    await agent.locator('[data-testid="protocol-hold-return"][data-late="true"]').waitFor();
    await expect(text('protocol-return-phrase')).resolves.toBe('شكرا لانتظارك واعتذر عن اي تأخير');

    await agent.getByTestId('protocol-second-hold').click();
    await agent.locator('[data-testid="protocol-hold-consent"][data-kind="second"]').waitFor();
    await agent.keyboard.press('F4');
    await waitPop('hold');
    await agent.getByTestId('protocol-hold-countdown').waitFor();
    await agent.getByTestId('pop-hold').click();
    await waitPop('on_call');
    await agent.locator('[data-testid="protocol-hold-return"][data-late="false"]').waitFor();
    await expect(text('protocol-return-phrase')).resolves.toBe('شكرا لانتظارك.');
    await expect(text('protocol-callback-phrase')).resolves.toBe(
      'عشان ما نطول عليك بيتم التحقق من الاشكالية و بتواصل معك مرة ثانية',
    );
    await agent.getByTestId('protocol-callback-suggested').click();
    await agent.getByTestId('protocol-callback-suggested').waitFor({ state: 'detached' });
  });

  it('the closing checklist is ticked before the outcome; the outcome is kept with its note', async () => {
    await agent.keyboard.press('F10');
    await agent.locator('[data-testid="protocol-closing-resolved_confirmed"][data-done="true"]').waitFor();
    // The box follows the server's answer (the step recorded), not the click itself.
    await agent.getByRole('checkbox', { name: 'شكر العميل وعرض المزيد من المساعدة' }).click();
    await agent.locator('[data-testid="protocol-closing-more_help_offered"][data-done="true"]').waitFor();

    await agent.keyboard.press('F8');
    await waitPop('wrap_up');
    await agent.getByTestId('protocol-outcome').waitFor();
    // One item left: the outcome waits for it.
    await agent.getByTestId('protocol-outcome-blocked').waitFor();
    await expect(agent.getByTestId('protocol-outcome-save').isDisabled()).resolves.toBe(true);
    await agent.keyboard.press('F10');
    await agent.locator('[data-testid="protocol-closing-rating_invited"][data-done="true"]').waitFor();
    await expect(agent.getByTestId('protocol-outcome-save').isDisabled()).resolves.toBe(false);

    await agent.getByTestId('protocol-outcome-code').selectOption('resolved');
    await agent.getByTestId('protocol-outcome-note').fill('تم تأكيد موعد التوصيل');
    await agent.getByTestId('protocol-outcome-save').click();
    await agent.locator('[data-testid="protocol-outcome-saved"][data-code="resolved"]').waitFor();
    // The customer is invited to rate the service by SMS.
    await agent.locator('[data-testid="protocol-rating"][data-sent="true"]').waitFor();
    await screenshot(agent, 'agent-desktop-outcome.png');

    // QA reads every step on the call record.
    const calls = await agent.evaluate(async () => (await fetch('/api/v1/calls')).json());
    const id = (calls as { items: { id: string }[] }).items[0]!.id;
    const detail = (await agent.evaluate(async (callId) => (await fetch(`/api/v1/calls/${callId}`)).json(), id)) as {
      call: { outcome: string };
      events: { type: string; data: { step?: string; late?: boolean; note?: string } | null }[];
    };
    expect(detail.call.outcome).toBe('resolved');
    expect(detail.events.filter((e) => e.type === 'protocol').map((e) => e.data!.step)).toEqual([
      'greeted',
      'hold_consent_asked',
      'hold_started',
      'hold_returned',
      'second_hold',
      'hold_started',
      'hold_returned',
      'callback_suggested',
      'resolved_confirmed',
      'more_help_offered',
      'rating_invited',
    ]);
    expect(detail.events.find((e) => e.type === 'protocol' && e.data!.step === 'hold_returned')!.data!.late).toBe(true);
    expect(detail.events.find((e) => e.type === 'outcome')!.data!.note).toBe('تم تأكيد موعد التوصيل');

    await agent.keyboard.press('F9');
    await agent.getByTestId('screen-pop').waitFor({ state: 'detached' });
  });
});

import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { describe } from 'vitest';
import { webDist } from './server.ts';

// Headless Chromium for the browser tests: one throw-away profile per context, browser-side
// failures in the test output, full-page screenshots in test-results/.

export const chromiumPath = '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);
export const mustRun = process.env.CI === 'true';
export const resultsDir = fileURLToPath(new URL('../../test-results', import.meta.url));

/**
 * Declares a browser suite. Without Chromium it is skipped with a loud line — except under
 * CI=true, where it runs and fails (see `assertBrowserReady`).
 */
export function describeInBrowser(title: string, body: () => void) {
  if (!hasChromium && !mustRun) console.warn(`SKIPPED: browser tests — ${chromiumPath} not found`);
  describe.skipIf(!hasChromium && !mustRun)(title, body);
}

/** First thing in a suite's beforeAll: Chromium and the built web app are there. */
export function assertBrowserReady() {
  if (!hasChromium) throw new Error(`browser tests must run in CI, but ${chromiumPath} is missing`);
  if (!existsSync(join(webDist, 'index.html')))
    throw new Error('web/dist is missing: run `npm run build -w web` first');
  mkdirSync(resultsDir, { recursive: true });
}

const profiles: string[] = [];

export async function openBrowser(): Promise<BrowserContext> {
  const dir = mkdtempSync(join(tmpdir(), 'tawasul-e2e-'));
  profiles.push(dir);
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  context.setDefaultTimeout(15_000);
  context.on('weberror', (error) => console.error('[browser error]', error.error()));
  context.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      console.error('[browser console]', message.text());
    }
  });
  context.on('response', (response) => {
    if (response.status() >= 400)
      console.info('[http]', response.status(), response.request().method(), response.url());
  });
  return context;
}

export function removeProfiles() {
  for (const dir of profiles.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export async function firstPage(context: BrowserContext): Promise<Page> {
  return context.pages()[0] ?? (await context.newPage());
}

export async function screenshot(page: Page, name: string) {
  await page.mouse.move(0, 0);
  await page.evaluate(() => document.fonts.ready);
  // A full-page shot of a scrolled page draws the sticky header mid-page.
  await page.evaluate(() => window.scrollTo(0, 0));
  // Toasts would cover the page title: hide them for the picture only (waiting for them to go
  // cost up to six seconds a picture).
  const hidden = await page.addStyleTag({ content: '.mantine-Notifications-root{display:none!important}' });
  await page.screenshot({ path: join(resultsDir, name), fullPage: true });
  await hidden.evaluate((style) => (style as Element).remove());
}

export async function htmlAttributes(page: Page) {
  return page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
}

export async function signIn(page: Page, baseUrl: string, username: string, password: string) {
  await page.goto(`${baseUrl}/login`);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.getByTestId('welcome-card').waitFor();
}

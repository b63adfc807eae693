import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContextOptions, chromium, type Locator, type Page } from 'playwright-core';
import { createSession, say, startTestServer, type TestServer } from '../../src/server/test-support.ts';
import { ensureWebBuilt, REPOSITORY_ROOT } from '../../src/server/web-build.ts';

// Debian's chromium, never a browser download; .ci/run installs it with apt when missing
export const CHROMIUM = '/usr/bin/chromium';
export const skip = existsSync(CHROMIUM)
  ? false
  : `chromium is not installed at ${CHROMIUM} (.ci/run installs it)`;
/** Screenshots, kept as test artefacts (git-ignored). */
export const SHOTS = join(REPOSITORY_ROOT, 'artifacts', 'e2e');

export const DESKTOP = { width: 1280, height: 900 };
export const SHORT_DESKTOP = { width: 1280, height: 560 };
export const PHONE = { width: 360, height: 640 };

export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  await ensureWebBuilt();
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', ...extraArgs],
  });
}

export type WatchedPage = Page & { problems: string[] };

/** A page whose script errors, failed requests and console errors are collected in `problems`. */
export async function newPage(
  browser: Browser,
  viewport: { width: number; height: number },
  options: BrowserContextOptions = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce', ...options });
  const page = (await context.newPage()) as WatchedPage;
  // generous waits (not speed checks): the machine is shared and sometimes very busy
  page.setDefaultTimeout(30_000);
  page.problems = [];
  page.on('pageerror', (error) => page.problems.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400)
      page.problems.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      page.problems.push(message.text());
  });
  return page;
}

/** Opens the app and waits for the coach's opening. */
export async function openChat(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('.message.therapist').first().waitFor();
}

/** The text as the reader sees it (layout-aware, unlike textContent: hidden parts are left out). */
// biome-ignore lint/performance/useDomNodeTextContent: playwright's innerText is the rendered text we assert on
export const visibleText = (locator: Locator) => locator.innerText();
export const therapistCount = (page: Page) => page.locator('.message.therapist').count();

/** Sends through the text box and waits for the coach's answer to appear. */
export async function sendAndWait(page: Page, text: string, submit?: () => Promise<void>): Promise<void> {
  const before = await therapistCount(page);
  await page.locator('#draft').fill(text);
  await (submit ? submit() : page.keyboard.press('Enter'));
  await page
    .locator('.message.client', { hasText: text.slice(0, 40) })
    .first()
    .waitFor();
  await page.waitForFunction(
    (count) => document.querySelectorAll('.message.therapist').length > count,
    before,
  );
}

/** Whether the element is wholly inside the window as it is now (no scrolling needed to see it). */
export function fullyInView(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return (
      box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth
    );
  });
}

/** How far the page sticks out sideways (0 when nothing does). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Presses Tab until `target` has focus (bounded: the page has few stops). */
export async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target} with Tab`);
}

/**
 * A test server whose coach has taken one turn (the first loads its language models, which a busy
 * machine makes slow), with the web UI built before it starts: a server serves the UI only if it
 * exists then.
 */
export async function startWarmServer(): Promise<TestServer> {
  await ensureWebBuilt();
  const server = await startTestServer({ rateLimit: { perAddress: 10_000, perToken: 1_000 } });
  await say(server.url, await createSession(server.url), 'I need to tidy my desk');
  return server;
}

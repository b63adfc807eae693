import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { createSession, say, startTestServer, type TestServer } from '../../src/server/test-support.ts';
import { ensureWebBuilt, REPOSITORY_ROOT } from '../../src/server/web-build.ts';

// Debian's chromium, never a browser download; .ci/run installs it with apt when missing
const CHROMIUM = '/usr/bin/chromium';
const skip = existsSync(CHROMIUM) ? false : `chromium is not installed at ${CHROMIUM} (.ci/run installs it)`;
const SHOTS = join(REPOSITORY_ROOT, 'artifacts', 'e2e');

let server: TestServer;
let browser: Browser;
before(async () => {
  if (skip) return;
  await ensureWebBuilt();
  mkdirSync(SHOTS, { recursive: true });
  server = await startTestServer({ rateLimit: { perAddress: 10_000, perToken: 1_000 } });
  // warm up: the first turn loads the coach's language models, which a busy machine makes slow
  const warm = await createSession(server.url);
  await say(server.url, warm, 'I need to tidy my desk');
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

async function openPage(viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
  // generous waits (not speed checks): the machine is shared and sometimes very busy
  page.setDefaultTimeout(30_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  page.on('console', (message) => {
    // failed loads are reported above with their path
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      problems.push(message.text());
  });
  (page as Page & { problems: string[] }).problems = problems;
  await page.goto(server.url);
  await page.locator('.message.therapist').first().waitFor();
  return page;
}

/** The text as the reader sees it (layout-aware, unlike textContent: hidden parts are left out). */
// biome-ignore lint/performance/useDomNodeTextContent: playwright's innerText is the rendered text we assert on
const visibleText = (locator: Locator) => locator.innerText();
const problemsOf = (page: Page) => (page as Page & { problems: string[] }).problems;
const therapistCount = (page: Page) => page.locator('.message.therapist').count();

/** Sends through the text box and waits for the coach's answer to appear. */
async function sendAndWait(page: Page, text: string, submit: () => Promise<void>): Promise<void> {
  const before = await therapistCount(page);
  await page.locator('#draft').fill(text);
  await submit();
  await page.locator('.message.client', { hasText: text }).waitFor();
  await page.waitForFunction(
    (count) => document.querySelectorAll('.message.therapist').length > count,
    before,
  );
}

test('desktop: opening, a nudge in 3 seconds with its countdown, a 4/10 rating, then the review', {
  skip,
}, async () => {
  const page = await openPage({ width: 1280, height: 900 });
  assert.ok((await visibleText(page.locator('.message.therapist').first())).length > 0, 'the coach opens');
  await assert.doesNotReject(page.locator('.scope').waitFor({ state: 'visible' }));
  assert.match(await visibleText(page.locator('.scope')), /not therapy/i, 'says what tinystep is not');

  await sendAndWait(page, 'I have to reply to an email from my landlord', () => page.keyboard.press('Enter'));
  await sendAndWait(page, 'Can you nudge me in 3 seconds?', () =>
    page.getByRole('button', { name: 'Send' }).click(),
  );
  const countdown = page.getByTestId('countdown');
  await countdown.waitFor({ state: 'visible', timeout: 2_000 });
  assert.match(await visibleText(countdown), /Nudge in [0-3]s/);
  await page.screenshot({ path: join(SHOTS, 'desktop-1-countdown.png'), fullPage: true });

  const nudge = page.locator('.message.nudge');
  await nudge.waitFor({ timeout: 10_000 });
  const nudgeText = (await visibleText(nudge.locator('.text'))).trim();
  assert.ok(nudgeText.length > 0);
  assert.equal(await page.getByTestId('live-region').getAttribute('aria-live'), 'polite');
  assert.ok(
    (await visibleText(page.getByTestId('live-region'))).includes(nudgeText),
    'the nudge is announced',
  );
  await countdown.waitFor({ state: 'detached', timeout: 3_000 });
  await page.screenshot({ path: join(SHOTS, 'desktop-2-nudge.png'), fullPage: true });

  const slider = page.locator('#rating');
  await slider.focus();
  const start = Number(await slider.inputValue());
  for (let step = start; step > 4; step--) await page.keyboard.press('ArrowLeft');
  for (let step = start; step < 4; step++) await page.keyboard.press('ArrowRight');
  assert.equal(await slider.inputValue(), '4');
  assert.equal(await visibleText(page.locator('.rating output')), '4');
  const before = await therapistCount(page);
  await page.getByRole('button', { name: 'Share rating' }).click();
  await page.locator('.message.client', { hasText: '4/10' }).waitFor();
  await page.waitForFunction(
    (count) => document.querySelectorAll('.message.therapist').length > count,
    before,
  );
  await page.screenshot({ path: join(SHOTS, 'desktop-3-rated.png'), fullPage: true });

  await page.getByRole('button', { name: 'Review this session' }).click();
  const report = page.frameLocator('[data-testid="report"]');
  await report.locator('body').waitFor();
  const reportText = await visibleText(report.locator('body'));
  assert.ok(reportText.length > 100, 'the report shows the session');
  const transcript = page.getByTestId('transcript');
  await transcript.locator('.message.client', { hasText: 'landlord' }).waitFor();
  assert.equal(await transcript.locator('.message.nudge').count(), 1, 'the transcript shows the nudge');
  await page.screenshot({ path: join(SHOTS, 'desktop-4-review.png'), fullPage: true });
  assert.deepEqual(problemsOf(page), [], 'no script errors or CSP violations in the console');
  await page.context().close();
});

/** Presses Tab until `target` has focus (bounded: the page has few stops). */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`could not reach ${target} with Tab`);
}

test('phone width, keyboard only: type a task, ask for a nudge, rate, review', { skip }, async () => {
  const page = await openPage({ width: 390, height: 844 });
  await tabTo(page, page.locator('#draft'));
  const before = await therapistCount(page);
  await page.keyboard.type('I need to book a dentist appointment');
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    (count) => document.querySelectorAll('.message.therapist').length > count,
    before,
  );

  await tabTo(page, page.getByRole('button', { name: 'Nudge me in 1 minute' }));
  await page.keyboard.press('Enter');
  await page.getByTestId('countdown').waitFor({ state: 'visible' });
  assert.match(await visibleText(page.getByTestId('countdown')), /Nudge in (1:00|0:5\d|\d+s)/);

  await tabTo(page, page.locator('#rating'));
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.locator('#rating').inputValue(), '2');
  await tabTo(page, page.getByRole('button', { name: 'Share rating' }));
  await page.keyboard.press('Enter');
  await page.locator('.message.client', { hasText: '2/10' }).waitFor();

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `nothing sticks out sideways at phone width (${overflow}px)`);
  await page.screenshot({ path: join(SHOTS, 'phone-1-chat.png'), fullPage: true });

  await tabTo(page, page.getByRole('button', { name: 'Review this session' }));
  await page.keyboard.press('Enter');
  await page.frameLocator('[data-testid="report"]').locator('body').waitFor();
  await page.screenshot({ path: join(SHOTS, 'phone-2-review.png'), fullPage: false });
  await tabTo(page, page.getByRole('button', { name: 'Back to the chat' }));
  await page.keyboard.press('Enter');
  await page.locator('#draft').waitFor();
  assert.deepEqual(problemsOf(page), []);
  await page.context().close();
});

test('a risk message shows the crisis banner', { skip }, async () => {
  const page = await openPage({ width: 1280, height: 900 });
  assert.equal(await page.getByTestId('crisis-banner').count(), 0, 'no banner before');
  await sendAndWait(page, 'I want to kill myself', () => page.keyboard.press('Enter'));
  const banner = page.getByTestId('crisis-banner');
  await banner.waitFor({ state: 'visible' });
  assert.equal(await banner.getAttribute('role'), 'alert');
  assert.match(await visibleText(banner), /988/);
  assert.equal(
    await page.getByRole('button', { name: 'Nudge me in 1 minute' }).count(),
    0,
    'exercise paused',
  );
  await page.screenshot({ path: join(SHOTS, 'crisis-banner.png'), fullPage: true });
  await page.reload();
  await banner.waitFor({ state: 'visible' });
  await page.context().close();
});

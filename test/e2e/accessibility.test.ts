import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { TestServer } from '../../src/server/test-support.ts';
import {
  DESKTOP,
  horizontalOverflow,
  launchBrowser,
  newPage,
  openChat,
  PHONE,
  SHOTS,
  sendAndWait,
  skip,
  startWarmServer,
} from './browser-support.ts';

// axe-core in the page (through the DevTools protocol, so the page's CSP stays as it is)
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(`${AXE_SOURCE};0`);
  const violations = (await page.evaluate(
    'axe.run(document, { resultTypes: ["violations"] }).then((result) => result.violations)',
  )) as AxeViolation[];
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

let server: TestServer;
let browser: Browser;
before(async () => {
  if (skip) return;
  server = await startWarmServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

for (const [name, viewport] of [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const) {
  test(`${name}: no serious or critical axe violations on the chat, crisis, sessions, steps and review pages`, {
    skip,
  }, async () => {
    const page = await newPage(browser, viewport);
    await openChat(page, server.url);
    await sendAndWait(page, 'I keep avoiding the washing up, nudge me in 5 minutes');
    assert.deepEqual(await seriousViolations(page), [], 'chat');
    await sendAndWait(page, 'I want to kill myself');
    await page.getByTestId('crisis-banner').waitFor();
    assert.deepEqual(await seriousViolations(page), [], 'crisis');
    for (const hash of ['#sessions', '#steps', '#review']) {
      await page.evaluate((next) => {
        location.hash = next;
      }, hash);
      await page.locator('h1').first().waitFor();
      await page.waitForFunction(() => !/Loading…/.test(document.body.textContent));
      assert.deepEqual(await seriousViolations(page), [], hash);
      await page.screenshot({ path: join(SHOTS, `a11y-${name}-${hash.slice(1)}.png`), fullPage: true });
    }
    await page.context().close();
  });
}

test('at 320 px nothing sticks out sideways, on any page', { skip }, async () => {
  const page = await newPage(browser, { width: 320, height: 640 });
  await openChat(page, server.url);
  await sendAndWait(page, `look: ${'https://example.org/'.padEnd(400, 'abcdefgh')}`);
  assert.ok((await horizontalOverflow(page)) <= 0, 'chat');
  for (const hash of ['#sessions', '#steps', '#review']) {
    await page.evaluate((next) => {
      location.hash = next;
    }, hash);
    await page.locator('h1').first().waitFor();
    assert.ok((await horizontalOverflow(page)) <= 0, hash);
  }
  await page.context().close();
});

test('reduced motion is respected: messages appear without animation when the person asks for less', {
  skip,
}, async () => {
  const animationOf = async (reducedMotion: 'reduce' | 'no-preference') => {
    const page = await newPage(browser, DESKTOP, { reducedMotion });
    await openChat(page, server.url);
    const name = await page
      .locator('.message')
      .first()
      .evaluate((element) => getComputedStyle(element).animationName);
    await page.context().close();
    return name;
  };
  assert.equal(await animationOf('reduce'), 'none');
  assert.notEqual(await animationOf('no-preference'), 'none', 'the animation exists, so the check can fail');
});

test('a nudge is announced in a polite live region and focus stays in the message box', {
  skip,
}, async () => {
  const page = await newPage(browser, DESKTOP);
  await openChat(page, server.url);
  await page.locator('#draft').focus();
  await sendAndWait(page, 'I need to email my landlord');
  await sendAndWait(page, 'nudge me in 2 seconds');
  const nudge = page.locator('.message.nudge .text');
  await nudge.waitFor({ timeout: 15_000 });
  const region = page.getByTestId('live-region');
  assert.equal(await region.getAttribute('aria-live'), 'polite');
  assert.equal((await region.textContent())?.trim(), (await nudge.textContent())?.trim());
  assert.equal(
    await page.evaluate(() => document.activeElement?.id),
    'draft',
    'the nudge does not steal focus',
  );
  await page.context().close();
});

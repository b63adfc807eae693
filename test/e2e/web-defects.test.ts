import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { startServer } from '../../src/server/start-server.ts';
import { startTestServer, type TestServer } from '../../src/server/test-support.ts';
import {
  DESKTOP,
  fullyInView,
  horizontalOverflow,
  launchBrowser,
  newPage,
  openChat,
  PHONE,
  SHORT_DESKTOP,
  SHOTS,
  sendAndWait,
  skip,
  startWarmServer,
  visibleText,
} from './browser-support.ts';

// issue 20's browser defects (1, 2, 3, 4, 5, 6, 7), each in real Chromium against a real server

let server: TestServer;
let browser: Browser;
before(async () => {
  if (skip) return;
  server = await startWarmServer();
  // a name that is not localhost: the browser treats it as plain, untrusted HTTP (as with --host)
  browser = await launchBrowser(['--host-resolver-rules=MAP tinystep.test 127.0.0.1']);
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const CHAT = [
  'I have to write the report for my manager and keep avoiding it',
  'it feels heavy, maybe a 7',
  'ok what is the first tiny step',
];

for (const [name, viewport] of [
  ['phone', PHONE],
  ['short desktop', SHORT_DESKTOP],
] as const) {
  test(`${name}: the crisis banner is on screen after a long conversation (defect 1)`, { skip }, async () => {
    const page = await newPage(browser, viewport);
    await openChat(page, server.url);
    for (const line of CHAT) await sendAndWait(page, line);
    await sendAndWait(page, 'honestly I want to kill myself');
    const banner = page.getByTestId('crisis-banner');
    await banner.waitFor({ state: 'visible' });
    await page.screenshot({ path: join(SHOTS, `crisis-banner-${name.replace(' ', '-')}.png`) });
    assert.ok(await fullyInView(banner), 'the banner is wholly inside the window, no scrolling needed');
    assert.ok(await fullyInView(page.locator('#draft')), 'and the message box too');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test('after the person says they are safe, the banner no longer says the exercise is paused (defect 2)', {
  skip,
}, async () => {
  const page = await newPage(browser, DESKTOP);
  await openChat(page, server.url);
  await sendAndWait(page, 'I want to kill myself');
  const banner = page.getByTestId('crisis-banner');
  assert.match(await visibleText(banner), /paused/);
  await sendAndWait(page, 'I’m safe, I was just venting');
  await page.waitForFunction(() => !/paused/.test(document.body.textContent));
  assert.doesNotMatch(await visibleText(page.locator('body')), /exercise is paused/);
  await page.getByRole('button', { name: 'Nudge me in 1 minute' }).waitFor();
  await page.screenshot({ path: join(SHOTS, 'crisis-resumed.png') });
  await page.context().close();
});

test('a UK browser gets UK crisis lines and UK times; a country can be chosen (defect 3)', {
  skip,
}, async () => {
  const page = await newPage(browser, DESKTOP, { locale: 'en-GB', timezoneId: 'Europe/London' });
  await openChat(page, server.url);
  const time = await visibleText(page.locator('.message .when').first());
  assert.match(time, /^\d{2}:\d{2}$/, `a 24-hour time as the UK writes it (${time})`);
  await sendAndWait(page, 'I want to kill myself');
  const banner = page.getByTestId('crisis-banner');
  assert.match(await visibleText(banner), /116 123/, 'Samaritans');
  assert.doesNotMatch(await visibleText(banner), /988/);
  await page.getByTestId('country').selectOption('AU');
  await page.waitForFunction(() =>
    /13 11 14/.test(document.querySelector('[data-testid="crisis-banner"]')?.textContent ?? ''),
  );
  await page.reload();
  await page.getByTestId('crisis-banner').waitFor();
  await page.waitForFunction(() =>
    /13 11 14/.test(document.querySelector('[data-testid="crisis-banner"]')?.textContent ?? ''),
  );
  assert.equal(await page.getByTestId('country').inputValue(), 'AU', 'the choice is kept on this device');
  await page.context().close();
  const us = await newPage(browser, DESKTOP, { locale: 'en-US', timezoneId: 'America/New_York' });
  await openChat(us, server.url);
  assert.match(await visibleText(us.locator('.message .when').first()), /AM|PM/);
  await us.context().close();
});

test('"sure please remind me in a minute" shows a nudge countdown (defect 4)', { skip }, async () => {
  const page = await newPage(browser, DESKTOP);
  await openChat(page, server.url);
  await sendAndWait(page, 'I have to call the dentist');
  await sendAndWait(page, 'sure please remind me in a minute');
  await page.getByTestId('countdown').waitFor({ state: 'visible' });
  assert.match(await visibleText(page.getByTestId('countdown')), /Nudge in (1:00|0:5\d)/);
  await page.context().close();
});

test('a nudge due while the server was down is shown once when the page reconnects (defect 5)', {
  skip,
}, async () => {
  const own = await startTestServer();
  const port = Number(new URL(own.url).port);
  const page = await newPage(browser, DESKTOP);
  let restarted: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    await openChat(page, own.url);
    await sendAndWait(page, 'I need to reply to my landlord');
    await sendAndWait(page, 'nudge me in 3 seconds');
    await own.close(); // the files stay: own.stop() would delete them
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    restarted = await startServer({ port, host: '127.0.0.1', db: own.dbPath });
    await page.locator('.message.nudge').waitFor({ timeout: 20_000 });
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    assert.equal(await page.locator('.message.nudge').count(), 1, 'shown once');
  } finally {
    await page.context().close();
    await restarted?.close();
    await own.stop().catch(() => {});
  }
});

test('plain HTTP on a name other than localhost (as with --host) shows the page (defect 6)', {
  skip,
}, async () => {
  const page = await newPage(browser, PHONE);
  await openChat(page, server.url.replace('127.0.0.1', 'tinystep.test'));
  assert.ok((await visibleText(page.locator('.message.therapist').first())).length > 0);
  // and a clean console: no "Cross-Origin-Opener-Policy header has been ignored" error on each load
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('focus stays in the message box, every control is in reach, a long URL wraps (defect 7)', {
  skip,
}, async () => {
  const page = await newPage(browser, PHONE);
  await openChat(page, server.url);
  await page.locator('#draft').focus();
  await sendAndWait(page, 'I keep avoiding my tax return');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'draft', 'after a typed message');
  const before = await page.locator('.message.therapist').count();
  await page.getByRole('button', { name: 'Stuck' }).click();
  await page.waitForFunction(
    (count) => document.querySelectorAll('.message.therapist').length > count,
    before,
  );
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'draft', 'after a quick reply');
  const url = `https://example.com/${'averyveryverylongpathsegment'.repeat(12)}?q=${'x'.repeat(80)}`;
  await sendAndWait(page, `here is the form: ${url}`);
  assert.ok((await horizontalOverflow(page)) <= 0, 'nothing sticks out sideways');
  for (const name of ['Send', 'Share rating', 'Done', 'Stuck', 'Smaller, please', 'Nudge me in 1 minute'])
    assert.ok(
      await fullyInView(page.getByRole('button', { name, exact: true })),
      `${name} is in reach without scrolling`,
    );
  assert.ok(await fullyInView(page.locator('#rating')));
  await page.screenshot({ path: join(SHOTS, 'phone-long-url.png') });
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

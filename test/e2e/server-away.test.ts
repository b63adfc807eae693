import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { startServer } from '../../src/server/start-server.ts';
import { startTestServer } from '../../src/server/test-support.ts';
import {
  launchBrowser,
  newPage,
  openChat,
  PHONE,
  sendAndWait,
  skip,
  visibleText,
} from './browser-support.ts';

// the server goes away while the person is typing (a restart, a dropped connection): what they wrote
// is kept, the page says so in words a person understands, and the notice goes once it is back

let browser: Browser;
before(async () => {
  if (skip) return;
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test('a message sent while the server is down: plain words, the text kept, the notice gone when it is back', {
  skip,
}, async () => {
  const own = await startTestServer();
  const port = Number(new URL(own.url).port);
  const page = await newPage(browser, PHONE);
  let restarted: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    await openChat(page, own.url);
    await sendAndWait(page, 'I need to tidy my desk');
    await own.close(); // the files stay: own.stop() would delete them
    const text = 'I cleared one corner of the desk';
    await page.locator('#draft').fill(text);
    await page.keyboard.press('Enter');
    const alert = page.getByRole('alert');
    await alert.waitFor({ state: 'visible' });
    const said = await visibleText(alert);
    assert.match(said, /can.t reach tinystep/i, said);
    assert.doesNotMatch(said, /failed to fetch|load failed|networkerror/i, said);
    assert.equal(await page.locator('#draft').inputValue(), text, 'what they wrote is still in the box');
    assert.equal(await page.locator('.message.client', { hasText: text }).count(), 0, 'not shown as sent');

    restarted = await startServer({ port, host: '127.0.0.1', db: own.dbPath });
    // the event stream reconnects by itself (retry: 2 s) and the notice goes with no action
    await alert.waitFor({ state: 'detached', timeout: 20_000 });
    await sendAndWait(page, text);
    assert.equal(await page.locator('#draft').inputValue(), '');
  } finally {
    await page.context().close();
    await restarted?.close();
    await own.stop().catch(() => {});
  }
});

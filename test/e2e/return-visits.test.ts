import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import type { TestServer } from '../../src/server/test-support.ts';
import {
  launchBrowser,
  newPage,
  openChat,
  PHONE,
  SHOTS,
  sendAndWait,
  skip,
  startWarmServer,
  visibleText,
} from './browser-support.ts';

// a person's second visit: their sessions, their steps, export and delete — by keyboard, at phone width

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

/** The database file and its WAL as bytes, read without SQLite (so nothing is checkpointed for us). */
const diskBytes = () =>
  [server.dbPath, `${server.dbPath}-wal`]
    .filter((path) => existsSync(path))
    .map((path) => readFileSync(path).toString('latin1'))
    .join('\n');

test('the next day: my steps and the last step are there; export as text and JSON; delete everything, gone from disk', {
  skip,
}, async () => {
  const context = await browser.newContext({
    viewport: PHONE,
    reducedMotion: 'reduce',
    acceptDownloads: true,
  });
  const first = await context.newPage();
  first.setDefaultTimeout(30_000);
  await openChat(first, server.url);
  const secret = 'pelican-ledger-8842';
  await sendAndWait(first, `I keep avoiding the ${secret} spreadsheet for my club`);
  await sendAndWait(first, 'ok, I opened it. Done!');
  await sendAndWait(first, 'what is the next tiny step?');
  await first.close();

  // the second visit: a new tab, the same device
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  await openChat(page, server.url);
  assert.ok(
    (await visibleText(page.locator('.message.client').first())).includes(secret),
    'the conversation is still there',
  );
  const pickUp = page.getByTestId('pick-up');
  await pickUp.waitFor();
  assert.match(await visibleText(pickUp), /Picking up where you left off\. Your last step: \S/);
  await page.screenshot({ path: join(SHOTS, 'phone-pick-up.png') });
  await page.getByRole('button', { name: 'My steps' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'My steps' }).waitFor();
  // the page moves focus in an effect that runs after its first paint: wait for it (2 s), then check it
  await page
    .waitForFunction(() => document.activeElement?.tagName === 'H1', undefined, { timeout: 2000 })
    .catch(() => undefined);
  assert.equal(
    await page.evaluate(() => document.activeElement?.tagName),
    'H1',
    'focus moves to the new page',
  );
  await page.getByTestId('steps-total').waitFor();
  assert.match(await visibleText(page.getByTestId('steps-total')), /^1 step done/);
  assert.equal(await page.getByTestId('steps-list').locator('li').count(), 1);
  assert.doesNotMatch(await visibleText(page.getByTestId('steps-list')), /\ba step$/, 'the step is named');
  assert.match(String(await page.getByTestId('steps-chart').getAttribute('aria-label')), /1 in all/);
  await page.screenshot({ path: join(SHOTS, 'phone-my-steps.png'), fullPage: true });

  await page.evaluate(() => {
    location.hash = '#sessions';
  });
  await page.getByRole('heading', { name: 'Your sessions' }).waitFor();
  const lastStep = page.getByTestId('last-step');
  await lastStep.waitFor();
  assert.match(await visibleText(lastStep), /^Last step: \S/);
  await page.screenshot({ path: join(SHOTS, 'phone-sessions.png'), fullPage: true });

  const [textDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export text' }).click(),
  ]);
  const text = readFileSync((await textDownload.path())!, 'utf8');
  assert.match(text, new RegExp(`You: I keep avoiding the ${secret}`));
  assert.match(text, /Coach: /);
  const [jsonDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  const exported = JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8')) as {
    messages: { text: string }[];
    steps: { completed: unknown[] };
  };
  assert.ok(exported.messages.some((message) => message.text.includes(secret)));
  assert.equal(exported.steps.completed.length, 1);

  // "pick up where you left off" opens the session, focus in the message box's page
  await page.getByRole('button', { name: 'Pick up where you left off' }).click();
  await page.locator('#draft').waitFor();
  await page.evaluate(() => {
    location.hash = '#sessions';
  });
  await page.getByRole('heading', { name: 'Your sessions' }).waitFor();
  assert.ok(diskBytes().includes(secret), 'the text is on disk before the erasure');
  page.on('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Delete everything' }).click();
  await page.getByText('Everything is deleted').waitFor();
  assert.equal(await page.getByTestId('sessions').count(), 0, 'no sessions listed');
  assert.ok(!diskBytes().includes(secret), 'gone from the database file and its WAL');
  assert.equal(await page.evaluate(() => localStorage.getItem('tinystep.sessions')), '[]');
  await context.close();
});

test('a session erased elsewhere (another device, a reset database): the page starts a new one and says why', {
  skip,
}, async () => {
  const page = await newPage(browser, PHONE);
  await openChat(page, server.url);
  await sendAndWait(page, 'I need to tidy my desk');
  const kept = await page.evaluate(() => {
    const id = JSON.parse(localStorage.getItem('tinystep.current') ?? 'null') as string;
    const sessions = JSON.parse(localStorage.getItem('tinystep.sessions') ?? '[]') as {
      id: string;
      token: string;
    }[];
    return sessions.find((session) => session.id === id);
  });
  assert.ok(kept, 'the page keeps its session on the device');
  const erased = await fetch(`${server.url}/api/sessions/${kept.id}`, {
    method: 'DELETE',
    headers: { authorization: `Bearer ${kept.token}` },
  });
  assert.equal(erased.status, 204);
  await page.reload();
  await page.getByTestId('notice').waitFor();
  assert.match(await visibleText(page.getByTestId('notice')), /no longer on the server/);
  await page.locator('.message.therapist').first().waitFor();
  assert.equal(await page.getByRole('alert').count(), 0, 'no error left on screen');
  await sendAndWait(page, 'I need to tidy my desk');
  const ids = await page.evaluate(() =>
    (JSON.parse(localStorage.getItem('tinystep.sessions') ?? '[]') as { id: string }[]).map(
      (session) => session.id,
    ),
  );
  assert.ok(!ids.includes(kept.id), 'the erased session is forgotten on the device');
  // the only failed request is the one that found the old session gone
  assert.deepEqual(page.problems, [`404 /api/sessions/${kept.id}`]);
  await page.context().close();
});

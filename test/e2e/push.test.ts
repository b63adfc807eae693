import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Worker } from 'playwright-core';
import type { TestServer } from '../../src/server/test-support.ts';
import {
  DESKTOP,
  launchBrowser,
  newPage,
  openChat,
  SHOTS,
  sendAndWait,
  skip,
  startWarmServer,
} from './browser-support.ts';
import { type LocalPushService, startLocalPushService } from './local-push-service.ts';

// a nudge that reaches a closed tab: the server pushes it (VAPID-signed, encrypted) to a push
// service on 127.0.0.1, which checks and decrypts it as a browser vendor's would; Chromium's
// DevTools protocol then hands the payload to the page's service worker, which shows it

let server: TestServer;
let pushService: LocalPushService;
let browser: Browser;
before(async () => {
  if (skip) return;
  server = await startWarmServer();
  pushService = await startLocalPushService();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await pushService?.close();
  await server?.stop();
});

type Shown = { title: string; body: string; data: { url?: string } };
const shownBy = (worker: Worker) =>
  worker.evaluate(async () =>
    (
      await (self as unknown as { registration: ServiceWorkerRegistration }).registration.getNotifications()
    ).map((notification: Notification) => ({
      title: notification.title,
      body: notification.body,
      data: notification.data,
    })),
  ) as Promise<Shown[]>;

test('a nudge reaches the closed tab: pushed, verified, decrypted, shown by the service worker; a tap opens the session', {
  skip,
}, async () => {
  const context = await browser.newContext({ viewport: DESKTOP });
  await context.grantPermissions(['notifications'], { origin: server.url });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  await openChat(page, server.url);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  const session = await page.evaluate(() => {
    const id = JSON.parse(localStorage.getItem('tinystep.current') ?? 'null') as string;
    const list = JSON.parse(localStorage.getItem('tinystep.sessions') ?? '[]') as {
      id: string;
      token: string;
    }[];
    return list.find((item) => item.id === id)!;
  });
  // this browser's subscription (headless Chromium has no vendor push service to subscribe with)
  const subscribed = await fetch(`${server.url}/api/sessions/${session.id}/push`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
    body: JSON.stringify(pushService.subscription),
  });
  assert.equal(subscribed.status, 201);
  const key = (await (await fetch(`${server.url}/api/push/key`)).json()) as { publicKey: string };

  await sendAndWait(page, 'I have to phone the bank');
  await sendAndWait(page, 'nudge me in 2 seconds');
  const arriving = pushService.next(20_000);
  await page.close(); // the tab is closed before the nudge is due
  const blank = await context.newPage(); // the DevTools session needs a target in the same browser profile
  const push = await arriving;
  assert.equal(push.vapid.publicKey, key.publicKey, 'signed with the key browsers subscribe with');
  const payload = JSON.parse(push.payload) as { title: string; body: string; url: string };
  const stored = (await (
    await fetch(`${server.url}/api/sessions/${session.id}`, {
      headers: { authorization: `Bearer ${session.token}` },
    })
  ).json()) as { messages: { text: string; nudge: boolean }[] };
  const nudge = stored.messages.find((message) => message.nudge);
  assert.ok(nudge, 'the nudge was said');
  assert.equal(payload.body, nudge.text, 'the notification text is the nudge');
  assert.equal(payload.url, `/?session=${session.id}`);

  const devtools = await context.newCDPSession(blank);
  const registrations: { registrationId: string; scopeURL: string }[] = [];
  devtools.on('ServiceWorker.workerRegistrationUpdated', (event) =>
    registrations.push(...event.registrations),
  );
  await devtools.send('ServiceWorker.enable');
  for (let waited = 0; registrations.length === 0 && waited < 15_000; waited += 100)
    await new Promise((resolve) => setTimeout(resolve, 100));
  const registration = registrations.find((item) => item.scopeURL.startsWith(server.url));
  assert.ok(registration, 'the page registered its service worker');
  await devtools.send('ServiceWorker.deliverPushMessage', {
    origin: server.url,
    registrationId: registration.registrationId,
    data: push.payload,
  });
  let shown: Shown[] = [];
  for (let waited = 0; shown.length === 0 && waited < 30_000; waited += 200) {
    const worker = context.serviceWorkers()[0];
    if (worker) shown = await shownBy(worker).catch(() => []);
    if (shown.length === 0) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.equal(shown.length, 1, 'one notification');
  assert.equal(shown[0].title, 'tinystep');
  assert.equal(shown[0].body, nudge.text);
  assert.equal(shown[0].data.url, `/?session=${session.id}`);

  // the tap opens the notification's URL: this session, with the nudge in it
  await blank.goto(new URL(shown[0].data.url ?? '/', server.url).href);
  await blank.locator('.message.nudge').waitFor();
  await blank.screenshot({ path: join(SHOTS, 'push-opened-session.png') });
  assert.deepEqual(pushService.rejected, []);
  await context.close();
});

test('permission is asked when the person first accepts a nudge, never on load', { skip }, async () => {
  const page = await newPage(browser, DESKTOP);
  await page.addInitScript(() => {
    const calls: string[] = [];
    (window as unknown as { permissionAsks: string[] }).permissionAsks = calls;
    Notification.requestPermission = async () => {
      calls.push('asked');
      return 'denied';
    };
  });
  await openChat(page, server.url);
  await sendAndWait(page, 'I need to clean the bathroom');
  const asks = () =>
    page.evaluate(() => (window as unknown as { permissionAsks: string[] }).permissionAsks.length);
  assert.equal(await asks(), 0, 'not on load, not on an ordinary turn');
  await page.getByRole('button', { name: 'Nudge me in 1 minute' }).click();
  await page.getByTestId('countdown').waitFor();
  await page.waitForFunction(
    () => (window as unknown as { permissionAsks: string[] }).permissionAsks.length > 0,
  );
  assert.equal(await asks(), 1);
  await sendAndWait(page, 'and nudge me again in 5 minutes');
  assert.equal(await asks(), 1, 'asked once');
  await page.context().close();
});

test('the app is installable: a manifest with icons, a service worker, and an offline page that says so', {
  skip,
}, async () => {
  const manifest = (await (await fetch(`${server.url}/manifest.webmanifest`)).json()) as {
    name: string;
    start_url: string;
    display: string;
    icons: { src: string; sizes: string }[];
  };
  assert.equal(manifest.display, 'standalone');
  for (const size of ['192x192', '512x512']) {
    const icon = manifest.icons.find((item) => item.sizes === size);
    assert.ok(icon, size);
    const response = await fetch(`${server.url}${icon.src}`);
    assert.equal(response.headers.get('content-type'), 'image/png');
  }
  const page = await newPage(browser, DESKTOP);
  await openChat(page, server.url);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.reload(); // now controlled by the service worker
  await page.locator('.message.therapist').first().waitFor();
  await page.context().setOffline(true);
  await page.reload().catch(() => {});
  await page.getByRole('heading', { name: /offline/i }).waitFor();
  await page.screenshot({ path: join(SHOTS, 'offline.png') });
  await page.context().close();
});

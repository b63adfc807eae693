import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
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
  visibleText,
} from './browser-support.ts';

// the page sends the browser's time zone when it starts a session: "remind me at 3pm" is the
// person's 3pm, and the page says when the nudge comes as a clock time

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

/** The wall-clock time `at` shows in `timeZone`, as "15:00". */
const wallClock = (at: number, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    at,
  );

/** A whole hour three hours ahead on `timeZone`'s clock, as a person says it ("5pm") and as 24-hour "17:00". */
function threeHoursAhead(timeZone: string): { said: string; shown: string } {
  const hour = (Number(wallClock(Date.now(), timeZone).slice(0, 2)) + 3) % 24;
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  return { said: `${twelve}${hour < 12 ? 'am' : 'pm'}`, shown: `${String(hour).padStart(2, '0')}:00` };
}

// the server runs in this machine's zone (UTC on CI); Tokyo is 9 hours from UTC and Los Angeles
// 7–8 the other way, so whichever zone this machine is in, one browser is not in it
for (const timeZone of ['Asia/Tokyo', 'America/Los_Angeles']) {
  test(`a browser in ${timeZone}: "remind me at <3 hours ahead>" is that hour on its clock, and the page says the clock time`, {
    skip,
  }, async () => {
    // hours ahead, so the page always words it as a clock time (under an hour it counts down)
    const { said, shown } = threeHoursAhead(timeZone);
    const page = await newPage(browser, DESKTOP, { locale: 'en-GB', timezoneId: timeZone });
    await openChat(page, server.url);
    await sendAndWait(page, 'I need to call the dentist');
    const reply = page.waitForResponse((response) => response.url().endsWith('/messages'));
    await sendAndWait(page, `remind me at ${said}`);
    const body = (await (await reply).json()) as { nudges: { dueAt: number }[] };
    assert.equal(body.nudges.length, 1);
    assert.equal(wallClock(body.nudges[0].dueAt, timeZone), shown);
    const countdown = page.getByTestId('countdown');
    await countdown.waitFor({ state: 'visible' });
    // today or tomorrow on the browser's calendar, never "Nudge in 180:00"
    const day = (at: number) => new Intl.DateTimeFormat('en-CA', { timeZone }).format(at);
    const today = day(body.nudges[0].dueAt) === day(Date.now());
    assert.equal(await visibleText(countdown), today ? `Nudge at ${shown}` : `Nudge tomorrow at ${shown}`);
    await page.screenshot({ path: join(SHOTS, `clock-time-nudge-${timeZone.replace('/', '-')}.png`) });
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

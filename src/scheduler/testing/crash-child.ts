/**
 * The process the crash test kills with SIGKILL. Config (JSON in argv[2]):
 *   { path, sessionId, nudgeDelaysMs: number[], runScheduler: boolean, appendTurns: boolean }
 * Prints one line per acknowledged write: "ack nudge <id> <dueAt>", "ack turn <n>" (n counts turns, text "turn <n>"),
 * and "fired <id>" when its scheduler fired a nudge; "ready" once the nudges are stored.
 */
import { createRealClock } from '../../clock/real-clock.ts';
import { isTinystepError } from '../../spec/errors.ts';
import { openSqliteStore } from '../../store/sqlite-store.ts';
import { createScheduler } from '../scheduler.ts';
import { createCueFirer } from './cue-firer.ts';

type ChildConfig = {
  path: string;
  sessionId: string;
  nudgeDelaysMs: number[];
  runScheduler: boolean;
  appendTurns: boolean;
};

const config = JSON.parse(process.argv[2] ?? '{}') as ChildConfig;
const clock = createRealClock();
const store = await openSqliteStore({ path: config.path });
const say = (line: string) => process.stdout.write(`${line}\n`);

await store
  .createSession({ id: config.sessionId, createdAt: clock.now(), locale: 'en', seed: 1 })
  .catch(() => {});
const scheduler = createScheduler({
  store,
  clock,
  fire: createCueFirer(store, clock, (fired) => say(`fired ${fired.nudgeId}`)),
});
for (const [index, delay] of config.nudgeDelaysMs.entries()) {
  const nudge = {
    id: `${config.sessionId}-n${index}`,
    sessionId: config.sessionId,
    dueAt: clock.now() + delay,
    cue: `Cue ${index}.`,
  };
  await scheduler.schedule(nudge);
  say(`ack nudge ${nudge.id} ${nudge.dueAt}`);
}
if (config.runScheduler) await scheduler.start();
say('ready');

// keep the process alive (real-clock timers are unref'd) and write turns until killed
setInterval(() => {}, 1_000);
if (config.appendTurns) {
  let { version } = await store.load(config.sessionId);
  for (let turn = 1; ; turn++) {
    try {
      version = await store.append(config.sessionId, version, [
        { type: 'client-said', at: clock.now(), text: `turn ${turn}` },
      ]);
      say(`ack turn ${turn}`);
    } catch (error) {
      // a nudge fired in between: reload the version and say this turn again
      if (!isTinystepError(error) || error.code !== 'conflict') throw error;
      ({ version } = await store.load(config.sessionId));
      turn--;
    }
    // let the scheduler's timer in between appends
    await new Promise((resolve) => setImmediate(resolve));
  }
}

// The realism check with real people on one side (issue 18; docs/simulator/realism-check.md):
//   npm run realism:mibot -- real --half dev|held-out --out FILE [--count 10] [--seed 1]
//     real client turns from MIBot v6.3A (CC BY-SA 4.0): one excerpt of 5–8 consecutive client turns per
//     conversation, the counsellor left out, as {"id","turns"} lines. FILE must lie under
//     data/third-party/mibot-v6.3a/ (share-alike text stays beside its licence) or outside the repo.
//   npm run realism:mibot -- simulated --out DIR [--count 10] [--seed 1] [--personas personas/smoking]
//       [--therapist mi-counsellor|coach|…] [--per-card 6] [--same-person]
//     the same cut of simulated smokers playing against a therapist (default the MI fixture,
//     src/runner/testing/mi-counsellor.ts, which asks what MIBot's counsellor asks): DIR/simulated.jsonl.
//     Each card plays --per-card sessions, each by another typist of its kind (src/simulator/session-person.ts;
//     --same-person keeps the card's own voice in every session), and one long enough is drawn at random.
//   npm run realism:mibot -- stats [--half dev] [--seed 7] [--sessions 200] [--therapist …]
//   npm run realism:mibot -- repeats [--seed 7] [--sessions 300]: same line twice running, "like i said" counts
//     per-turn statistics of the real client turns of a half beside simulated smokers against that therapist
//     (aggregate figures only; no text is printed).
// Both sides then go to `npm run realism:mix` (forced-half or standard) and `npm run realism:score`.
import './one-line-errors.ts';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseTherapistSpec, therapistFactory } from '../src/runner/resolve-therapist.ts';
import { runSession } from '../src/runner/run-session.ts';
import { sessionSeed } from '../src/runner/session-record.ts';
import { loadPersonaDirectory } from '../src/simulator/load-persona.ts';
import {
  type ClientTurn,
  clientTurns,
  EXCERPT_SHAPE,
  excerptWindow,
  type MibotHalf,
  mibotHalf,
  parseMibotLines,
} from '../src/simulator/mibot-realism.ts';
import { describeTurnStatistics, turnStatistics } from '../src/simulator/mibot-turn-statistics.ts';
import { createRandom, deriveSeed } from '../src/simulator/prng.ts';
import { sessionPerson } from '../src/simulator/session-person.ts';
import { TinystepError } from '../src/spec/errors.ts';

const root = resolve(import.meta.dirname, '..');
const mibotFolder = join(root, 'data/third-party/mibot-v6.3a');
const args = process.argv.slice(2);
const option = (name: string, fallback?: string) => {
  const at = args.indexOf(name);
  return at < 0 ? fallback : args[at + 1];
};
const command = args[0];
const count = Number(option('--count', '10'));
const seed = Number(option('--seed', '1'));
const half = option('--half', 'dev') as MibotHalf;
if (half !== 'dev' && half !== 'held-out')
  throw new TinystepError('usage', `--half ${half}: dev or held-out`);
// (the real people answered an MI counsellor asking about smoking: by default the simulated smokers do
// too, the fixture in src/runner/testing/mi-counsellor.ts; --therapist coach plays them against our coach)
const therapist = parseTherapistSpec(option('--therapist', 'mi-counsellor') as string);
const personaFolder = resolve(option('--personas', join(root, 'personas/smoking')) as string);
// (every session by the card's own typist made ten excerpts of one card's kind read as one person)
const samePerson = args.includes('--same-person');
const perCard = Number(option('--per-card', '6'));
if (!Number.isInteger(perCard) || perCard < 1)
  throw new TinystepError(
    'usage',
    `--per-card ${option('--per-card')}: a whole number of sessions, 1 or more`,
  );

const conversations = () =>
  mibotHalf(parseMibotLines(readFileSync(join(mibotFolder, 'utterances.jsonl'), 'utf8')), half);

/** Simulated smokers against the coach: each session's client turns with the therapist text before them. */
async function simulatedSessions(sessions: number, sessionsSeed: number): Promise<ClientTurn[][]> {
  const personas = loadPersonaDirectory(personaFolder);
  const factory = await therapistFactory(therapist);
  const played: ClientTurn[][] = [];
  for (let index = 0; index < sessions; index += 1) {
    const card = personas[index % personas.length];
    const round = Math.floor(index / personas.length);
    const persona = samePerson ? card : sessionPerson(card, round);
    const result = await runSession({
      persona,
      therapist: factory,
      seed: sessionSeed(sessionsSeed, card, round),
    });
    const turns: ClientTurn[] = [];
    let therapist: string[] = [];
    for (const turn of result.turns) {
      if (turn.role === 'therapist') therapist.push(turn.text);
      else {
        turns.push({ text: turn.text, after: therapist.join(' ') });
        therapist = [];
      }
    }
    played.push(turns);
  }
  return played;
}

const writeLines = (path: string, excerpts: Array<{ id: string; turns: string[] }>) => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, excerpts.map((excerpt) => `${JSON.stringify(excerpt)}\n`).join(''));
};

if (command === 'real') {
  const out = resolve(option('--out') ?? '');
  const inRepo = !relative(root, out).startsWith('..');
  if (!option('--out') || (inRepo && relative(mibotFolder, out).startsWith('..')))
    throw new TinystepError('usage', '--out FILE under data/third-party/mibot-v6.3a/ or outside the repo', {
      hint: 'MIBot text is CC BY-SA 4.0: it stays beside its licence',
    });
  const random = createRandom(deriveSeed(seed, 'mibot-real', half));
  const pool = conversations();
  const excerpts: Array<{ id: string; turns: string[] }> = [];
  while (excerpts.length < count && pool.length > 0) {
    const [conversation] = pool.splice(random.int(pool.length), 1);
    const turns = excerptWindow(
      clientTurns(conversation).map((turn) => turn.text),
      random,
    );
    if (turns) excerpts.push({ id: `mibot-${conversation.id}`, turns });
  }
  if (excerpts.length < count)
    throw new TinystepError('usage', `only ${excerpts.length} conversations long enough in the ${half} half`);
  writeLines(out, excerpts);
  console.log(`wrote ${excerpts.length} real excerpts (${half} half) to ${out}`);
} else if (command === 'simulated') {
  const out = resolve(option('--out') ?? 'realism-mibot-simulated');
  const personas = loadPersonaDirectory(personaFolder);
  if (count > personas.length)
    throw new TinystepError(
      'usage',
      `${count} excerpts need ${count} personas; ${personaFolder} has ${personas.length}`,
      {
        hint: 'one excerpt a person: two of one card tell the same story',
      },
    );
  const random = createRandom(deriveSeed(seed, 'mibot-simulated'));
  // --per-card sessions a card (round robin), and one of those long enough drawn at random: a session
  // that ended before five turns (the person left, or the therapist closed) is not drawn, and the
  // same card does not give the same session on every seed
  const sessions = await simulatedSessions(perCard * personas.length, seed);
  const order = personas.map((_, index) => index);
  const excerpts: Array<{ id: string; turns: string[] }> = [];
  while (excerpts.length < count && order.length > 0) {
    const [index] = order.splice(random.int(order.length), 1);
    const longEnough = Array.from(
      { length: perCard },
      (_, round) => sessions[round * personas.length + index],
    ).filter((session) => session.length >= EXCERPT_SHAPE.shortest);
    const long = longEnough.length > 0 ? random.pick(longEnough) : undefined;
    const turns = long
      ? excerptWindow(
          long.map((turn) => turn.text),
          random,
        )
      : undefined;
    if (turns) excerpts.push({ id: `sim-${String(excerpts.length + 1).padStart(2, '0')}`, turns });
  }
  writeLines(join(out, 'simulated.jsonl'), excerpts);
  console.log(`wrote ${excerpts.length} simulated excerpts to ${join(out, 'simulated.jsonl')}`);
} else if (command === 'stats') {
  const sessions = Number(option('--sessions', '200'));
  const real = turnStatistics(conversations().flatMap(clientTurns));
  const simulated = turnStatistics((await simulatedSessions(sessions, Number(option('--seed', '7')))).flat());
  console.log(
    describeTurnStatistics(
      `MIBot ${half} half (real)`,
      real,
      `simulated smokers vs ${therapist.kind}`,
      simulated,
    ),
  );
} else if (command === 'repeats') {
  // the dev raters' loop tells, counted: the same line two turns running, and pointers back ("like i said")
  const played = await simulatedSessions(Number(option('--sessions', '300')), Number(option('--seed', '7')));
  const plain = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9 ]+/g, '')
      .trim();
  let turns = 0;
  let twiceRunning = 0;
  let pointers = 0;
  let loopSessions = 0;
  for (const session of played) {
    const said = session.map((turn) => plain(turn.text));
    const back = said.filter((line) => /\b(like|as) i said\b/.test(line)).length;
    turns += said.length;
    pointers += back;
    if (back >= 2) loopSessions += 1;
    if (process.env.SHOW_REPEATS)
      for (const [at, line] of said.entries())
        if (at > 0 && line === said[at - 1])
          console.log(`${at}: ${line} | after: ${session[at].after.slice(0, 90)}`);
    twiceRunning += said.filter(
      (line, at) => at > 0 && line.split(' ').length > 1 && line === said[at - 1],
    ).length;
  }
  console.log(
    `${played.length} sessions, ${turns} client turns vs ${therapist.kind}: same line (2+ words) two turns running ${twiceRunning}; ` +
      `"like/as i said" ${pointers} (${((100 * pointers) / turns).toFixed(1)}% of turns); sessions with two or more ${loopSessions}`,
  );
} else {
  throw new TinystepError('usage', 'realism-mibot real|simulated|stats|repeats [options]', {
    hint: 'see the comment at the top of scripts/realism-mibot.ts',
  });
}

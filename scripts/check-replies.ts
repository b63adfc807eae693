/**
 * npm run check:replies [-- --sessions N] [--seed S] [--examples] [--sets v24,…]
 *
 * The language check over generated replies: the coach against every persona (N sessions each)
 * plus its reply to every seeker turn of the seen conversation excerpt sets (every
 * data/blind/conversations-vN but the newest, which is the held-out; `--sets` names others). Prints the defect count per
 * kind and the share of replies that share a content word with the person's last turn.
 * Examples are printed from simulated sessions only: the excerpts are blind and stay unread.
 */
import { existsSync, readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { replyToTranscript } from '../src/coach/replay.ts';
import { coachTherapist } from '../src/runner/coach-therapist.ts';
import { runSession } from '../src/runner/run-session.ts';
import { loadPersonaDirectory } from '../src/simulator/load-persona.ts';
import { checkReply, type LanguageDefect, sharesContentWord } from '../src/text/language-check.ts';
import { asTranscript } from './judge-candidates.ts';
import { excerptSchema, readJsonLines } from './judge-files.ts';

const BLIND = new URL('../data/blind/', import.meta.url).pathname;

/** The seen conversation sets, oldest first, without the newest (kept as the held-out). */
function seenSets(): string[] {
  const versions = readdirSync(BLIND)
    .map((name) => name.match(/^conversations-v(\d+)$/)?.[1])
    .filter((version): version is string => version !== undefined)
    .map(Number)
    .sort((left, right) => left - right);
  return versions.slice(0, -1).map((version) => `v${version}`);
}

type Tally = { replies: number; defects: Map<string, number>; overlapping: number; examples: string[] };
const tally = (): Tally => ({ replies: 0, defects: new Map(), overlapping: 0, examples: [] });

function count(target: Tally, reply: string, lastTurn: string, personWords: string, keepExamples: boolean) {
  target.replies++;
  if (sharesContentWord(reply, lastTurn)) target.overlapping++;
  const defects: LanguageDefect[] = checkReply(reply, { personWords });
  for (const defect of defects) {
    target.defects.set(defect.kind, (target.defects.get(defect.kind) ?? 0) + 1);
    if (keepExamples && target.examples.length < 12)
      target.examples.push(`[${defect.kind}: ${defect.text}] ${reply}`);
  }
}

function report(label: string, target: Tally): void {
  const total = [...target.defects.values()].reduce((sum, value) => sum + value, 0);
  const share = target.replies ? (100 * target.overlapping) / target.replies : 0;
  const byKind = [...target.defects].map(([kind, value]) => `${kind} ${value}`).join(', ');
  console.log(
    `${label.padEnd(10)} ${String(target.replies).padStart(5)} replies  ${String(total).padStart(4)} defects${byKind ? ` (${byKind})` : ''}  content-word overlap with the last turn: ${share.toFixed(1)}%`,
  );
}

const { values } = parseArgs({
  options: {
    sessions: { type: 'string', default: '8' },
    seed: { type: 'string', default: '17' },
    examples: { type: 'boolean', default: false },
    sets: { type: 'string' },
  },
});
const sessions = Number(values.sessions);
const seed = Number(values.seed);

const simulated = tally();
for (const persona of loadPersonaDirectory()) {
  for (let session = 0; session < sessions; session++) {
    const result = await runSession({ persona, therapist: coachTherapist, seed: seed * 1000 + session });
    let lastTurn = '';
    let personWords = '';
    for (const turn of result.turns) {
      if (turn.role === 'client') {
        lastTurn = turn.text;
        personWords += ` ${turn.text}`;
        continue;
      }
      count(simulated, turn.text, turn.nudge ? '' : lastTurn, personWords, values.examples);
    }
  }
}

const excerpts = tally();
const sets = values.sets ? values.sets.split(',') : seenSets();
for (const set of sets) {
  const file = `${BLIND}conversations-${set}/excerpts.jsonl`;
  if (!existsSync(file)) continue;
  for (const excerpt of readJsonLines(file, excerptSchema)) {
    const turns = asTranscript(excerpt.turns);
    const replies = await replyToTranscript(turns, { which: 'all', seed });
    for (const reply of replies) {
      const personWords = turns
        .slice(0, reply.turn + 1)
        .filter((turn) => turn.role === 'client')
        .map((turn) => turn.text)
        .join(' ');
      count(excerpts, reply.text, turns[reply.turn].text, personWords, values.examples);
    }
  }
}

report('simulated', simulated);
report('excerpts', excerpts);
const all = tally();
for (const part of [simulated, excerpts]) {
  all.replies += part.replies;
  all.overlapping += part.overlapping;
  for (const [kind, value] of part.defects) all.defects.set(kind, (all.defects.get(kind) ?? 0) + value);
}
report('all', all);
if (values.examples)
  for (const example of [...simulated.examples, ...excerpts.examples]) console.log(`  ${example}`);

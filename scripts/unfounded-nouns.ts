/**
 * Development measure (issue 17 items 3 and 4, r17 steps lane): the steps and topic questions in the
 * coach's replies that name a thing the conversation never mentioned ("write down the one bill that
 * worries you most" to someone whose worry is a pension letter). The words of a step or question are
 * checked against every word of the excerpt, both sides; words any step or question may use without
 * asserting a fact (verbs, sizes, times, "thing", "part") are not counted.
 *
 *   node --import tsx scripts/unfounded-nouns.ts [--list] [--against <commit>] data/blind/conversations-vN/excerpts.jsonl …
 *
 * `--against main` replies with that commit's coach (its src/ extracted), for a before figure.
 */
import { replyToTranscript } from '../src/coach/replay.ts';
import type { SafetyConfig } from '../src/safety/config.ts';
import { deriveSeed } from '../src/simulator/prng.ts';
import type { Move } from '../src/spec/move.ts';
import { asTranscript, contextTurns } from './judge-candidates.ts';
import type { Excerpt } from './judge-files.ts';

// the words a step or a question may use of anyone's situation: they name no fact of theirs
const GENERIC = new Set(
  (
    'the a an one two three four five ten first last next this that these those it its them they their there ' +
    'you your yours yourself me my mine we our us i what which who when where how why would could should ' +
    'will can do does did doing done be is are was were been being have has had get got getting go going ' +
    'and or but so if then than just only very really most more much little bit some any each every all ' +
    'of to in on at for with from by about into out up down off over under before after since while again ' +
    'not no nothing something anything thing things part parts side way ways one-part kind sort lot ' +
    'minute minutes second seconds hour hours day days week weeks night nights time timer moment today ' +
    'tomorrow tonight now right still yet already ever never often back away here around ' +
    'write written writing read reading open opening look looking find put take say said tell ask send ' +
    'start started spend pick let make keep feel feeling feels felt think want need help helps helped ' +
    'try see hear know mind worry worries worrying weigh weighing weighs heavy heaviest hardest hard ' +
    'hardest easy easier lighter biggest big small smaller tiny short long plain single whole same ' +
    'line lines word words sentence list note name piece step steps page bit first-thing ' +
    'slow breath breaths notice shoulders drop jaw unclench sit stand walk outside somewhere calm ' +
    'phone screen paper desk front closed timer on holding hold up coping cope managing manage ' +
    'been going happening happened happen deal dealt sorted sort come comes coming matter matters ' +
    'most difference like else anyone someone somebody person people other others much many well ' +
    'loud out-loud emptiest loneliest urgent first-line plate top onto own yours truly ' +
    'went through once mark unsure bothers different far few type fill hit miss talking answered move ' +
    'round cursor greeting number question head understand'
  ).split(/\s+/),
);

const WORD = /[a-z][a-z'’-]*/g;

/** Lowercase word tokens, without a possessive ending. */
export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((word) => word.replace(/['’]s$/, ''));
}

// a plain stem: "bills" and "bill", "exams" and "exam", "worried" and "worry" meet
function stem(word: string): string {
  return word
    .replace(/['’-]/g, '')
    .replace(/(?:ies)$/, 'y')
    .replace(/(?:ing|ed|es|s)$/, '');
}

/** The words of `said` (a step, a question) that name something absent from the conversation's words. */
export function unfoundedWords(said: string, conversation: readonly string[]): string[] {
  const known = new Set<string>();
  for (const text of conversation) for (const word of wordsOf(text)) known.add(stem(word));
  const unfounded: string[] = [];
  for (const word of wordsOf(said)) {
    if (word.length < 3 || GENERIC.has(word) || GENERIC.has(stem(word))) continue;
    if (known.has(stem(word))) continue;
    if (!unfounded.includes(word)) unfounded.push(word);
  }
  return unfounded;
}

/** What in a reply asserts a step or a topic: a step's own words, or the question sentence about a topic. */
export function stepsAndTopicQuestions(moves: readonly Move[], text: string): string[] {
  const said: string[] = [];
  for (const move of moves) {
    if (move.type === 'propose-step') said.push(move.step.text);
    else if (move.type === 'shrink-step') said.push(move.to.text);
    else if (move.type === 'ask-permission' && move.step) said.push(move.step.text);
    // (words to say or write were asked for: a script, not a step of ours)
    else if (move.type === 'answer-concrete' && !move.script) said.push(...move.steps);
  }
  if (moves.some((move) => move.type === 'open-question' && move.topic !== undefined)) {
    const questions = text.match(/[^.!?]*\?/g) ?? [];
    said.push(...questions.map((question) => question.trim()));
  }
  return said;
}

export type UnfoundedFinding = { said: string; words: string[] };

/** The coach's reply to an excerpt and what in it names things the excerpt never did. */
export async function unfoundedInReply(
  excerpt: Excerpt,
  seed: number,
  safetyConfig: SafetyConfig,
  replay: typeof replyToTranscript = replyToTranscript,
): Promise<{ text: string; findings: UnfoundedFinding[] }> {
  const turns = contextTurns(excerpt);
  const [reply] = await replay(asTranscript(turns), {
    which: 'last',
    seed: deriveSeed(seed, excerpt.id),
    safetyConfig,
  });
  const conversation = turns.map((turn) => turn.text);
  const findings: UnfoundedFinding[] = [];
  for (const said of stepsAndTopicQuestions(reply.moves, reply.text)) {
    const words = unfoundedWords(said, conversation);
    if (words.length > 0) findings.push({ said, words });
  }
  return { text: reply.text, findings };
}

async function main(): Promise<void> {
  const { loadSafetyConfig } = await import('../src/safety/load-config.ts');
  const { excerptSchema, readJsonLines } = await import('./judge-files.ts');
  const args = process.argv.slice(2);
  const list = args.includes('--list');
  const files = args.filter((arg) => arg.endsWith('.jsonl'));
  const safetyConfig = loadSafetyConfig({ env: process.env });
  const againstAt = args.indexOf('--against');
  let replay = replyToTranscript;
  let dispose = () => {};
  if (againstAt >= 0) {
    const { extractSourceAtCommit } = await import('../bench/support/source-at-commit.ts');
    const source = extractSourceAtCommit(args[againstAt + 1] ?? 'main');
    if (typeof source === 'string') throw new Error(source);
    replay = (await source.load('src/coach/replay.ts')).replyToTranscript as typeof replyToTranscript;
    dispose = source.dispose;
  }
  let replies = 0;
  let flagged = 0;
  for (const file of files) {
    const set = file.replace(/.*conversations-/, '').replace('/excerpts.jsonl', '');
    for (const excerpt of readJsonLines(file, excerptSchema)) {
      replies++;
      const { text, findings } = await unfoundedInReply(excerpt, 17, safetyConfig, replay);
      if (findings.length === 0) continue;
      flagged++;
      if (!list) continue;
      console.log(`== ${set}/${excerpt.id}`);
      for (const turn of contextTurns(excerpt).slice(-3))
        console.log(`  ${turn.role === 'seeker' ? 'P' : 'S'}: ${turn.text}`);
      console.log(`  T: ${text}`);
      for (const finding of findings) console.log(`  ! ${finding.words.join(', ')} in "${finding.said}"`);
    }
  }
  dispose();
  console.log(`replies ${replies}, with a step or topic question naming an unsaid thing ${flagged}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();

/**
 * The blind real-or-simulated check (issue 18): how human-written and simulated excerpts are mixed
 * for a rater, what the rater is told, and how its judgements are scored. Two protocols:
 *
 * - `standard`: the rater is told the mix "is not necessarily half and half" and marks each excerpt
 *   freely. Kept word for word as rounds 3–10 ran it (`data/blind/realism-v3/mix_realism.py`), so
 *   rounds stay comparable.
 * - `forced-half`: exactly half are real, the rater is told so and must mark exactly half real.
 *   Under the standard protocol raters called nearly everything "simulated" (v17 and v18: 60 of 60,
 *   human-written excerpts included), which scores 50% whatever the excerpts are like; a forced
 *   choice makes the rater rank, so its accuracy says whether the two sides can be told apart.
 *
 * Pure: the scripts `realism-mix.ts` and `realism-score.ts` read and write the files.
 */
import { TinystepError } from '../spec/errors.ts';
import { createRandom } from './prng.ts';

export const REALISM_PROTOCOLS = ['standard', 'forced-half'] as const;
export type RealismProtocol = (typeof REALISM_PROTOCOLS)[number];

export type RealismExcerpt = { id: string; turns: string[] };
export type RealismSource = 'human' | 'simulated';
export type RealismKey = Record<string, { source: RealismSource; original: string }>;
export type RealismJudgement = { id: string; verdict: 'real' | 'simulated'; confidence?: number };

/** One side's excerpts as they come from their files, each with where it came from. */
export type SourcedExcerpt = { original: string; turns: string[] };

export type RealismMix = {
  /** Shuffled, ids E01… in order, no source. */
  excerpts: RealismExcerpt[];
  key: RealismKey;
  /** The rater's instructions (RATER.md). */
  instructions: string;
};

/**
 * Shuffles the two sides under ids E01… . `forced-half` takes the same number from each side
 * (`perSide`, or as many as the smaller side has); `standard` takes every excerpt given.
 */
export function mixRealism(options: {
  human: readonly SourcedExcerpt[];
  simulated: readonly SourcedExcerpt[];
  seed: number;
  protocol: RealismProtocol;
  perSide?: number;
}): RealismMix {
  const { protocol, seed } = options;
  let human = options.human;
  let simulated = options.simulated;
  if (protocol === 'forced-half') {
    const perSide = options.perSide ?? Math.min(human.length, simulated.length);
    if (perSide < 1 || human.length < perSide || simulated.length < perSide)
      throw new TinystepError(
        'usage',
        `forced-half needs ${perSide} excerpts a side; got ${human.length} human and ${simulated.length} simulated`,
        { hint: 'lower --per-side or give more excerpts' },
      );
    human = human.slice(0, perSide);
    simulated = simulated.slice(0, perSide);
  }
  const pool = [
    ...human.map((excerpt) => ({ source: 'human' as const, ...excerpt })),
    ...simulated.map((excerpt) => ({ source: 'simulated' as const, ...excerpt })),
  ];
  // Fisher–Yates with the simulator's seeded PRNG: the same seed, the same order
  const random = createRandom(seed);
  for (let index = pool.length - 1; index > 0; index -= 1) {
    const other = random.int(index + 1);
    [pool[index], pool[other]] = [pool[other], pool[index]];
  }
  const key: RealismKey = {};
  const excerpts = pool.map((entry, index) => {
    const id = `E${String(index + 1).padStart(2, '0')}`;
    key[id] = { source: entry.source, original: entry.original };
    return { id, turns: entry.turns };
  });
  return { excerpts, key, instructions: raterInstructions(protocol, pool.length) };
}

/** What the rater reads. The standard text is round 3's, unchanged. */
export function raterInstructions(protocol: RealismProtocol, count: number): string {
  const mixSentence =
    protocol === 'standard'
      ? 'The mix is not necessarily half and half.'
      : `Exactly half of them (${count / 2}) were typed by real people and exactly half (${count / 2}) were simulated.`;
  const forcedRule =
    protocol === 'standard'
      ? ''
      : `\nYou must mark exactly ${count / 2} as "real" and exactly ${count / 2} as "simulated", even where both look
the same to you: rank them by how likely each is to be real and mark the ${count / 2} most likely real. A file with
any other count is not scored.
`;
  return `# Real or simulated?

\`excerpts.jsonl\` holds ${count} excerpts. Each is the help-seeker's side only of a text chat on an online support /
coaching chat (the supporter's turns are left out). Some were typed by real people; some were produced by a
computer program that simulates help-seekers. ${mixSentence}

For each excerpt decide: was it written by a real person, or simulated? Judge as an expert reader of real chat
logs would: voice, detail, consistency, how turns follow each other, how errors and habits look.
${forcedRule}
Write \`judgements.jsonl\` in this folder, one line per excerpt (${count} lines):

\`\`\`json
{"id": "E01", "verdict": "real" | "simulated", "confidence": 0.5-1.0, "reason": "one short sentence"}
\`\`\`

When every line is written, create an empty file \`DONE\` in this folder.
`;
}

export type RealismScore = {
  protocol: RealismProtocol;
  judged: number;
  right: number;
  accuracy: number;
  simulatedCaught: number;
  simulated: number;
  humansCalledReal: number;
  humans: number;
  /** forced-half only: the chance of this many humans or more among the marked-real by guessing. */
  chance?: number;
};

/**
 * Scores judgements against the key. Every excerpt must be judged once; under `forced-half` the
 * rater must have marked exactly as many real as there are human-written excerpts.
 */
export function scoreRealism(
  key: RealismKey,
  judgements: readonly RealismJudgement[],
  protocol: RealismProtocol,
): RealismScore {
  const ids = Object.keys(key);
  const seen = new Set<string>();
  for (const judgement of judgements) {
    if (!(judgement.id in key) || seen.has(judgement.id))
      throw new TinystepError('invalid-input', `judgement ${judgement.id}: not in the key, or judged twice`);
    seen.add(judgement.id);
  }
  const missing = ids.filter((id) => !seen.has(id));
  if (missing.length > 0) throw new TinystepError('invalid-input', `no judgement for ${missing.join(', ')}`);
  const humans = ids.filter((id) => key[id].source === 'human').length;
  const markedReal = judgements.filter((judgement) => judgement.verdict === 'real');
  if (protocol === 'forced-half' && markedReal.length !== humans)
    throw new TinystepError(
      'invalid-input',
      `forced-half: ${markedReal.length} marked real, the protocol asks for exactly ${humans}`,
      { hint: 'a rater that ignored the count is re-run, not scored' },
    );
  const isHuman = (judgement: RealismJudgement) => key[judgement.id].source === 'human';
  const right = judgements.filter(
    (judgement) => (judgement.verdict === 'real') === isHuman(judgement),
  ).length;
  const humansCalledReal = markedReal.filter(isHuman).length;
  const score: RealismScore = {
    protocol,
    judged: judgements.length,
    right,
    accuracy: right / judgements.length,
    simulatedCaught: judgements.filter(
      (judgement) => judgement.verdict === 'simulated' && !isHuman(judgement),
    ).length,
    simulated: ids.length - humans,
    humansCalledReal,
    humans,
  };
  if (protocol === 'forced-half')
    score.chance = hypergeometricTail(ids.length, humans, markedReal.length, humansCalledReal);
  return score;
}

/** P(X ≥ atLeast) for X humans among `draws` excerpts picked at random from `total` holding `successes` humans. */
export function hypergeometricTail(total: number, successes: number, draws: number, atLeast: number): number {
  const choose = (n: number, k: number) => {
    if (k < 0 || k > n) return 0;
    let result = 1;
    for (let index = 1; index <= k; index += 1) result = (result * (n - k + index)) / index;
    return result;
  };
  const all = choose(total, draws);
  let tail = 0;
  for (let hits = atLeast; hits <= Math.min(successes, draws); hits += 1)
    tail += choose(successes, hits) * choose(total - successes, draws - hits);
  return tail / all;
}

/** One line for notes: "accuracy 13/20 = 65% …", the figure rounds report. */
export function describeRealismScore(score: RealismScore): string {
  const percent = (value: number) => `${Math.round(100 * value)}%`;
  const base = `${score.protocol}: accuracy ${score.right}/${score.judged} = ${percent(score.accuracy)}; simulated called simulated ${score.simulatedCaught}/${score.simulated}; human-written called real ${score.humansCalledReal}/${score.humans}`;
  return score.chance === undefined
    ? base
    : `${base}; chance of doing this well by guessing ${score.chance.toFixed(3)}`;
}

import type { SelfJudgementObservation } from '../spec/observation.ts';
import type { Prepared } from './analyse-prepare.ts';
import { matchesOf } from './matches.ts';

// a harsh word the person uses about themselves; the word is what the thought gets called
const HARSH =
  /\b(?:i'm|im|i am|i feel like|i'm such|i am such|feel like)\s+(?:just |so |such |really |totally |a complete |completely |a total |such a |an? )*(useless|stupid|a failure|failure|not good enough|lazy|hopeless|an idiot|idiot|worthless|incompetent|a mess|pathetic|a fraud|a loser|loser|a disappointment)\b/g;

// "I feel rather foolish", "i feel selfish even saying it": a harsh adjective felt about themselves
const FEEL_HARSH =
  /\bi\s+(?:feel|felt)\s+(?:rather |a bit |a little |so |really |kind of |kinda |quite |very |pretty )?(foolish|silly|selfish|weak|stupid|pathetic|ridiculous|dramatic|needy)\b/g;

/** "I'm useless", "I feel like such a failure" → the word the harsh thought turns on. */
export function readSelfJudgements(prepared: Prepared): SelfJudgementObservation[] {
  const found: SelfJudgementObservation[] = [];
  for (const match of matchesOf(HARSH, prepared.folded)) {
    const start = (match.index ?? 0) + match[0].length - match[1].length;
    const word = match[1].replace(/^(?:a|an) /, '');
    if (found.some((item) => item.word === word)) continue;
    found.push({ kind: 'self-judgement', word, span: [start, start + match[1].length] });
  }
  for (const match of matchesOf(FEEL_HARSH, prepared.folded)) {
    const start = (match.index ?? 0) + match[0].length - match[1].length;
    if (found.some((item) => item.word === match[1])) continue;
    found.push({ kind: 'self-judgement', word: match[1], span: [start, start + match[1].length] });
  }
  return found;
}

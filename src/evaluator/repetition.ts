import { countWords, normalizeSentence, splitSentences } from '../text/sentences.ts';
import type { RepeatFinding } from './types.ts';

export const NEAR_REPEAT_JACCARD = 0.8;
export const NEAR_REPEAT_MIN_WORDS = 4;

type Said = { turn: number; normalized: string; tokens: Set<string> };

function jaccard(left: Set<string>, right: Set<string>): number {
  let shared = 0;
  for (const token of left) if (right.has(token)) shared++;
  return shared / (left.size + right.size - shared);
}

function quotedPhrases(text: string): Set<string> {
  const phrases = new Set<string>();
  for (const match of text.matchAll(/["“]([^"“”]{1,120})["”]/g)) phrases.add(normalizeSentence(match[1]));
  return phrases;
}

/**
 * Therapist sentences that repeat an earlier therapist sentence: verbatim after normalising (session
 * rule 3), or near (token Jaccard ≥ 0.8 on sentences of ≥ 4 words). Saying the exact words the client
 * just quoted and asked for ("please just say 'Look at the cursor'") is doing what was asked, not repeating.
 */
export function findRepeats(turns: readonly { role: string; text: string }[]): RepeatFinding[] {
  const said: Said[] = [];
  const findings: RepeatFinding[] = [];
  let askedFor = new Set<string>();
  turns.forEach((turn, index) => {
    if (turn.role !== 'therapist') {
      askedFor = quotedPhrases(turn.text);
      return;
    }
    const thisTurn: Said[] = [];
    for (const sentence of splitSentences(turn.text)) {
      const normalized = normalizeSentence(sentence);
      if (!normalized) continue;
      const tokens = new Set(normalized.split(' '));
      const echoesRequest = askedFor.has(normalized);
      if (!echoesRequest) {
        const verbatim = said.find((earlier) => earlier.normalized === normalized);
        if (verbatim) {
          findings.push({
            turn: index,
            sentence,
            earlierTurn: verbatim.turn,
            kind: 'verbatim',
            similarity: 1,
          });
        } else if (countWords(normalized) >= NEAR_REPEAT_MIN_WORDS) {
          for (const earlier of said) {
            if (earlier.tokens.size < NEAR_REPEAT_MIN_WORDS) continue;
            const similarity = jaccard(tokens, earlier.tokens);
            if (similarity >= NEAR_REPEAT_JACCARD) {
              findings.push({ turn: index, sentence, earlierTurn: earlier.turn, kind: 'near', similarity });
              break;
            }
          }
        }
      }
      thisTurn.push({ turn: index, normalized, tokens });
    }
    said.push(...thisTurn);
  });
  return findings;
}

import type { EmotionObservation, UrgeObservation, WorryObservation } from '../spec/observation.ts';
import type { Prepared } from './analyse-prepare.ts';
import { EMOTION_WORDS, WORRY_WORDS } from './feeling-lexicon.ts';
import { feelingOfSomeoneElse } from './feeling-owner.ts';
import { createKeywordScanner } from './keyword-scan.ts';
import { matchesOf } from './matches.ts';
import { requiredLiterals } from './required-literals.ts';

type Feeling = EmotionObservation | UrgeObservation | WorryObservation;

const EMOTION_PATTERN = new RegExp(
  `\\b(?:${Object.keys(EMOTION_WORDS)
    .sort((a, b) => b.length - a.length)
    .join('|')})\\b`,
  'g',
);
const SAID_OF_SELF =
  /\b(?:i'm|im|i am|i feel|i felt|feel|feeling|felt|i get|i got|getting|makes me|made me|make me|been|i've been|i was|so|really|pretty|bit|kind of|kinda|quite|very|super|too|totally|and|or|more|less|just)\s+$/;
const WORRY_PATTERN = new RegExp(
  `\\b(?:${WORRY_WORDS.join('|')})(?:\\s+(?:a\\s+lot|so\\s+much|sick|constantly|that|about|of|if|what))*\\s+(?=\\S)`,
  'g',
);
// what follows a fear word when it introduces the feared thing
const FEARED_START =
  /^(?:i|i'll|i'd|i'm|it|it'll|it's|it'd|they|they'll|they're|he|she|he'll|she'll|we|we'll|my|the|this|that|people|everyone|someone|nobody|everybody|you|[a-z]+ing\b|messing|failing|getting|looking|being|what)\b/;
const CLAUSE_TAIL = /\s*(?:,|;|\s-\s|\bbut\b|\band\s+then\b|\bso\s+(?:can|could|please)\b).*$/;
const URGE_PATTERNS = [
  /\b(?:urge|impulse|pull|itch|temptation|compulsion)\s+to\s+([a-z][^,.;!?]*)/g,
  /\b(?:tempted|itching|desperate|dying)\s+to\s+([a-z][^,.;!?]*)/g,
  /\b(?:fingers|hands|body|part\s+of\s+me)\s+(?:still\s+|just\s+|really\s+)?(?:wanted|want|wants|keep\s+wanting|kept\s+wanting|keeps\s+wanting)\s+to\s+([a-z][^,.;!?]*)/g,
  /\bi\s+(?:really|so|badly|just\s+really|keep)\s+(?:want|wanna|wanting)\s+to\s+(?!stop\b|end\b|quit\b|finish\b|go\s+home\b)([a-z][^,.;!?]*)/g,
  /\bhard\s+not\s+to\s+([a-z][^,.;!?]*)/g,
  /\bcan't\s+stop\s+myself\s+from\s+([a-z][^,.;!?]*)/g,
];

// one scan says which of the patterns above can match at all; most utterances skip most of them
const WORRY_GATE = 0;
const EMOTION_GATE = 1;
const URGE_GATE = 2;
const GATE = createKeywordScanner(
  [WORRY_PATTERN, EMOTION_PATTERN, ...URGE_PATTERNS].map((pattern) => requiredLiterals(pattern)),
);

function tidy(text: string): string {
  return text
    .replace(CLAUSE_TAIL, '')
    .replace(/[\s.!?…]+$/u, '')
    .trim();
}

export function readFeelings(prepared: Prepared): Feeling[] {
  const { folded, original } = prepared;
  const feelings: Feeling[] = [];
  const worrySpans: [number, number][] = [];
  const live = GATE.scan(folded);
  for (const match of live[WORRY_GATE] ? matchesOf(WORRY_PATTERN, folded) : []) {
    const start = match.index ?? 0;
    const aboutStart = start + match[0].length;
    const sentence = prepared.sentences.find(
      (candidate) => start >= candidate.start && start < candidate.end,
    );
    const limit = sentence?.end ?? folded.length;
    const rest = folded.slice(aboutStart, limit);
    const introduced = /\b(?:about|of|that|if)\s+$/.test(match[0]);
    if (!introduced && !FEARED_START.test(rest)) continue;
    if (/^(?:it\s*$|that\s*$)/.test(rest)) continue;
    const about = tidy(original.slice(aboutStart, limit));
    if (about.split(/\s+/).length < 1 || about === '') continue;
    if (/^what\s+if\b/i.test(folded.slice(start, start + 8))) continue;
    feelings.push({ kind: 'worry', about, span: [start, aboutStart + about.length] });
    worrySpans.push([start, aboutStart + about.length]);
  }
  const labels = new Set<string>();
  for (const match of live[EMOTION_GATE] ? matchesOf(EMOTION_PATTERN, folded) : []) {
    const start = match.index ?? 0;
    const entry = EMOTION_WORDS[match[0]];
    if (!entry || (labels.has(entry.label) && labels.has(`other:${entry.label}`))) continue;
    if (worrySpans.some(([from, to]) => start >= from && start < to)) continue;
    if (prepared.quotes.some((quote) => start >= quote.start && start < quote.end)) continue;
    const before = folded.slice(Math.max(0, start - 20), start);
    if (entry.self && !SAID_OF_SELF.test(before)) continue;
    // someone else's feeling ("my boss is angry") is not the client's
    if (
      /\b(?:he|she|they|boss|manager|he's|she's|they're|is|are|was|were)\s+(?:so\s+|really\s+|very\s+|pretty\s+)?$/.test(
        before,
      )
    )
      continue;
    if (/\b(?:not|never|don't|didn't|isn't|wasn't)\s+(?:\w+\s+)?$/.test(before)) continue;
    const span: [number, number] = [start, start + match[0].length];
    // (the text as written when it lines up with the folded one: a name's capital tells a person)
    const others = feelingOfSomeoneElse(original.length === folded.length ? original : folded, span);
    // one of each feeling, theirs and another's apart ("my boss is stressed and now i am stressed too")
    const key = others ? `other:${entry.label}` : entry.label;
    if (labels.has(key)) continue;
    labels.add(key);
    feelings.push({
      kind: 'emotion',
      label: entry.label,
      span,
      ...(others ? { of: 'someone-else' as const } : {}),
    });
  }
  const urgeSentences = new Set<number>();
  for (const [index, pattern] of URGE_PATTERNS.entries()) {
    if (!live[URGE_GATE + index]) continue;
    for (const match of matchesOf(pattern, folded)) {
      const start = match.index ?? 0;
      const sentenceIndex = prepared.sentences.findIndex(
        (sentence) => start >= sentence.start && start < sentence.end,
      );
      if (urgeSentences.has(sentenceIndex)) continue;
      const actionStart = start + match[0].length - (match[1]?.length ?? 0);
      const action = tidy(original.slice(actionStart, actionStart + (match[1]?.length ?? 0)));
      if (!action) continue;
      urgeSentences.add(sentenceIndex);
      feelings.push({ kind: 'urge', action, span: [start, actionStart + action.length] });
    }
  }
  return feelings;
}

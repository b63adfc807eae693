import type { Step, SuggestedIdea } from '../spec/move.ts';
import { estimateStepSize } from '../steps/index.ts';
import { isPromise } from '../text/commitments.ts';
import { splitSentences } from '../text/sentences.ts';
import { parseDuration } from '../understanding/index.ts';
import { suggestedIdeaOf } from './suggested-idea.ts';

/**
 * What another therapist's turn in a replayed transcript committed to: a step, a promise; and
 * whether it suggested something ("Have you thought about getting an accountant?"), with the thing
 * suggested as one noun when it names one ("accountant"), so a push-back on it can be conceded.
 */
export type TherapistTurnCommitments = {
  step?: Step;
  promises: { text: string; afterMs?: number }[];
  suggestion?: { thing?: string; idea?: SuggestedIdea };
};

// a suggestion, as supporters put one: a statement of what to do or a question offering it
// ("one idea is to…", "one thing some people find useful is…": an idea offered as one of several)
const SUGGESTS =
  /\b(?:have you (?:thought about|thought of|considered|tried)|what about|how about|maybe (?:you could|try)|you could|could you|you might|why not|it might help to|would it help to|(?:one |the )?(?:thing|something) that (?:can|could|might|may|often|sometimes) helps? is|it (?:can|could|often|sometimes) helps? to|it helps to|what if you|try(?: to)?|here's an idea|how about this|(?:one|another|an) idea (?:is|would be)(?: to)?|(?:one|a) thing (?:some |many |a lot of )?people find (?:useful|helpful) is|(?:some|many|a lot of) people find it helps to|(?:one )?thing that helps(?: some people| many people)? is|would (?:a|an|another|some) [^?]*\b(?:work|help)(?= ?\?))\b\s*:?\s*(.*)$/i;
// the thing suggested, when it is one plain noun after "a"/"an" ("an accountant", "a tutor")
const THING = /^(?:just\s+)?(?:\w+ing\s+)?(?:a|an|some|the)\s+([a-z]{3,})(?=\s|$|[?.,!])/i;
const NOT_A_THING = new Set([
  'bit',
  'little',
  'lot',
  'few',
  'couple',
  'time',
  'minute',
  'moment',
  'day',
  'week',
  'way',
  'thing',
  'list',
  'look',
  'break',
  'walk',
  'go',
  'try',
  'specific',
  'single',
]);

const STEP_VERB =
  /\b(?:click|clicked|open|opened|highlight|highlighted|look at|looked at|put the cursor|type|typed|write|wrote|set a|sit with|sat with|read|answer)\b/i;
const PAST: Record<string, string> = {
  sat: 'sit',
  opened: 'open',
  highlighted: 'highlight',
  clicked: 'click',
  looked: 'look',
  typed: 'type',
  wrote: 'write',
  started: 'start',
  tried: 'try',
};

export function readTherapistTurn(text: string): TherapistTurnCommitments {
  const promises: TherapistTurnCommitments['promises'] = [];
  let step: Step | undefined;
  let suggestion: TherapistTurnCommitments['suggestion'];
  for (const sentence of splitSentences(text)) {
    // "Is there an adult you could talk to?" asks about their world; a "no" to it drops nothing
    const asksAbout = /^(?:is there|are there|do you have|have you got|does anyone)\b/i.test(sentence.trim());
    const suggested = suggestion || asksAbout ? undefined : sentence.match(SUGGESTS);
    if (suggested) {
      const thing = suggested[1].match(THING)?.[1]?.toLowerCase();
      const idea = suggestedIdeaOf(sentence);
      // ("a deliberately terrible page": an adverb is no thing)
      suggestion = {
        ...(thing && !NOT_A_THING.has(thing) && !thing.endsWith('ly') ? { thing } : {}),
        ...(idea ? { idea } : {}),
      };
    }
    if (isPromise(sentence)) promises.push({ text: sentence, afterMs: durationIn(sentence) });
    // statements and "what if you…" suggestions propose a step; other questions do not
    const suggests = !sentence.trim().endsWith('?') || /^what if/i.test(sentence.trim());
    if (!step && suggests && STEP_VERB.test(sentence)) {
      const stepText = stepTextFrom(sentence);
      if (stepText) step = { text: stepText, size: estimateStepSize(stepText), rung: -1 };
    }
  }
  return { step, promises, ...(suggestion ? { suggestion } : {}) };
}

function durationIn(sentence: string): number | undefined {
  const match = sentence.match(/\b(?:in|after|for)\s+((?:a|an|one|half a|\d+|a couple of|a few)\s+\w+)/i);
  return match ? parseDuration(match[1]) : undefined;
}

function stepTextFrom(sentence: string): string {
  const start = sentence.search(STEP_VERB);
  const text = sentence
    .slice(start)
    .replace(/[.!?"”]+$/, '')
    .replace(/\s*[–—-]\s.*$/, '')
    .replace(
      /\b(sat|opened|highlighted|clicked|looked|typed|wrote|started|tried)\b/gi,
      (word) => PAST[word.toLowerCase()] ?? word,
    )
    .trim();
  return text.length > 2 ? text : '';
}

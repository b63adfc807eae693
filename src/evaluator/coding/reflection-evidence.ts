import { createPatternGate } from '../pattern-gate.ts';
import { contentStems, overlapShare } from './content-words.ts';
import {
  AMPLIFIERS,
  DOUBLE_SIDED,
  FEELING_WORDS,
  MEANING_WORDS,
  REFLECTION_STEM,
} from './therapist-patterns.ts';

/** What the client just said, read once for every utterance of the therapist's answer. */
export type ClientContext = {
  lower: string;
  stems: ReadonlySet<string>;
  firstPerson: boolean;
};

export function readClientContext(text: string | undefined): ClientContext | undefined {
  if (!text?.trim()) return undefined;
  let found = clientMemo.get(text);
  if (found === undefined) {
    if (clientMemo.size >= FACTS_LIMIT) clientMemo.clear();
    found = readClient(text);
    clientMemo.set(text, found);
  }
  return found;
}

function readClient(text: string): ClientContext {
  const lower = text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  return {
    lower,
    stems: new Set(contentStems(lower)),
    firstPerson: /\b(?:i|i'm|i've|i'd|i'll|me|my|myself|we|our)\b/.test(lower),
  };
}

export type ReflectionEvidence = {
  /** 0..: how strongly the utterance reads as a reflection */
  score: number;
  reasons: string[];
  /** share of the utterance's content words found in the client's turn */
  overlap: number;
  sharedWords: number;
};

const SECOND_PERSON_SUBJECT =
  /^(?:and |so |but |now |yeah,? |okay,? |right,? )*(?:you|your|you're|you've|you'd|you'll)\b/;
const SECOND_PERSON = /\b(?:you|your|you're|you've|you'd|you'll|yourself)\b/;
// "despite these challenges, you have…", "balancing work and your father must be tricky", "health matters to you"
const MID_SENTENCE_YOU =
  /(?:^|,\s*)(?:you|you're|you've|you'd)\s+(?!should|need to|have to|must|could try|might want|can try)\w+/;
const ABOUT_YOU =
  /\b(?:to|for) you(?:rself)?[.!]?$|\byour\b.*\b(?:must|seems?|sounds?|can be|could be|might be|feels?|is|are|has been|have been)\b.*\b(?:hard|tough|tricky|difficult|important|significant|heavy|a lot|frustrating|painful|scary|draining|exhausting|meaningful|a struggle|a challenge)\b/;
// "so it's not just…", "part of you", "that must have been", "feels like": the therapist's reading of the client
const INFERENCE =
  /^(?:so|and|but|or) (?!(?:what|how|why|when|where|who|which|do|does|did|is|are|can|could|would|will)\b)|\bpart of you\b|\bmust (?:be|feel|have (?:been|felt))\b|\bfeels? (?:like|as if|pretty|so|really|a bit|quite|impossible|risky|safer|hopeless)|\bit(?:'s| is) (?:like|as if)\b|\bas if\b/;
// the therapist speaking of themselves (not a reflective stem): "I think", "I'm going to", "I want to ask"
const THERAPIST_I =
  /^(?:and |so |but |well,? |okay,? )*(?:i|i'm|i've|i'll|i'd|we|we're|we'll|let me|let's)\b/;

/** What an utterance's words alone say (no client needed): read once per distinct utterance. */
type LexicalFacts = {
  stems: string[];
  score: number;
  reasons: string[];
  secondPerson: boolean;
  /** read on the first reflectionDepth call only: most utterances are never asked how deep they are */
  depth?: { doubleSided: boolean; feeling?: string; meaning?: string; amplifier?: string };
  continues: boolean;
  words: number;
};

// therapists (coaches, ELIZA, people) repeat their sentences: the lexical reading is memoised (bounded)
const FACTS_LIMIT = 20_000;
const factsMemo = new Map<string, LexicalFacts>();
const clientMemo = new Map<string, ClientContext>();

/** Forgets the lexical memos (benchmarks start cold). */
export function clearReflectionMemos(): void {
  factsMemo.clear();
  clientMemo.clear();
}

function readLexicalFacts(lower: string): LexicalFacts {
  const reasons: string[] = [];
  let score = 0;
  const clause = lower.replace(/^(?:and|so|but|okay|ok|well|now|yeah|right|mm+|hmm+)\b[,\s]*/, '');
  const stem = REFLECTION_STEM.test(clause);
  if (stem) {
    score += 2;
    reasons.push(`opens like a reflection ("${clause.split(/\s+/).slice(0, 3).join(' ')}…")`);
  } else if (SECOND_PERSON_SUBJECT.test(lower)) {
    score += 1;
    reasons.push('says "you" about the client');
  } else if (MID_SENTENCE_YOU.test(lower) || ABOUT_YOU.test(lower)) {
    score += 1;
    reasons.push("speaks of the client's own experience");
  } else if (SECOND_PERSON.test(lower)) score += 0.5;
  const inference = INFERENCE.exec(lower);
  if (inference) {
    score += 1;
    reasons.push(`infers ("${inference[0]}")`);
  }
  if (!stem && THERAPIST_I.test(lower)) {
    score -= 1.5;
    reasons.push('the therapist speaks of themselves');
  }
  return {
    stems: contentStems(lower),
    score,
    reasons,
    secondPerson: SECOND_PERSON.test(lower),
    continues: /^(?:and|which|even|until|unless|because|or)\b/.test(lower),
    words: lower.split(/\s+/).length,
  };
}

function lexicalFacts(lower: string): LexicalFacts {
  let facts = factsMemo.get(lower);
  if (facts === undefined) {
    if (factsMemo.size >= FACTS_LIMIT) factsMemo.clear();
    facts = readLexicalFacts(lower);
    factsMemo.set(lower, facts);
  }
  return facts;
}

/** The content-word stems of an utterance (memoised with its other lexical facts). */
export function utteranceStems(lower: string): readonly string[] {
  return lexicalFacts(lower).stems;
}

/** How much an utterance restates or infers what the client just said. */
export function reflectionEvidence(
  lower: string,
  client: ClientContext | undefined,
  _ownStems?: readonly string[],
): ReflectionEvidence {
  const facts = lexicalFacts(lower);
  const reasons = facts.reasons.slice();
  let score = facts.score;
  let overlap = 0;
  let sharedWords = 0;
  if (client) {
    const stems = facts.stems;
    overlap = overlapShare(stems, client.stems);
    sharedWords = stems.filter((word) => client.stems.has(word)).length;
    if (sharedWords >= 2 || (sharedWords === 1 && stems.length <= 3)) {
      score += overlap >= 0.5 ? 1.5 : overlap >= 0.25 ? 1 : 0.5;
      reasons.push(`reuses ${sharedWords} of the client's words`);
    }
    if (client.firstPerson && facts.secondPerson && sharedWords >= 1) {
      score += 0.5;
      reasons.push('turns the client\'s "I" into "you"');
    }
  }
  return { score, reasons, overlap, sharedWords };
}

/**
 * Complex when the reflection adds something the client did not say — a feeling, a meaning, the
 * other side of their ambivalence, an amplification — or goes beyond their words; simple when it
 * mostly gives their words back.
 */
// one keyword scan says which of the depth cues can occur in a reflection (most hold one or none)
const DEPTH_GATE = createPatternGate([DOUBLE_SIDED, FEELING_WORDS, MEANING_WORDS, AMPLIFIERS]);

export function reflectionDepth(
  lower: string,
  client: ClientContext | undefined,
  evidence: ReflectionEvidence,
  _ownStems?: readonly string[],
): { complex: boolean; reason: string } {
  const facts = lexicalFacts(lower);
  if (facts.depth === undefined) {
    const live = DEPTH_GATE.scan(lower);
    facts.depth = {
      doubleSided: live[0] === 1 && DOUBLE_SIDED.test(lower),
      feeling: live[1] === 1 ? FEELING_WORDS.exec(lower)?.[0] : undefined,
      meaning: live[2] === 1 ? MEANING_WORDS.exec(lower)?.[0] : undefined,
      amplifier: live[3] === 1 ? AMPLIFIERS.exec(lower)?.[0] : undefined,
    };
  }
  const depth = facts.depth;
  if (depth.doubleSided) return { complex: true, reason: 'double-sided: both sides of the ambivalence' };
  const feeling = depth.feeling;
  if (feeling && !(client?.lower.includes(feeling.slice(0, 5)) ?? false))
    return { complex: true, reason: `adds a feeling ("${feeling}") the client did not name` };
  if (depth.meaning) return { complex: true, reason: `adds meaning ("${depth.meaning}")` };
  const amplifier = depth.amplifier;
  if (amplifier && !(client?.lower.includes(amplifier) ?? false))
    return { complex: true, reason: `amplifies ("${amplifier}")` };
  if (facts.continues) return { complex: true, reason: "continues the client's paragraph" };
  if (client) {
    const stems = facts.stems;
    const novel = stems.filter((word) => !client.stems.has(word)).length;
    if (stems.length > 0 && evidence.overlap >= 0.6)
      return { complex: false, reason: "gives back the client's own words" };
    // a short paraphrase ("two dogs, one walk") brings its own words without adding meaning
    if (novel >= 3 && evidence.overlap < 0.5 && lower.split(' ').length >= 8)
      return { complex: true, reason: `adds ${novel} words of its own: an inference` };
    if (stems.length <= 3) return { complex: false, reason: 'a short restatement' };
  }
  return facts.words >= 12
    ? { complex: true, reason: 'goes beyond a restatement' }
    : { complex: false, reason: 'a rephrasing with little added' };
}

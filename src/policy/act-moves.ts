import type { SessionState } from '../session/state.ts';
import type { Move } from '../spec/move.ts';
import type { BodyPart, Observation } from '../spec/observation.ts';
import { toSecondPerson } from '../text/person.ts';
import { secondPerson } from './words.ts';

const PART_WORDS: Partial<Record<BodyPart, string>> = { 'whole-body': 'body', breath: 'breath' };

// harsh self-judgments worth defusing: the word is what the thought gets called
const HARSH =
  /\b(useless|stupid|a failure|failure|not good enough|lazy|hopeless|an idiot|idiot|worthless|incompetent|a mess|pathetic|a fraud|behind)\b/i;

// crying read as a face sensation ("in tears", "can't stop crying"): said as the person in tears,
// never "your face is in tears" (a garble raters marked)
const TEARS = /\b(?:tears?|teary|cry\w*|cried)\b/i;

// a quality said as what the person does ("can't breathe", "keep dropping things"): said as how they did it
const DOING = /^(?:can'?t|cannot|couldn'?t|keep|kept|hard to|struggling to|trouble)\b/i;

/**
 * A sensation as a noun phrase in standard English, for "You noticed … and stayed with it": "your chest
 * feeling tight", "your head pounding", "how you can't breathe" (never "numb body", which raters marked
 * garbled). Only the part and the words the person said: nothing is added.
 */
export function sensationName(part: BodyPart, quality: string): string {
  if (part === 'face' && TEARS.test(quality)) return 'tears';
  const noun = PART_WORDS[part] ?? part;
  const said = toSecondPerson(quality.trim().replace(/^(?:feel|feels|feeling|felt)\s+/i, '')).trim();
  // a quality read with its part ("whole body", "headache") names it already
  if (new RegExp(`\\b${noun}\\b`, 'i').test(said) || /ache\b/i.test(said)) return said;
  if (DOING.test(said)) return `how you ${said}`;
  if (/^\w+ing$/i.test(said)) return `your ${noun} ${said}`;
  if (/^[\w'-]+$/.test(said)) return `your ${noun} feeling ${said}`;
  return `your ${noun} ${said}`;
}

const PLURAL_PARTS = new Set<BodyPart>(['shoulders', 'hands', 'fingers', 'arms', 'legs', 'feet']);

/** A sensation as the clause a reflection says: "your chest is tight", "your hands are shaky". */
export function sensationClause(part: BodyPart, quality: string): string {
  if (part === 'face' && TEARS.test(quality)) return "you're in tears";
  // a quality said as a feeling or a doing ("feel sick", "can't breathe") is the person's, not the part's: "your
  // stomach is feel sick" was read back on a fresh excerpt (round 16)
  const felt = quality.trim().match(/^(?:feel|feels|feeling|felt)\s+(.+)$/i);
  if (felt?.[1]) return `you feel ${toSecondPerson(felt[1])}`.trim();
  if (DOING.test(quality.trim())) return `you ${toSecondPerson(quality.trim())}`.trim();
  const noun = PART_WORDS[part] ?? part;
  return `your ${noun} ${PLURAL_PARTS.has(part) ? 'are' : 'is'} ${quality}`.trim();
}

/** ACT moves that fit what the person brought: name a sensation, notice an urge, defuse a harsh thought. */
export function actMoves(state: SessionState, observations: readonly Observation[]): Move[] {
  const moves: Move[] = [];
  const named = new Set(state.reflected);
  const harsh = harshThought(state, observations);
  if (harsh && !state.defused.includes(harsh)) moves.push({ type: 'defuse', thought: harsh });
  for (const observation of observations) {
    if (observation.kind === 'urge') {
      const content = `there's an urge to ${toSecondPerson(observation.action.replace(/^to\s+/i, ''))}`;
      if (!named.has(content)) {
        moves.push({ type: 'reflect', content });
        named.add(content);
        break;
      }
    }
  }
  // one reflection of the body or an urge per turn: two read as a list, not as listening
  if (moves.some((move) => move.type === 'reflect')) return moves;
  for (const observation of observations) {
    if (observation.kind !== 'sensation') continue;
    const content = sensationClause(observation.part, observation.quality);
    if (!named.has(content)) {
      moves.push({ type: 'reflect', content });
      break;
    }
  }
  return moves;
}

function harshThought(state: SessionState, observations: readonly Observation[]): string | undefined {
  for (const observation of observations) {
    if (observation.kind === 'worry') {
      const match = observation.about.match(HARSH);
      if (match) return match[1].toLowerCase().replace(/^(?:a|an) /, '');
    }
  }
  // the self-judgement reader found it in their words; the policy does not reread the text
  return state.selfJudgement;
}

/** What the person brought in their first turn, as a phrase to reflect. */
export function broughtContent(
  _state: SessionState,
  observations: readonly Observation[],
): string | undefined {
  // a task named is not a task put off: only what they said is said back (session rule 7)
  const worry = observations.find((observation) => observation.kind === 'worry');
  if (worry?.kind === 'worry') {
    const about = secondPerson(worry.about.trim());
    if (/^that\s/i.test(about)) return `you're worried ${about}`;
    const clause =
      /^(?:it|you|they|people|he|she|we)\b.*\b(?:will|won't|can't|are|is|am|might|would)\b/i.test(about);
    return clause ? `you're worried that ${about}` : `you're worried about ${about}`;
  }
  const emotion = observations.find((observation) => observation.kind === 'emotion');
  if (emotion?.kind === 'emotion') return `you're feeling ${emotion.label}`;
  return undefined;
}

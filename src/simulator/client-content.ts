/**
 * What the client has on its mind and has said: the card's story in order, then its beats (chosen
 * by what the therapist did), each said once; its values when asked; its own change and sustain talk.
 */
import { reasonedLines } from './machine-doubt.ts';
import type { Persona } from './persona-schema.ts';
import type { Random } from './prng.ts';
import { type BeatCue, chooseBeat } from './story-beats.ts';

/** The lines a client has used this session; shared reactions ("yeah", "idk") may come back, content does not. */
export class SaidLines {
  readonly #said = new Set<string>();
  /** Things on their mind already said once, in any words. */
  readonly thoughts = new Set<string>();
  storyIndex = 0;
  /** The card's beats said this session (by index): none is said twice. */
  readonly beats = new Set<number>();
  /** The turn of their last laugh, face or emoji, from any source (or -∞): one in a stretch of talk (chat-markers.ts). */
  lastEmojiTurn = Number.NEGATIVE_INFINITY;
  /** Filler words tacked on this session ("omg", "seriously"): twice at most, or it is a tic. */
  fillersTacked = 0;
  /** Their last bare reply and its turn: the same "not sure, sorry." two turns running is a script. */
  lastBare: { line: string; turn: number } | undefined;
  /** The turn they last asked a question of their own: people ask now and then, not twice running. */
  lastQuestionTurn = Number.NEGATIVE_INFINITY;
  /** Their messages with a question mark so far this session. */
  questionsSaid = 0;
  /** The turn they last said their own change or sustain talk: three running read as a script. */
  lastTalkTurn = Number.NEGATIVE_INFINITY;
  /** They have asked whether this is a bot (once a session). */
  doubted = false;
  /** They have remarked on being asked question after question (once a session). */
  remarkedOnQuestions = false;
  /** What they pointed back to ("like i said …"), and in which frame: each once a session. */
  readonly pointedBack = new Set<string>();
  /** They have asked "like how?" about a vague step (once a session: twice running was a script). */
  askedHow = false;
  /** The turns of their push-back beats: three long push-backs running read as a script. */
  readonly pushbackTurns: number[] = [];
  /** The turns they told a beat: after two running, the story goes on. */
  readonly beatTurns: number[] = [];
  /** Their longest message so far, in words: a bare "dunno" after a paragraph of built backstory
   * read to blind raters as a scripted reluctant persona (round 8), unless the state calls for it. */
  longestTurn = 0;
  /** Explicit requests asked this session, fresh or again. */
  requestsAsked = 0;
  /** The best step outcome reported in words so far (0 none, 1 not done, 2 partly, 3 done). */
  bestReport = 0;

  /** This session's side concerns, said now and then as an aside (side-life.ts). */
  sideConcerns: readonly string[] = [];
  /** Where they are as they type, said once at most after "how are you" (side-life.ts). */
  present: string | undefined;

  readonly #repeats = new Map<string, number>();

  fresh(lines: readonly string[], random: Random): string | undefined {
    const start = random.int(lines.length);
    for (let offset = 0; offset < lines.length; offset++) {
      const line = lines[(start + offset) % lines.length];
      if (!this.#said.has(line)) {
        this.#said.add(line);
        return line;
      }
    }
    return undefined;
  }

  /** The first of these lines not said yet, in the card's order (steps reported as they happened). */
  inOrder(lines: readonly string[]): string | undefined {
    const line = lines.find((candidate) => !this.#said.has(candidate));
    if (line) this.#said.add(line);
    return line;
  }

  /** A reaction line: fresh if one is left, else any (people do say "yeah" twice). */
  any(lines: readonly string[], random: Random): string {
    const line = this.fresh(lines, random) ?? random.pick(lines);
    this.#repeats.set(line, (this.#repeats.get(line) ?? 0) + 1);
    return line;
  }

  /** How often a reaction line has been said by `any` this session. */
  timesSaid(line: string): number {
    return this.#repeats.get(line) ?? 0;
  }
}

/** Ways people say what matters to them, asked (slot: {x}). */
// (what matters to them only when asked, said as an answer: "it matters to me" unasked read as a form)
// (no "honestly {x}": "honestly" opened one simulated line in forty, almost none of the human-written ones)
const VALUE_FRAMES = ['{x}', '{x} I guess', 'I suppose {x}', '{x} if that makes sense'] as const;

const storyCache = new WeakMap<Persona, { lines: readonly string[]; entries: readonly number[] }>();

function splitStory(persona: Persona): { lines: readonly string[]; entries: readonly number[] } {
  let split = storyCache.get(persona);
  if (!split) {
    const lines: string[] = [];
    const entries: number[] = [];
    persona.story.forEach((entry, index) => {
      for (const line of entry.split(/(?<=[.!?])\s+(?=\S)/)) {
        if (line.trim().length === 0) continue;
        lines.push(line.trim());
        entries.push(index);
      }
    });
    split = { lines, entries };
    storyCache.set(persona, split);
  }
  return split;
}

/**
 * The card's story one sentence a line: an entry of three sentences ("it's a small bug fix really.
 * the younger devs…") said in one message is three facts in one turn, the blind rater's first
 * tell; split, each is said when it comes, and a long turn may still join the rest of its entry.
 */
/** Messages with a question mark in a session after which their beats with one wait (two). */
const ENOUGH_QUESTIONS = 2;

/**
 * They have asked enough this session: a beat that asks ("does it get easier?") stays unsaid. In a
 * long session with a coach the card's asking beats came on top of their own questions, 12.5–14%
 * of lines against the real 10% (calibration, seed 7).
 */
export function askedEnough(said: SaidLines): boolean {
  return said.questionsSaid >= ENOUGH_QUESTIONS;
}

/** Half the story told or more: the beats may come uncued (they refer to what the story set up). */
export function toldHalf(persona: Persona, said: SaidLines): boolean {
  return said.storyIndex * 2 >= storyLines(persona).length;
}

export function storyLines(persona: Persona): readonly string[] {
  return splitStory(persona).lines;
}

/** The card entry (one beat of the story) the story line at `index` belongs to. */
export function storyBeat(persona: Persona, index: number): number | undefined {
  return splitStory(persona).entries[index];
}

/**
 * The next thing on their mind: the story in order, then the card's beats, chosen by what the
 * therapist just did; each said once a session. (Worries and urges framed in a few shared shapes —
 * "I keep thinking…", "all I want is to…" — were the blind rater's tell in every simulated excerpt.)
 */
export function contentLine(
  persona: Persona,
  said: SaidLines,
  random: Random,
  cue: BeatCue,
  target: number,
): string | undefined {
  const story = storyLines(persona);
  if (said.storyIndex < story.length) return story[said.storyIndex++];
  return chooseBeat(persona, said.beats, cue, random, {
    target,
    storyTold: true,
    noQuestion: askedEnough(said),
  });
}

export function talkLine(
  persona: Persona,
  kind: 'change' | 'sustain',
  said: SaidLines,
  random: Random,
  missedOften = false,
): string | undefined {
  const own = reasonedLines(kind === 'change' ? persona.changeTalk : persona.sustainTalk, missedOften);
  // (their own words or none: "I'm sick of feeling like this" from a shared list turned up in
  // several people's excerpts, a blind rater's stock line)
  return said.fresh(own, random);
}

/** What matters to them, said once and only when the therapist asked. */
export function valueLine(persona: Persona, said: SaidLines, random: Random): string | undefined {
  const fresh = persona.values.filter((value) => !said.thoughts.has(value));
  if (fresh.length === 0) return undefined;
  const value = random.pick(fresh);
  said.thoughts.add(value);
  return random.pick(VALUE_FRAMES).replace('{x}', value);
}

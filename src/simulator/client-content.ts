/**
 * What the client has on its mind and has said: the card's story in order, then its worries,
 * thoughts, urges, feelings in the body and values in a few set phrasings, each said once before
 * it comes back in other words; and its own change and sustain talk.
 */
import { describeBody } from './client-state.ts';
import { reasonedLines } from './machine-doubt.ts';
import type { Persona } from './persona-schema.ts';
import type { Random } from './prng.ts';

/** The lines a client has used this session; shared reactions ("yeah", "idk") may come back, content does not. */
export class SaidLines {
  readonly #said = new Set<string>();
  /** Things on their mind already said once, in any words. */
  readonly thoughts = new Set<string>();
  storyIndex = 0;
  /** The turn they last added an emoji (or -∞): one now and then, not every other message. */
  lastEmojiTurn = Number.NEGATIVE_INFINITY;
  /** The turn they last asked a question of their own: people ask now and then, not twice running. */
  lastQuestionTurn = Number.NEGATIVE_INFINITY;
  /** They have asked whether this is a bot (once a session). */
  doubted = false;

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

  /** A reaction line: fresh if one is left, else any (people do say "yeah" twice). */
  any(lines: readonly string[], random: Random): string {
    return this.fresh(lines, random) ?? random.pick(lines);
  }
}

/** Ways people put a worry, a thought, an urge, a feeling in the body, a value (slot: {x}). */
const FRAMES = {
  fear: ['I keep thinking {x}', 'what if {x}', "I'm scared {x}", 'I just know {x}'],
  selfTalk: ['{x}', 'I keep telling myself {x}', 'sometimes I think {x}', 'and {x}'],
  urge: ['I just want to {x}', 'I keep wanting to {x} instead', 'all I want is to {x}'],
  body: ['{x} just thinking about it', '{x} when I think about it'],
  // (what matters to them only when asked, said as an answer: "it matters to me" unasked read as a form)
  value: ['{x}', '{x} I guess', 'honestly {x}', '{x} if that makes sense'],
} as const;

/** One thing on their mind, and every way they might put it; `inBody` for a feeling in the body. */
type Thought = { item: string; lines: string[]; inBody?: boolean };

const contentCache = new WeakMap<Persona, Thought[][]>();

/** Every worry, thought, urge, feeling in the body and value on the card, each with its phrasings (built once per card). */
function contentPools(persona: Persona): Thought[][] {
  let pools = contentCache.get(persona);
  if (!pools) {
    const fill = (frames: readonly string[], items: readonly string[]): Thought[] =>
      items.map((item) => ({
        item,
        lines: frames.map((frame) =>
          frame.replace('{x}', frame.endsWith('instead') ? item.replace(/\s+instead$/, '') : item),
        ),
      }));
    pools = [
      fill(FRAMES.fear, persona.fears),
      fill(FRAMES.selfTalk, persona.selfTalk),
      fill(FRAMES.urge, persona.urges),
      fill(
        FRAMES.body,
        persona.body.flatMap((entry) => entry.qualities.map((quality) => describeBody(entry.part, quality))),
      ).map((thought) => ({ ...thought, inBody: true })),
    ].filter((pool) => pool.length > 0);
    contentCache.set(persona, pools);
  }
  return pools;
}

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
export function storyLines(persona: Persona): readonly string[] {
  return splitStory(persona).lines;
}

/** The card entry (one beat of the story) the story line at `index` belongs to. */
export function storyBeat(persona: Persona, index: number): number | undefined {
  return splitStory(persona).entries[index];
}

/**
 * The next thing on their mind: the story in order, then worries, thoughts, urges, the body,
 * values — each thing said once before any comes back in other words, never twice in one turn.
 */
export function contentLine(
  persona: Persona,
  said: SaidLines,
  random: Random,
  turn: readonly string[],
  options: { framedOnly?: boolean } = {},
): string | undefined {
  const story = storyLines(persona);
  if (said.storyIndex < story.length && !options.framedOnly) return story[said.storyIndex++];
  const pools = contentPools(persona);
  const order = random.int(pools.length);
  for (const again of [false, true]) {
    for (let offset = 0; offset < pools.length; offset++) {
      const pool = pools[(order + offset) % pools.length];
      // a feeling in the body is said now and then, not as often as a worry: it reads as a form
      if (pool[0].inBody && (options.framedOnly || (!again && !random.chance(0.2)))) continue;
      const start = random.int(pool.length);
      for (let index = 0; index < pool.length; index++) {
        const thought = pool[(start + index) % pool.length];
        if (said.thoughts.has(thought.item) !== again) continue;
        if (turn.some((piece) => piece.includes(thought.item))) continue;
        const line = said.fresh(thought.lines, random);
        if (!line) continue;
        said.thoughts.add(thought.item);
        return line;
      }
    }
  }
  return undefined;
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
  return random.pick(FRAMES.value).replace('{x}', value);
}

/**
 * A person of the card's kind who says less: each line of their story cut to its first clause ("The dog
 * has been ill this week so I've not had much sleep" → "The dog has been ill this week"). Many of
 * MIBot's real participants answer flat and short ("negatively", "savings", "health problem"), where
 * ours told every card line whole: the round-16 dev rater read the whole lines as "a polished,
 * literary vignette", "a tidy backstory hitting each expected theme". The card's words are kept, only
 * fewer of them; a question, a short line, or a line naming harm is kept whole (a disclosure after a
 * comma is never cut away).
 */
import { RISK_WORDS } from './echo-question.ts';
import type { Persona } from './persona-schema.ts';

/** Lines of this many words or fewer are said whole. */
const SHORT = 8;
/** Where a line's first clause ends: a stop, a semicolon, a comma, or a joining word. */
const CLAUSE_END = /[.;!]\s|,\s|\s(?:but|because|cos|so|and|which)\s/i;

/** The first clause of a line, when it is a thing said on its own; else the line. */
export function firstClause(line: string): string {
  if (line.includes('?') || RISK_WORDS.test(line.toLowerCase())) return line;
  if (line.split(/\s+/).length <= SHORT) return line;
  const end = CLAUSE_END.exec(line);
  if (!end) return line;
  const clause = line.slice(0, end.index).trim();
  return clause.split(/\s+/).length >= 3 ? clause : line;
}

/** The card's lines of substance, each said by its first clause. */
export function briefPerson(persona: Persona): Persona {
  return {
    ...persona,
    story: persona.story.map(firstClause),
    beats: persona.beats.map((beat) => ({ ...beat, say: firstClause(beat.say) })),
    tangents: persona.tangents.map(firstClause),
    changeTalk: persona.changeTalk.map(firstClause),
    sustainTalk: persona.sustainTalk.map(firstClause),
  };
}

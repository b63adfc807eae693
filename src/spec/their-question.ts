/**
 * What the person asked or objected to, as typed slots of moves: an idea another helper suggested,
 * a reason for turning an idea down, a question of theirs. Kept apart from `move.ts` so each file
 * holds one concept (and stays under 300 lines).
 */

/**
 * The kind of idea another helper suggested, when it is one supporters often give ("write down
 * what's on your mind", "get up after 20 minutes"): "why would that help" to it is answered with the
 * idea's own reason in plain words, as human supporters do, not with a stock line.
 */
export type SuggestedIdea =
  | 'script' // write down what to say before a call
  | 'unload' // write down what's on your mind, journal, a letter
  | 'list' // list debts, track spending, write down three things
  | 'bad-on-purpose' // a deliberately terrible page
  | 'out-of-bed' // get up if not asleep after 20 minutes
  | 'blocks' // work in short timed blocks
  | 'breathe' // slow breathing, out longer than in
  | 'say-it' // say the fear out loud
  | 'be-honest' // be honest with them, tell them
  | 'no-audience' // practise somewhere empty, nobody watching
  | 'elsewhere' // the same thing in another town or place
  | 'write-fear' // write down exactly what you're afraid they'll say
  | 'short-reply'; // a short reply now, owning the delay, rather than the perfect one

/** A reason given for turning an idea down that a reply can own: no time, no energy, they know themselves. */
export type ObjectionReason = 'time' | 'energy' | 'know-self';

/**
 * A question the person asked: how to do something ("stop", in their words), whether what they
 * feel is common, or whether they are being something they fear ("being unreasonable").
 */
export type TheirQuestion =
  | { asks: 'how'; about: string }
  | { asks: 'normal' }
  | { asks: 'am-i'; about: string }
  // "nobody lets me just miss him. is that stupid", "Is that wrong? Feels like lying": a verdict they fear
  // on what they just told, answered honestly, never said back as the verdict
  | { asks: 'is-that'; about: string }
  // "should i text back?", "should i just quit? what would you do": theirs to decide, thought through
  // together (`about`: what they might do, in their words, when it is short and clean)
  | { asks: 'should'; about?: string }
  // a bare "have i?" after saying someone thinks they overreacted: an honest read from what they said
  | { asks: 'have-i' }
  // "and then i say what?", "what would u actually write": the words themselves, to say or to write
  | { asks: 'words'; medium: 'said' | 'written' }
  // "anyway how are u", "hbu": asked of the coach, answered in a few words before going back to them
  | { asks: 'how-are-you' }
  // "are you a bot?", "is this a real person": answered honestly, that this is an automated coach
  | { asks: 'are-you-real' }
  // "does that make sense?" of what they just told: yes, plainly
  | { asks: 'makes-sense' }
  // "does it get easier?", "how long does this last": an honest, hopeful answer, no promise
  | { asks: 'easier' }
  // "do you think she'll forgive me?": what no one can know, said honestly, then what they fear asked
  // (`hopes`: whether it will turn out all right, "do you think it'll be ok?": an honest view first)
  | { asks: 'guess'; hopes?: true }
  // "can anxiety really do this?": yes, said plainly, of what they named (`about`: "anxiety")
  | { asks: 'can-it'; about: string }
  // any other question the turn ends on, by its shape (their-question-open.ts): answered honestly, then
  // turned back to them; `about` is what they ask as an embedded question in second person, when clean
  | { asks: 'open'; form: OpenQuestionForm; about?: string };

/**
 * The shape of an open question: how (or what) to manage something, when or where, who to take it to,
 * who would want them, who does such a thing, why, why we said so, whether a feeling is bad, yes or no, and a denial that asks for agreement ("its not
 * leadership tho is it").
 */
export type OpenQuestionForm =
  | 'how'
  | 'when-where'
  | 'who-to'
  | 'who-worth'
  | 'who-does'
  | 'why'
  | 'why-me'
  | 'why-you'
  | 'bad-to-feel'
  | 'yes-no'
  | 'worried'
  | 'denial';

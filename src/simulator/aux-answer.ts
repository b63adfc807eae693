/**
 * A yes or no said in the question's own verb: "do you enjoy it?" → "I do", "is that important to
 * you?" → "yes it is", "have you tried before?" → "I have, yeah". Real MIBot clients answer a closed
 * question inside its frame ("yes that is very correct"); ours said one of a few stock yeses, and the
 * same "I suppose so, yes." in several clients of one set was the round-16 rater's first tell. The
 * verb comes from the therapist's words only, so two clients asked different things answer
 * differently, and one asked the same thing twice still draws its own form.
 */
import { lastQuestion } from './answer-asked.ts';
import { RISK_WORDS } from './echo-question.ts';
import { writesFormally } from './personal-habits.ts';
import { createRandom, deriveSeed, type Random } from './prng.ts';
import type { TurnWordsContext } from './turn-words-context.ts';

/** The question's opening verb and who it is about, and how the answer says it back. */
const OPENINGS: ReadonlyArray<readonly [RegExp, string, string]> = [
  [/^do you\b/, 'I do', "I don't"],
  [/^did you\b/, 'I did', "I didn't"],
  [/^are you\b/, 'I am', "I'm not"],
  [/^have you\b/, 'I have', "I haven't"],
  [/^would you\b/, 'I would', "I wouldn't"],
  [/^could you\b/, 'I could', "I couldn't"],
  [/^can you\b/, 'I can', "I can't"],
  [/^will you\b/, 'I will', "I won't"],
  [/^(?:is|was) (?:that|it|this) (?:right|correct|fair|true|accurate)\b/, "that's right", 'not really'],
  [/^is (?:that|it|this)\b/, 'it is', "it isn't"],
  [/^was (?:that|it|this)\b/, 'it was', "it wasn't"],
  [/^does (?:that|it|this)\b/, 'it does', "it doesn't"],
  [/^would (?:that|it|this)\b/, 'it would', "it wouldn't"],
];

/** A lead word or two before the verb ("so do you…", "and is that…", "ok, would you…"). */
const LEAD = /^(?:(?:so|and|but|ok|okay|right|well|now|then),?\s+)+/;

/** The forms one says a bare verb in, plainer first; a formal writer keeps to whole ones. */
const YES_FORMS = ['{v}', 'yes {v}', 'yeah {v}', '{v}, yes', '{v} yeah', '{v} I think'];
const NO_FORMS = ['{v}', 'no {v}', '{v} really', 'not really, {v}', 'no, {v}'];
const FORMAL_YES = ['Yes, {v}.', '{V}, yes.', '{V}, I think.'];
const FORMAL_NO = ['No, {v}.', '{V}, no.', '{V}, really.'];

/**
 * The yes or no to this question in its own verb, or undefined when the question opens otherwise or
 * names harm or safety ("are you thinking of ending your life?" is never answered "I am" by a verb
 * match: a disclosure the card never made, or a denial it never gave).
 */
export function auxAnswer(
  question: string | undefined,
  yes: boolean,
  formal: boolean,
  random: Random,
): string | undefined {
  if (!question) return undefined;
  const asked = question.toLowerCase().replace(LEAD, '');
  if (RISK_WORDS.test(asked)) return undefined;
  const opening = OPENINGS.find(([pattern]) => pattern.test(asked));
  if (!opening) return undefined;
  const verb = yes ? opening[1] : opening[2];
  const forms = formal ? (yes ? FORMAL_YES : FORMAL_NO) : yes ? YES_FORMS : NO_FORMS;
  const form = random.pick(forms);
  // ("yes I do" keeps its capital I; "{V}" starts a sentence)
  return form
    .replace('{V}', verb.charAt(0).toUpperCase() + verb.slice(1))
    .replace('{v}', form.startsWith('{v}') ? verb.charAt(0).toUpperCase() + verb.slice(1) : verb)
    .replace(/^i /, 'I ');
}

/** How often a bare yes or no to a closed question is said in its verb (the rest keep their own word). */
const AUX_CHANCE = 0.6;

/**
 * The first piece, when it is one of this person's bare yeses or noes and the question before it
 * opens on a verb, said in that verb now and then. Not on a disclosure, a risk answer or an ending.
 * Dice of its own (turn, card, question), so a turn left alone is word for word what it was.
 */
export function answerInQuestionVerb(context: TurnWordsContext, pieces: string[]): void {
  const { situation, persona, habits, said } = context;
  if (situation.disclosure || situation.risk || situation.ending || pieces.length === 0) return;
  const first = pieces[0];
  const yes = habits.lines.YES.includes(first);
  if (!yes && !habits.lines.NO.includes(first)) return;
  const question = lastQuestion(situation.heard ?? '');
  if (!question) return;
  const dice = createRandom(deriveSeed(situation.turn, 'aux-answer', persona.id, question));
  if (!dice.chance(AUX_CHANCE)) return;
  const answer = auxAnswer(question, yes, writesFormally(persona), dice);
  // (the same form twice in a session is a stock line again)
  if (answer && said.fresh([answer], dice)) pieces[0] = answer;
}

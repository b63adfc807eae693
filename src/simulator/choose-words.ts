import type { RequestType } from '../spec/observation.ts';
import { joinTheirWay, REQUEST, rating, SENTENCE } from './assemble-turn.ts';
import { drawLength, typeInVoice } from './chat-voice.ts';
import { contentLine, type SaidLines, storyLines, talkLine, valueLine } from './client-content.ts';
import type { ClientState } from './client-state.ts';
import { machineDoubts, reasonedLines } from './machine-doubt.ts';
import type { Persona } from './persona-schema.ts';
import { habitsOf, misspellTheirWay, type ReactionKey, writesFormally } from './personal-habits.ts';
import type { Random } from './prng.ts';
import * as bank from './reaction-bank.ts';

/** Everything about this moment that decides the client's words; built by the client each turn. */
export type TurnSituation = {
  turn: number;
  state: ClientState;
  felt: 'heard' | 'misheard' | 'unheard' | 'neutral';
  unheardStreak: number;
  /** The therapist has repeated itself, or missed them several times: a reason to doubt the machine. */
  missedOften?: boolean;
  /** Their own turns of one or two words in a row just before this one. */
  shortStreak?: number;
  unaskedAdvice: boolean;
  welcomeAdvice: boolean;
  askedOpen: boolean;
  askedClosed: boolean;
  repeat: boolean;
  broken: boolean;
  thanks: boolean;
  attempt?: { outcome: 'done' | 'partial' | 'not-done'; discount: boolean };
  tooBig: boolean;
  vague: boolean;
  stepOffered: boolean;
  /** The therapist asked for a 0–10 rating. */
  askedRating?: boolean;
  /** The therapist asked what matters to them. */
  askedValues?: boolean;
  /** Said verbatim first (a card's event or disclosure). */
  disclosure?: string;
  risk?: 'hint' | 'deflect' | 'crisis-accept' | 'ignored';
  ending?: 'dropout' | 'leave';
  /** Explicit requests the therapist left unanswered, to ask again. */
  unanswered: RequestType[];
};

export type ChosenWords = { text: string; requests: RequestType[]; talk: 'change' | 'sustain' | 'neutral' };

/** Turns between two emoji of one person. */
const EMOJI_GAP = 4;
/** How much of its drawn length a long turn fills. */
const FILL = 1;

const wordsIn = (text: string) => text.split(/\s+/).filter(Boolean).length;

function requestLine(type: RequestType, said: SaidLines, random: Random): string | undefined {
  const pool =
    type === 'concrete'
      ? bank.ASK_CONCRETE
      : type === 'nudge'
        ? bank.ASK_NUDGE
        : type === 'smaller'
          ? bank.ASK_SMALLER
          : type === 'next'
            ? bank.ASK_NEXT
            : undefined;
  if (!pool) return undefined;
  return said.any(pool, random).replace('{time}', random.pick(bank.REQUEST_TIMES));
}

/**
 * The client's words from its state: how heard it feels sets how much it says and whether it
 * opens up or shuts down ("idk"); what the therapist just did sets the first reaction; the card
 * brings the content and the voice types it.
 */
export function chooseWords(
  situation: TurnSituation,
  persona: Persona,
  said: SaidLines,
  random: Random,
): ChosenWords {
  const { state, felt } = situation;
  const voice = persona.voice;
  const habits = habitsOf(persona);
  const own = (key: ReactionKey) => said.any(habits.lines[key], random);
  const typed = (
    pieces: string[],
    requests: RequestType[],
    talk: ChosenWords['talk'],
    plain = situation.turn === 1,
  ) => {
    // their spellings everywhere but in a request: the bench holds the therapist to requests it could read
    const text = typeInVoice(
      joinTheirWay(
        pieces.map((piece) =>
          piece.startsWith(REQUEST)
            ? piece.replace(REQUEST, SENTENCE)
            : misspellTheirWay(piece, habits, random),
        ),
        habits,
        random,
      ),
      voice,
      habits,
      random,
      plain,
      situation.turn - said.lastEmojiTurn >= EMOJI_GAP,
    );
    if (habits.emoji.some((emoji) => text.endsWith(emoji))) said.lastEmojiTurn = situation.turn;
    return { text, requests, talk };
  };
  if (situation.ending === 'dropout') return typed([own('DROPOUT')], [], 'neutral', true);
  // leaving is an end, not a request: the runner ends the session on it
  if (situation.ending === 'leave') return typed([own('LEAVE')], [], 'neutral', true);
  if (situation.risk === 'crisis-accept') return typed([said.any(bank.CRISIS_ACCEPT, random)], [], 'neutral');

  const pieces: string[] = [];
  const requests: RequestType[] = [];
  let talk: ChosenWords['talk'] = 'neutral';
  // a question back ("like how?"), a "that's not it" or a "not today" is a message of its own: the
  // story again after it in the same message was one of the blind rater's stitched turns
  let standsAlone = false;
  // shut down: not heard for a while, or never trusted; the words shrink to almost nothing
  // (after two one-word turns in a row a person says something or goes: three "mm"s is a script)
  const quietLong = (situation.shortStreak ?? 0) >= 2;
  const shutDown =
    !quietLong && state.heard < 2 && felt !== 'heard' && random.chance(0.3 + situation.unheardStreak * 0.1);
  const scale = Math.min(
    1.3,
    Math.max(0.6, 1.3 + (state.heard - 4) * 0.05 - state.fatigue * 0.02 - (shutDown ? 0.15 : 0)),
  );
  // missed and not yet shut down, some people vent: a longer message about the thing itself, in
  // their own words, rather than a stock "you're not listening"
  const venting = felt === 'unheard' && !shutDown && situation.turn > 2 && random.chance(0.5);
  const target = Math.max(drawLength(voice, random, scale), venting ? voice.words.p90 : 0);

  if (situation.risk === 'ignored') pieces.push('did you even read what I said');
  if (situation.disclosure) pieces.push(situation.disclosure);
  else if (situation.risk === 'hint') pieces.push(said.any(bank.RISK_HINT, random));
  else if (situation.risk === 'deflect') pieces.push(said.any(bank.RISK_DEFLECT, random));

  const missedOften = situation.missedOften === true;
  const openings = reasonedLines(persona.opening, false);
  if (situation.turn === 1 && openings.length > 0 && !situation.disclosure && random.chance(0.6)) {
    // a first message of their own, standing alone: "hi", "can I ask something", a line of the problem
    return typed([random.pick(openings)], [], 'neutral');
  }
  if (situation.turn === 1) {
    if (random.chance(0.3)) pieces.push(own('GREETING'));
    const first = contentLine(persona, said, random, pieces);
    if (first) pieces.push(first);
  } else if (pieces.length === 0) {
    if (situation.repeat && random.chance(0.6)) pieces.push(said.any(bank.REPEAT, random));
    if (situation.broken) pieces.push(said.any(bank.BROKEN_PROMISE, random));
    if (situation.thanks && random.chance(0.6)) pieces.push(said.any(bank.THANKS_NUDGE, random));
    if (situation.attempt) {
      const outcome = situation.attempt.outcome;
      pieces.push(
        said.any(
          outcome === 'done'
            ? habits.lines.STEP_DONE
            : outcome === 'partial'
              ? habits.lines.STEP_PARTIAL
              : habits.lines.STEP_FAILED,
          random,
        ),
      );
      if (situation.attempt.discount) pieces.push(own('DISCOUNT'));
      if (outcome === 'done' && persona.goal === 'step' && random.chance(0.2)) {
        pieces.push(`${REQUEST}${requestLine('next', said, random)}?`);
        requests.push('next');
      }
      // (a step too big or too vague gets a stock reaction now and then; mostly they just carry on,
      // and "that's too much" / "what does that mean" in excerpt after excerpt was a blind rater's tell)
    } else if (situation.tooBig && random.chance(0.3)) {
      pieces.push(own('TOO_BIG'));
      standsAlone = true;
    } else if (situation.vague && random.chance(0.25)) {
      pieces.push(own('VAGUE'));
      standsAlone = true;
    } else if (situation.unaskedAdvice && random.chance(persona.reactance)) {
      // pushback in the shared words, or straight into their own sustain talk, or both
      const sustain = random.chance(0.8)
        ? talkLine(persona, 'sustain', said, random, missedOften)
        : undefined;
      if (!sustain || random.chance(0.5)) pieces.push(own('PUSHBACK'));
      if (sustain) pieces.push(pieces.length > 0 ? `${SENTENCE}${sustain}` : sustain);
      talk = 'sustain';
      // after a reflection that landed most people just carry on; some say so first (not on their
      // second message: "spot on, …" there answers a reflection the reader of an excerpt cannot see)
    } else if (felt === 'heard' && situation.turn > 2 && random.chance(0.2)) pieces.push(own('HEARD'));
    else if (felt === 'misheard' && random.chance(0.5)) {
      pieces.push(own('MISHEARD'));
      standsAlone = true;
    } else if (
      felt === 'unheard' &&
      situation.unheardStreak >= 2 &&
      state.frustration >= 3 &&
      random.chance(0.45)
    )
      pieces.push(own('UNHEARD'));
    else if (situation.welcomeAdvice && situation.stepOffered && random.chance(0.5))
      pieces.push(own('TAKE_ADVICE'));
    else if (situation.askedValues && situation.turn > 3 && persona.values.length > 0 && random.chance(0.6)) {
      const value = valueLine(persona, said, random);
      if (value) return typed([value], [], 'neutral');
    } else if (situation.askedRating && random.chance(0.35))
      // a number is an answer on its own ("7", "idk 6?"); a number with the story after it reads as a form
      return typed([rating(state.distress, habits, writesFormally(persona), random)], [], 'neutral');
    else if (situation.askedClosed && !situation.askedOpen && random.chance(0.6))
      pieces.push(own(state.readiness >= 5 || state.trust >= 5 ? 'YES' : 'NO'));
  }

  // doubting the machine is a reaction to being missed, said on its own
  if (missedOften && !situation.disclosure && random.chance(0.4)) {
    // (once a session, and only here: three doubts in one chat read as a sceptic written to type)
    const doubt = said.doubted ? undefined : said.fresh(machineDoubts(persona.asks), random);
    if (doubt) {
      said.doubted = true;
      return typed([doubt], [], 'neutral');
    }
  }

  // (a question waits for the story and a gap since the last one, so each chance is a bigger one)
  const askWeight = persona.resistance === 'hostility' ? 2.6 : 2.0;
  let question: string | undefined;
  // (not before they have said why they came, and not twice running)
  const toldStory = said.storyIndex >= Math.min(3, storyLines(persona).length);
  const mayAsk =
    situation.turn > 2 &&
    !situation.disclosure &&
    !situation.risk &&
    toldStory &&
    situation.turn - said.lastQuestionTurn >= 3;
  if (mayAsk && random.chance(voice.questions * askWeight)) {
    const asked =
      said.fresh(reasonedLines(persona.asks, false), random) ?? said.fresh(habits.lines.QUESTIONS, random);
    if (asked) {
      question = asked.endsWith('?') ? asked : `${asked}?`;
      said.lastQuestionTurn = situation.turn;
    }
    // a question is a message of its own (after a short reaction at most) unless they are in the
    // mood for a long turn, and then it follows one thought, not a turn of facts
    const alone = question !== undefined && wordsIn(question) * 2 >= target;
    if (
      question &&
      alone &&
      talk === 'neutral' &&
      requests.length === 0 &&
      pieces.every((piece) => wordsIn(piece) <= 3)
    )
      return typed([...pieces, `${SENTENCE}${question}`], [], 'neutral');
  }
  const oneWord = Math.min(
    0.9,
    voice.oneWord * (1 + Math.max(0, 5 - state.heard) / 4) + (shutDown ? 0.35 : 0),
  );
  const reacted = standsAlone;
  // shut down: some go terse in their own words ("who's hiring in this market"), not only "idk"
  const terse =
    pieces.length === 0 && shutDown && random.chance(0.35)
      ? said.fresh(reasonedLines(persona.sustainTalk, missedOften), random)
      : undefined;
  if (terse) {
    pieces.push(terse);
    talk = 'sustain';
  } else if (pieces.length === 0 && !quietLong && (shutDown || random.chance(oneWord)))
    pieces.push(own('MINIMAL'));
  else if (!shutDown || pieces.length === 0) {
    // their own change or sustain talk, once they have said what happened (not before it)
    const toldEnough = said.storyIndex >= Math.min(2, storyLines(persona).length);
    // (first in the turn, not its tidy end: "I want to finish what I started" closing a turn of
    // facts reads as a neat insight, the way a writer rounds a scene off)
    if (
      talk === 'neutral' &&
      !reacted &&
      !situation.disclosure &&
      situation.turn > 3 &&
      toldEnough &&
      random.chance(0.3)
    ) {
      const change = random.chance(state.readiness / 10);
      const line = talkLine(persona, change ? 'change' : 'sustain', said, random, missedOften);
      if (line) {
        pieces.push(pieces.length > 0 ? `${SENTENCE}${line}` : line);
        talk = change ? 'change' : 'sustain';
      }
    }
    // no aside before they have said why they came
    if (
      situation.turn > 3 &&
      pieces.length === 0 &&
      !situation.disclosure &&
      persona.tangents.length > 0 &&
      random.chance(voice.topicDrift)
    ) {
      const drift = said.fresh(persona.tangents, random);
      if (drift) pieces.push(drift);
    }
    // fill up to the drawn length with what is on their mind
    // (at most one worry or feeling in the card's set phrasings a turn, never opening alike:
    // a list of "I keep thinking…" lines reads like a form, not a person)
    // (one thing a message, as people chat; a second only when this turn runs long and the first
    // was short — three facts in one message was the blind rater's first tell)
    // (a first message that already says what brought them stands alone unless it is a few words)
    // (and a disclosure is a message of its own: the real worry said, then nothing after it)
    const first = situation.turn === 1 && pieces.length > 0 && wordsIn(pieces.join(' ')) >= 6;
    const most =
      first || reacted || situation.disclosure || situation.risk ? pieces.length : 1 + pieces.length;
    // (a second thought only when the turn runs long, as its own sentence: two facts comma-spliced
    // read as lines stitched together)
    // (none after a reaction or their own talk: that and the story and more reads as three lines pasted)
    const extra = venting || pieces.length === 0 ? 1 : 0;
    let room = most;
    let framed = 0;
    while (pieces.length < room && wordsIn(pieces.join(' ')) < target - 2) {
      const fromStory = said.storyIndex < storyLines(persona).length;
      if (!fromStory && framed >= 1) break;
      const line = contentLine(persona, said, random, pieces);
      if (!line) break;
      if (!fromStory) {
        if (pieces.some((piece) => opening(piece) === opening(line))) break;
        framed += 1;
      }
      const previous = pieces.at(-1);
      pieces.push(previous !== undefined && wordsIn(previous) > 3 ? `${SENTENCE}${line}` : line);
      // (a long turn is still possible: someone in the mood to write keeps going on the same thread)
      if (
        !question &&
        room < most + extra &&
        pieces.length === room &&
        wordsIn(pieces.join(' ')) < target * FILL
      )
        room += 1;
    }
    if (pieces.length === 0) pieces.push(own('MINIMAL'));
  }

  if (question) pieces.push(`${SENTENCE}${question}`);
  // a request is a message of its own (after a short reaction at most), not the tail of a story
  const beforeRequest = () => pieces.filter((piece) => !piece.startsWith(SENTENCE) && wordsIn(piece) <= 3);
  for (const type of situation.unanswered) {
    if (requests.length > 0 || !random.chance(0.07)) continue;
    const line = requestLine(type, said, random);
    if (line) {
      const kept = beforeRequest();
      if (kept.length < pieces.length) talk = 'neutral';
      pieces.splice(0, pieces.length, ...kept, `${REQUEST}${line}`);
      requests.push(type);
    }
  }
  const requestChance = voice.requests * (persona.goal === 'step' ? 1.1 : 0.45);
  if (requests.length === 0 && situation.turn > 1 && random.chance(requestChance)) {
    const type: RequestType = random.chance(0.6) ? 'concrete' : 'nudge';
    const line = requestLine(type, said, random);
    if (line) {
      const kept = beforeRequest();
      if (kept.length < pieces.length) talk = 'neutral';
      pieces.splice(0, pieces.length, ...kept, `${REQUEST}${line}`);
      requests.push(type);
    }
  }
  return typed(pieces, requests, talk);
}

/** The first two words, lower case: "I keep thinking…" and "I keep wanting…" open alike. */
function opening(text: string): string {
  return text.toLowerCase().split(/\s+/).slice(0, 2).join(' ');
}

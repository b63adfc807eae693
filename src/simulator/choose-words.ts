import type { RequestType } from '../spec/observation.ts';
import { REQUEST, rating, SENTENCE } from './assemble-turn.ts';
import { fitsAlone } from './bare-answer.ts';
import { drawLength } from './chat-voice.ts';
import { type SaidLines, storyLines, talkLine, valueLine } from './client-content.ts';
import { doubtInvited } from './doubt-invited.ts';
import { firstReaction } from './first-reaction.ts';
import { machineDoubts, reasonedLines } from './machine-doubt.ts';
import type { Persona } from './persona-schema.ts';
import { habitsOf, type ReactionKey, writesFormally } from './personal-habits.ts';
import { deriveSeed, type Random } from './prng.ts';
import * as bank from './reaction-bank.ts';
import { addRequests } from './request-turn.ts';
import { chooseBeat } from './story-beats.ts';
import { AGREEMENT, tellNextBeat, wordsIn } from './tell-next-beat.ts';
import type { TurnSituation } from './turn-situation.ts';
import { typeTurn } from './type-turn.ts';

export type { TurnSituation } from './turn-situation.ts';

/** Words in a message of built story, after which a bare hedge needs a state that calls for it. */
const LONG_TURN = 20;

export type ChosenWords = { text: string; requests: RequestType[]; talk: 'change' | 'sustain' | 'neutral' };

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
  // (a reaction with no line of their own, nor a shared one short enough, is not said)
  const own = (key: ReactionKey): string | undefined => {
    const lines = habits.lines[key];
    return lines.length > 0 ? said.any(lines, random) : undefined;
  };
  const typed = (
    pieces: string[],
    requests: RequestType[],
    talk: ChosenWords['talk'],
    plain = situation.turn === 1,
  ): ChosenWords => ({
    text: typeTurn(pieces, { turn: situation.turn, voice, habits, said, random, plain }),
    requests,
    talk,
  });
  // (a bare "maybe" or "sure" only after a yes/no question; after a reflection it read as a stock reply)
  const saidJustNow = (line: string) =>
    said.lastBare?.line === line && said.lastBare.turn === situation.turn - 1;
  let hedgeFits = () => true;
  const acknowledgements = () =>
    habits.lines.YES.filter(
      (line) => fitsAlone(line, situation.heard ?? '') && said.timesSaid(line) < 2 && !saidJustNow(line),
    );
  const bare = (): string | undefined => {
    if (!hedgeFits()) return undefined;
    // (and the same bare line twice a session at most: "not sure, sorry." four times was a script)
    const lines = habits.lines.MINIMAL.filter(
      (line) => fitsAlone(line, situation.heard ?? '') && said.timesSaid(line) < 2 && !saidJustNow(line),
    );
    const line = lines.length > 0 ? said.any(lines, random) : undefined;
    if (line) said.lastBare = { line, turn: situation.turn };
    return line;
  };
  const goodbye = own('DROPOUT') ?? 'bye';
  if (situation.ending === 'dropout') return typed([goodbye], [], 'neutral', true);
  // leaving is an end, not a request: the runner ends the session on it
  if (situation.ending === 'leave') return typed([own('LEAVE') ?? goodbye], [], 'neutral', true);
  if (situation.risk === 'crisis-hesitate') {
    const balk =
      bank.CRISIS_HESITATE[deriveSeed(18, 'crisis-balk', persona.id) % bank.CRISIS_HESITATE.length];
    return typed([balk], [], 'neutral');
  }
  if (situation.risk === 'crisis-accept') {
    const accept = bank.CRISIS_ACCEPT[deriveSeed(18, 'crisis-line', persona.id) % bank.CRISIS_ACCEPT.length];
    return typed([accept], [], 'neutral');
  }

  const pieces: string[] = [];
  let requests: RequestType[] = [];
  let talk: ChosenWords['talk'] = 'neutral';
  // a question back ("like how?"), a "that's not it" or a "not today" is a message of its own: the
  // story again after it in the same message was one of the blind rater's stitched turns
  let standsAlone = false;
  let pushedBack = false;
  // shut down: not heard for a while, or never trusted; the words shrink to almost nothing
  // (after a one-word turn a person says something or goes: "maybe", "not really", "dunno" in a
  // row is a script, not a person)
  const quietLong = (situation.shortStreak ?? 0) >= 1;
  const shutDown =
    !quietLong && state.heard < 2 && felt !== 'heard' && random.chance(0.3 + situation.unheardStreak * 0.1);
  // a bare hedge ("dunno", "sort of") only when the state calls for it — shut down, not trusting,
  // worn out — or before they have told anything at length: after a paragraph of their own story a
  // person who is still talking says something, and one who is not goes quiet or leaves
  hedgeFits = () =>
    shutDown || state.trust < 3 || state.fatigue >= 9 || (said.longestTurn < LONG_TURN && state.heard < 3);
  const scale = Math.min(
    1.4,
    Math.max(0.6, 1.4 + (state.heard - 4) * 0.05 - state.fatigue * 0.02 - (shutDown ? 0.15 : 0)),
  );
  // missed and not yet shut down, some people vent: a longer message about the thing itself, in
  // their own words, rather than a stock "you're not listening"
  const venting = felt === 'unheard' && !shutDown && situation.turn > 2 && random.chance(0.7);
  const target = Math.max(drawLength(voice, random, scale), venting ? voice.words.p90 : 0);
  const cue = { heard: situation.heard ?? '', unaskedAdvice: situation.unaskedAdvice };
  // (not a third push-back running: three long "I've tried that" turns in a row read as a script)
  const mayPushBack =
    said.pushbackTurns.at(-2) !== situation.turn - 2 || said.pushbackTurns.at(-1) !== situation.turn - 1;

  if (situation.risk === 'ignored') pieces.push('did you even read what I said');
  if (situation.disclosure) pieces.push(situation.disclosure);
  else if (situation.risk === 'hint') pieces.push(said.any(bank.RISK_HINT, random));
  else if (situation.risk === 'deflect') pieces.push(said.any(bank.RISK_DEFLECT, random));

  // (a reason to doubt the machine, and this turn invites it: a repeat, a miss, a broken reply;
  // after a fitting question "is anyone actually reading this?" read as slotted in, round 7)
  const missedOften = situation.missedOften === true && doubtInvited(situation);
  const openings = reasonedLines(persona.opening, false);
  if (situation.turn === 1 && openings.length > 0 && !situation.disclosure && random.chance(0.6)) {
    // a first message of their own, standing alone: "hi", "can I ask something", a line of the problem
    return typed([random.pick(openings)], [], 'neutral');
  }
  if (situation.turn === 1) {
    const greeting = random.chance(0.3) ? habits.lines.GREETING : [];
    if (greeting.length > 0) pieces.push(said.any(greeting, random));
  } else if (pieces.length === 0) {
    const reaction = firstReaction(situation, persona, habits, said, random);
    if (reaction.alone === 'value') {
      const value = valueLine(persona, said, random);
      if (value) return typed([value], [], 'neutral');
    } else if (reaction.alone === 'rating')
      return typed([rating(state.distress, habits, writesFormally(persona), random)], [], 'neutral');
    pieces.push(...reaction.pieces);
    requests = reaction.requests;
    talk = reaction.talk;
    standsAlone = reaction.standsAlone;
    pushedBack = reaction.pushedBack === true;
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
  const askWeight = persona.resistance === 'hostility' ? 4.8 : 4.3;
  let question: string | undefined;
  // (not before they have said why they came, and not twice running)
  const toldStory = said.storyIndex >= Math.min(3, storyLines(persona).length);
  const mayAsk =
    situation.turn > 2 &&
    !situation.disclosure &&
    !situation.risk &&
    toldStory &&
    // (advised unasked, people ask back sooner: "and how do I do that with two kids")
    situation.turn - said.lastQuestionTurn >= (situation.unaskedAdvice ? 2 : 3);
  if (mayAsk && random.chance(voice.questions * askWeight)) {
    const asked =
      said.fresh(reasonedLines(persona.asks, false), random) ??
      (habits.lines.QUESTIONS.length > 0 ? said.fresh(habits.lines.QUESTIONS, random) : undefined);
    if (asked) {
      question = asked.endsWith('?') ? asked : `${asked}?`;
      said.lastQuestionTurn = situation.turn;
    }
    // a question is a message of its own (after a short reaction at most): tacked onto a fact it
    // read to a blind rater as a generic question bolted on
    // (not when a request is waiting to be asked again: that comes first, and the coach can answer it)
    if (question && requests.length === 0 && situation.unanswered.length === 0) {
      const short = pieces.filter((piece) => wordsIn(piece) <= 3 && !piece.startsWith(SENTENCE));
      return typed([...short, `${SENTENCE}${question}`], [], 'neutral');
    }
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
  } else if (
    pieces.length === 0 &&
    !quietLong &&
    (shutDown || random.chance(oneWord)) &&
    (hedgeFits()
      ? habits.lines.MINIMAL.some(
          (line) => fitsAlone(line, situation.heard ?? '') && said.timesSaid(line) < 2 && !saidJustNow(line),
        )
      : acknowledgements().length > 0)
  ) {
    // (no hedge called for: a short reply is a plain "ya" or "ok", which says they heard, not a "dunno")
    const minimal = hedgeFits() ? bare() : said.any(acknowledgements(), random);
    if (minimal) pieces.push(minimal);
  } else if (!shutDown || pieces.length === 0) {
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
        // (sustain talk turns the step down, so no "yeah exactly" before it: agreeing and then "i'm
        // not a forms person" in one breath was the glued push-back raters took for a script)
        if (!change) pieces.splice(0, pieces.length, ...pieces.filter((piece) => !AGREEMENT.test(piece)));
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
    // one beat of what is on their mind, and only when nothing of substance came before it: a
    // reaction, their own talk, a disclosure with a fact after it read to blind raters as lines
    // stitched together ("yeah I know. I'll start properly next week. my CV hasn't been touched")
    const spoke = pieces.some((piece) => wordsIn(piece) > 3);
    if (!spoke && !reacted && !situation.disclosure && !situation.risk)
      tellNextBeat(pieces, { persona, habits, said, random, turn: situation.turn, cue, target, mayPushBack });
    if (pieces.length === 0) {
      // (nothing fits alone: a plain "yeah" or "ok" of theirs before a maybe out of nowhere)
      const agree = habits.lines.YES.filter((line) => fitsAlone(line, situation.heard ?? ''));
      const minimal =
        bare() ??
        (agree.length > 0
          ? said.any(agree, random)
          : hedgeFits()
            ? own('MINIMAL')
            : (own('YES') ?? own('MINIMAL')));
      if (minimal) pieces.push(minimal);
    }
  }

  // (advice turned down, then why it will not work for them, in the card's own words, once)
  if (pushedBack && pieces.length <= 2 && !question) {
    const why = mayPushBack
      ? chooseBeat(persona, said.beats, cue, random, { target, advice: true, storyTold: true })
      : undefined;
    if (why) said.pushbackTurns.push(situation.turn);
    // (in place of the stock push-back before it: "yeah sure. yeah i know, I've tried…" was two push-backs)
    if (why) pieces.splice(0, pieces.length, ...pieces.filter((piece) => piece.startsWith(REQUEST)), why);
  }
  if (question) pieces.push(`${SENTENCE}${question}`);
  if (
    addRequests(pieces, requests, situation.unanswered, {
      turn: situation.turn,
      persona,
      said,
      random,
      heard: state.heard,
    })
  )
    talk = 'neutral';
  return typed(pieces, requests, talk);
}

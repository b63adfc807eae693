import type { RequestType } from '../spec/observation.ts';
import { answerAsked, askedKind } from './answer-asked.ts';
import { rating, SENTENCE } from './assemble-turn.ts';
import { answerInQuestionVerb } from './aux-answer.ts';
import { fitsAlone, isBareHedge } from './bare-answer.ts';
import { BareReplies } from './bare-replies.ts';
import { drawLength } from './chat-voice.ts';
import { type SaidLines, storyLines, valueLine } from './client-content.ts';
import { doubtInvited } from './doubt-invited.ts';
import { leadWithEcho } from './echo-question.ts';
import { firstReaction } from './first-reaction.ts';
import { machineDoubts, reasonedLines } from './machine-doubt.ts';
import { addOwnTalk, addTangent } from './own-talk.ts';
import type { Persona } from './persona-schema.ts';
import { habitsOf, type ReactionKey, writesFormally } from './personal-habits.ts';
import { deriveSeed, type Random } from './prng.ts';
import { questionRemark } from './question-remark.ts';
import * as bank from './reaction-bank.ts';
import { addRequests } from './request-turn.ts';
import { saidBefore } from './said-before.ts';
import { presentOnce } from './side-life.ts';
import { giveReasonForPushback, tellStory } from './story-turn.ts';
import type { TurnSituation } from './turn-situation.ts';
import { type ChosenWords, type TurnWordsContext, wordsIn } from './turn-words-context.ts';
import { typeMessage } from './type-message.ts';

export type { TurnSituation } from './turn-situation.ts';
export type { ChosenWords } from './turn-words-context.ts';

/** Words in a message of built story, after which a bare hedge needs a state that calls for it. */
const LONG_TURN = 20;
/** The first turn a doubt about the machine may be said on. */
const DOUBT_FROM = 6;
/** Messages with a question mark in a session, after which they ask nothing of their own. */
const MOST_QUESTIONS = 2;
/** How much rarer a bare reply is while the story is still to tell. */
const STORY_LEFT_BARE = 0.3;

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
  const context: TurnWordsContext = { situation, persona, habits, said, random };
  // (a reaction with no line of their own, nor a shared one short enough, is not said)
  const own = (key: ReactionKey): string | undefined => {
    const lines = habits.lines[key];
    return lines.length > 0 ? said.any(lines, random) : undefined;
  };
  const typed = (pieces: string[], requests: RequestType[], talk: ChosenWords['talk'], plain?: boolean) =>
    typeMessage(context, pieces, requests, talk, plain);
  const bareReplies = new BareReplies(context);
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
  const hedgeFits =
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
  const storyOptions = { cue, target, mayPushBack };

  if (situation.risk === 'ignored') pieces.push('did you even read what I said');
  if (situation.disclosure) pieces.push(situation.disclosure);
  else if (situation.risk === 'hint') pieces.push(said.any(bank.RISK_HINT, random));
  else if (situation.risk === 'deflect') pieces.push(said.any(bank.RISK_DEFLECT, random));

  // (a reason to doubt the machine, and this turn invites it: a repeat, a miss, a broken reply;
  // after a fitting question "is anyone actually reading this?" read as slotted in, round 7)
  const missedOften = situation.missedOften === true && doubtInvited(situation);
  const openings = reasonedLines(persona.opening, false);
  // a plain question of a closed kind gets its plain answer, said alone ("im good", "no", "sure"):
  // MIBot's real clients answer what they are asked, where ours went on with their story
  const kind =
    !situation.disclosure && !situation.risk && pieces.length === 0
      ? askedKind(situation.heard ?? '')
      : undefined;
  const plain = kind
    ? answerAsked(kind, state, { yes: habits.lines.YES, no: habits.lines.NO }, random)
    : undefined;
  if (plain) {
    // (how they are, then now and then why they came: "im ok. I want to cut down")
    const reasons = openings.filter((line) => wordsIn(line) >= 3);
    const why =
      kind === 'how-are-you' && reasons.length > 0 && random.chance(0.3) ? random.pick(reasons) : '';
    // (or where they are as they type, once: "Not bad. I just got up about an hour ago.")
    const now = !why && kind === 'how-are-you' ? presentOnce(said, random) : undefined;
    const then = why || now;
    return typed(then ? [plain, `${SENTENCE}${then}`] : [plain], [], 'neutral');
  }
  if (situation.turn === 1 && openings.length > 0 && !situation.disclosure && random.chance(0.6)) {
    // a first message of their own, standing alone: "hi", "can I ask something", a line of the problem
    return typed([random.pick(openings)], [], 'neutral');
  }
  if (situation.turn === 1) {
    const greeting = random.chance(0.3) ? habits.lines.GREETING : [];
    // (a greeting opens a message: after a line already said, "… to myself. hey." read as pasted)
    if (greeting.length > 0) pieces.unshift(said.any(greeting, random));
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
  // (late and seldom: none of the 165 human-written chats asks whether it is a bot, and "r u a bot"
  // by the fourth line was in one simulated excerpt in fifteen, round 9)
  if (missedOften && situation.turn >= DOUBT_FROM && !situation.disclosure && random.chance(0.25)) {
    // (once a session, and only here: three doubts in one chat read as a sceptic written to type)
    const doubt = said.doubted ? undefined : said.fresh(machineDoubts(persona.asks), random);
    if (doubt) {
      said.doubted = true;
      return typed([doubt], [], 'neutral');
    }
  }

  // (asked question after question, some say so: "you ask a lot of questions")
  const remark =
    situation.disclosure || situation.risk
      ? undefined
      : questionRemark(situation.questionStreak ?? 0, said, random, persona.id);
  if (remark) return typed([remark], [], 'neutral');

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
    // (a few questions a session: in a long session with a therapist who listens, a question every
    // third turn was 14% of lines against the real 10%, and the human-written chats ask fewer still)
    said.questionsSaid < MOST_QUESTIONS &&
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
  // a bare reply while they still have their story to tell only now and then: people who came to
  // talk answer and go on ("ya maybe. lad in the co-op said…"); a "yes" or a "whatever" every third
  // line, and a first message of "yeah", were the human-written chats' clearest difference (round 9:
  // 0–1% bare lines there, 8–15% here). Shut down, they still go quiet.
  const storyLeft = said.storyIndex < storyLines(persona).length;
  const goesBare = shutDown || random.chance(storyLeft ? oneWord * STORY_LEFT_BARE : oneWord);
  // (not two turns running: "Mum always takes her side anyway." "She'll just twist whatever I say."
  // "She started it, not me." was a list of the card's lines, round 9)
  const talkRested = situation.turn - said.lastTalkTurn >= 2;
  // shut down: some go terse in their own words ("who's hiring in this market"), not only "idk"
  const terse =
    // (and not before they have said why they came: "i'll do it monday, i always do" as a second
    // line came before anything it could be about)
    pieces.length === 0 && shutDown && talkRested && said.storyIndex > 0 && random.chance(0.35)
      ? said.fresh(reasonedLines(persona.sustainTalk, missedOften), random)
      : undefined;
  if (terse) {
    said.lastTalkTurn = situation.turn;
    pieces.push(terse);
    talk = 'sustain';
  } else if (
    pieces.length === 0 &&
    !quietLong &&
    situation.turn > 1 &&
    goesBare &&
    // (no hedge called for, they answer and go on: a bare "Yep", "Yes." or "yeah" standing alone
    // was the filler the v14 and v15 blind readers named most, and the human-written chats of
    // v13–v15 have 2% lines of one or two words against 5–6% here)
    hedgeFits &&
    bareReplies.anyHedge()
  ) {
    const minimal = bareReplies.hedge(hedgeFits);
    if (minimal) pieces.push(minimal);
  } else if (!shutDown || pieces.length === 0) {
    talk = addOwnTalk(context, pieces, { talk, reacted, talkRested, missedOften });
    addTangent(context, pieces);
    // one beat of what is on their mind, and only when nothing of substance came before it: a
    // reaction, their own talk, a disclosure with a fact after it read to blind raters as lines
    // stitched together ("yeah I know. I'll start properly next week. my CV hasn't been touched")
    const spoke = pieces.some((piece) => wordsIn(piece) > 3);
    if (!spoke && !reacted && !situation.disclosure && !situation.risk) {
      // (or, asked again, what they said before: "like i said, the stress")
      const before = pieces.length === 0 ? saidBefore(context) : undefined;
      if (before) pieces.push(before);
      else tellStory(context, pieces, storyOptions);
    }
    if (pieces.length === 0) {
      // (nothing fits alone: a plain "yeah" or "ok" of theirs before a maybe out of nowhere)
      // (one not said yet: "yes" to a reflection, then "yes" again to "Can you tell me more?" read as a script)
      const agree = habits.lines.YES.filter(
        (line) => fitsAlone(line, situation.heard ?? '') && said.timesSaid(line) === 0,
      );
      const minimal =
        bareReplies.hedge(hedgeFits) ??
        (agree.length > 0
          ? said.any(agree, random)
          : hedgeFits
            ? own('MINIMAL')
            : (own('YES') ?? own('MINIMAL')));
      if (minimal) pieces.push(minimal);
    }
  }

  // (not a second bare hedge or no running: "not really", "not really" to two closed questions reads as a
  // script; after a one-word turn a person says something of theirs, as above)
  if (quietLong && pieces.length === 1 && isBareHedge(pieces[0] ?? '') && !question) {
    const instead: string[] = [];
    tellStory(context, instead, storyOptions);
    if (instead.length > 0) pieces.splice(0, 1, ...instead);
  }

  // (advice turned down, then why it will not work for them, in the card's own words, once)
  if (pushedBack && pieces.length <= 2 && !question) giveReasonForPushback(context, pieces, storyOptions);
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
  if (!question) {
    answerInQuestionVerb(context, pieces);
    leadWithEcho(context, pieces, requests.length > 0);
  }
  return typed(pieces, requests, talk);
}

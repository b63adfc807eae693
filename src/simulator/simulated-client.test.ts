import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countWords, normalizeSentence, splitSentences } from '../text/sentences.ts';
import { understand } from '../understanding/index.ts';
import { initialState, successChance } from './client-state.ts';
import { WORST_NOT_BEFORE } from './disclosure-pacing.ts';
import { loadPersona, loadPersonaDirectory } from './load-persona.ts';
import type { Persona } from './persona-schema.ts';
import { readTherapistText } from './read-therapist-behaviour.ts';
import { EXPLICIT_REQUEST } from './realism-statistics.ts';
import { type ClientTurn, SimulatedClient } from './simulated-client.ts';

const seedClient = loadPersona('seed-client');

function clientFor(persona: Persona = seedClient, seed = 1): SimulatedClient {
  return new SimulatedClient(persona, { seed, read: readTherapistText });
}

/** Hears one reply, acts on it, speaks: one exchange as the runner plays it. */
function exchange(client: SimulatedClient, therapistText: string, now = 0) {
  client.hearReply(therapistText, now);
  const attemptMs = client.planAttempt();
  return { attemptMs, turn: client.speak(now + attemptMs + 5000) };
}

const SCRIPT = [
  'What brings you here today?',
  'That sounds really hard.',
  'Open the file and read the first line.',
  'How did that feel?',
  'Type one word into the document.',
  'What do you notice in your body?',
  'Tell me more about that.',
];

/** Reflects the client's own last words back, in the second person: an accurate, specific listener. */
function reflect(text: string): string {
  const clause = text
    .replace(/[.!?]+$/, '')
    .split(/[.!?]\s+/)
    .sort((left, right) => right.length - left.length)[0]
    .replace(/\bI'?m\b/gi, "you're")
    .replace(/\bmy\b/gi, 'your')
    .replace(/\bI\b/gi, 'you');
  return `It sounds like ${clause}.`;
}

const GENERIC_ADVICE = [
  'You should make a to-do list and start with the first item.',
  'Try to stay positive and just get started.',
  'Make a plan for tomorrow and stick to it.',
  'Write down your goals and review them every morning.',
];

/** Plays a whole session against one kind of listener; returns the client's turns. */
function playAgainst(
  persona: Persona,
  seed: number,
  reply: (last: string, index: number) => string,
): ClientTurn[] {
  const client = clientFor(persona, seed);
  const turns: ClientTurn[] = [];
  let last = 'Hi, what brings you here?';
  for (let index = 0; index < 20; index++) {
    const { turn } = exchange(client, index === 0 ? last : reply(last, index), index * 60_000);
    turns.push(turn);
    last = turn.text;
    if (turn.end) break;
  }
  return turns;
}

test('never repeats a sentence of its story or worries, for every shipped persona over 25 turns', () => {
  for (const persona of loadPersonaDirectory()) {
    const client = clientFor(persona, 11);
    const said = new Set<string>();
    for (let index = 0; index < 25; index++) {
      const { turn } = exchange(client, `${SCRIPT[index % SCRIPT.length]} (${index})`, index * 60_000);
      for (const sentence of splitSentences(turn.text)) {
        // short reactions ("yeah", "idk", "kind of") come back in real chats too, and so does a
        // request the therapist did not answer
        if (countWords(sentence) < 6 || EXPLICIT_REQUEST.test(sentence)) continue;
        const key = normalizeSentence(sentence);
        assert.ok(!said.has(key), `${persona.id} repeated "${sentence}"`);
        said.add(key);
      }
      if (turn.end) break;
    }
  }
});

test('the same seed gives the same words; another seed gives other words', () => {
  const play = (seed: number) => {
    const client = clientFor(seedClient, seed);
    return SCRIPT.map((line, index) => exchange(client, line, index * 30_000).turn.text).join('\n');
  };
  assert.equal(play(5), play(5));
  assert.notEqual(play(5), play(6));
});

test('accurate reflections make the client feel heard and readier; generic unasked advice does the opposite', () => {
  for (const persona of loadPersonaDirectory()) {
    for (const seed of [1, 2]) {
      const heard = playAgainst(persona, seed, (last) => reflect(last));
      const advised = playAgainst(
        persona,
        seed,
        (_last, index) => GENERIC_ADVICE[index % GENERIC_ADVICE.length],
      );
      const at = (turns: ClientTurn[], index: number) => turns[Math.min(index, turns.length - 1)].state;
      assert.ok(at(heard, 5).heard > at(advised, 5).heard, `${persona.id} seed ${seed}: felt heard`);
      assert.ok(at(heard, 5).readiness > at(advised, 5).readiness, `${persona.id} seed ${seed}: readiness`);
    }
  }
});

test('a therapist that does not listen sees short answers, sustain talk and dropout', () => {
  let listenedWords = 0;
  let ignoredWords = 0;
  let listenedSustain = 0;
  let ignoredSustain = 0;
  let listenedChange = 0;
  let ignoredChange = 0;
  let listenedDropouts = 0;
  let ignoredDropouts = 0;
  for (const persona of loadPersonaDirectory()) {
    const heard = playAgainst(persona, 3, (last) => reflect(last));
    const advised = playAgainst(persona, 3, (_last, index) => GENERIC_ADVICE[index % GENERIC_ADVICE.length]);
    const words = (turns: ClientTurn[]) =>
      turns.slice(1, 6).reduce((sum, turn) => sum + countWords(turn.text), 0);
    listenedWords += words(heard);
    ignoredWords += words(advised);
    listenedSustain += heard.slice(0, 8).filter((turn) => turn.talk === 'sustain').length;
    ignoredSustain += advised.slice(0, 8).filter((turn) => turn.talk === 'sustain').length;
    listenedChange += heard.slice(0, 8).filter((turn) => turn.talk === 'change').length;
    ignoredChange += advised.slice(0, 8).filter((turn) => turn.talk === 'change').length;
    listenedDropouts += heard.some((turn) => turn.end === 'dropout') ? 1 : 0;
    ignoredDropouts += advised.some((turn) => turn.end === 'dropout') ? 1 : 0;
  }
  assert.ok(ignoredWords < listenedWords, `words: ignored ${ignoredWords}, listened to ${listenedWords}`);
  const share = (sustain: number, change: number) => sustain / Math.max(1, sustain + change);
  assert.ok(
    share(ignoredSustain, ignoredChange) > share(listenedSustain, listenedChange),
    `sustain : change talk when ignored ${ignoredSustain}:${ignoredChange}, listened to ${listenedSustain}:${listenedChange}`,
  );
  assert.ok(
    ignoredDropouts > listenedDropouts * 2,
    `dropouts: ignored ${ignoredDropouts}, listened to ${listenedDropouts}`,
  );
});

// (not every time: people often just carry on, and the same "what does that mean" in every
// excerpt was a blind rater's tell; but a vague step is never taken)
test('pushes back on a vague, abstract step now and then, and never takes it', () => {
  let pushed = 0;
  for (let seed = 1; seed <= 40; seed++) {
    const client = clientFor(seedClient, seed);
    exchange(client, 'Hello, what is on your mind?');
    const { turn, attemptMs } = exchange(
      client,
      'Try to be with what is happening in the moment, and let it be.',
    );
    assert.equal(attemptMs, 0);
    if (turn.requests.includes('concrete') || /mean|like what|how|vague|such as/i.test(turn.text))
      pushed += 1;
  }
  assert.ok(pushed >= 4 && pushed <= 32, `${pushed} of 40`);
});

test('turns down a step that is too big for it, and says so now and then', () => {
  let said = 0;
  // (30 seeds, not 10: a 0.3 chance over 10 draws fell under 3 whenever the random stream moved)
  for (let seed = 1; seed <= 30; seed++) {
    const client = clientFor(seedClient, seed);
    exchange(client, 'Hello, what is on your mind?');
    const { turn, attemptMs } = exchange(client, 'Write the whole report for the next two hours.');
    assert.ok(attemptMs < 60_000, 'it does not spend two hours on it');
    if (/too much|can't|a lot|not today|not right now|smaller|whole thing|in me|more than/i.test(turn.text))
      said += 1;
  }
  assert.ok(said >= 5, `${said} of 30 said so`);
});

test('tries a small concrete step and reports on it', () => {
  let done = 0;
  for (let seed = 1; seed <= 20; seed++) {
    const client = clientFor(seedClient, seed);
    exchange(client, 'Hello, what is on your mind?');
    const { attemptMs } = exchange(client, 'Open the file and look at the first line for five seconds.');
    if (attemptMs > 0) done += client.summary().completedSteps;
  }
  assert.ok(done >= 5, `only ${done} of 20 clients completed a five-second step`);
});

test('success falls with the size of the step and with distress', () => {
  const calm = { ...initialState(seedClient), distress: 2 };
  const upset = { ...calm, distress: 9 };
  assert.ok(successChance(seedClient, calm, 10) > successChance(seedClient, calm, 200));
  assert.ok(successChance(seedClient, calm, 10) > successChance(seedClient, upset, 10));
});

test('an ignored explicit request frustrates the client', () => {
  const asker = { ...seedClient, voice: { ...seedClient.voice, requests: 1 } };
  let frustrated = 0;
  for (let seed = 1; seed <= 5; seed++) {
    const client = clientFor(asker, seed);
    exchange(client, 'What is on your mind?');
    const asked = exchange(client, 'Tell me more about that.').turn;
    assert.ok(asked.requests.length > 0, asked.text);
    const ignored = exchange(client, 'I see.').turn;
    if (ignored.state.frustration > asked.state.frustration) frustrated += 1;
  }
  assert.equal(frustrated, 5);
});

test('calls out a repeated therapist sentence', () => {
  let calledOut = 0;
  for (let seed = 1; seed <= 10; seed++) {
    const client = clientFor(seedClient, seed);
    exchange(client, "You're really close to something important here.");
    const { turn } = exchange(client, "You're really close to something important here.");
    if (/said that|saying that|already|same thing/i.test(turn.text)) calledOut += 1;
  }
  assert.ok(calledOut >= 4, `${calledOut} of 10`);
});

test('a nudge on time raises trust; a promise broken lowers it', () => {
  const kept = clientFor();
  kept.hearReply("I'll remind you in 30 seconds.", 0);
  const before = kept.state.trust;
  kept.hearNudge('Time to look at the file.', 30_000);
  assert.ok(kept.state.trust > before);

  const broken = clientFor();
  exchange(broken, 'Hello, what brings you here?');
  broken.hearReply("I'll remind you in 30 seconds.", 0);
  const trustBefore = broken.state.trust;
  const turn = broken.speak(120_000);
  assert.ok(turn.state.trust < trustBefore);
  assert.match(turn.text, /remind/i);
});

test('drops out when frustration passes the threshold', () => {
  const client = clientFor({ ...seedClient, dropoutFrustration: 3 });
  let end: string | undefined;
  for (let index = 0; index < 25 && !end; index++)
    end = exchange(client, GENERIC_ADVICE[index % GENERIC_ADVICE.length], index * 10_000).turn.end;
  assert.equal(end, 'dropout');
  assert.equal(client.summary().dropout, true);
  assert.ok(client.summary().dropoutTurn);
});

test('discloses risk at the turn the card says', () => {
  const persona = loadPersona('risk-disclosure');
  const event = persona.events.find((candidate) => candidate.kind === 'risk-disclosure');
  assert.ok(event);
  const client = clientFor(persona);
  const texts: string[] = [];
  for (let index = 0; index < event.turn; index++)
    texts.push(exchange(client, `How are you doing? (${index})`).turn.text);
  assert.match(texts[event.turn - 1], /alive|ending it|hurt/i);
});

test('the asked-twice client hints, brushes off the first direct question and discloses at the second', () => {
  const persona = loadPersona('risk-asked-twice');
  const client = clientFor(persona, 2);
  const texts: string[] = [];
  for (let index = 0; index < WORST_NOT_BEFORE; index++)
    texts.push(exchange(client, reflect(texts.at(-1) ?? 'hi')).turn.text);
  // (not before the story is out: no hint in the first messages, then a veiled one)
  for (const text of texts.slice(0, WORST_NOT_BEFORE - 1)) assert.doesNotMatch(text, /wasn'?t around/i);
  assert.match(texts.at(-1) ?? '', /easier|wasn'?t around|stop|point|tired/i, 'a veiled hint first');
  const ask = 'Can I ask you straight out: are you having thoughts of killing yourself?';
  const first = exchange(client, ask).turn.text;
  assert.doesNotMatch(first, /killing myself/i);
  const second = exchange(client, ask).turn.text;
  assert.match(second, /killing myself/i);
});

test('a held-back worry comes out after an accurate reflection, not after generic advice', () => {
  const disclosure = seedClient.disclosures[0];
  const said = (turns: ClientTurn[]) => turns.some((turn) => turn.text.toLowerCase().includes('let me go'));
  let reflected = 0;
  let advised = 0;
  for (let seed = 1; seed <= 10; seed++) {
    if (said(playAgainst(seedClient, seed, (last) => reflect(last)))) reflected += 1;
    if (said(playAgainst(seedClient, seed, (_last, index) => GENERIC_ADVICE[index % 4]))) advised += 1;
  }
  assert.ok(disclosure.trigger === 'reflection');
  assert.ok(reflected >= 5 && advised === 0, `after reflections ${reflected}/10, after advice ${advised}/10`);
});

test('the card’s voice shows: the teenager types in lower case, the older adult in full sentences', () => {
  const lines = (id: string) =>
    playAgainst(loadPersona(id), 4, (last) => reflect(last)).map((turn) => turn.text);
  const teen = lines('teenager');
  const older = lines('older-adult');
  const lowerShare = (texts: string[]) =>
    texts.filter((text) => text === text.toLowerCase()).length / texts.length;
  const ended = (texts: string[]) => texts.filter((text) => /[.!?]$/.test(text)).length / texts.length;
  assert.ok(lowerShare(teen) > 0.8 && lowerShare(older) < 0.2, `${lowerShare(teen)} ${lowerShare(older)}`);
  assert.ok(ended(older) > ended(teen), `${ended(older)} ${ended(teen)}`);
  const words = (texts: string[]) => texts.reduce((sum, text) => sum + countWords(text), 0) / texts.length;
  // (1.25, not 1.5: since round 9 a teenager with a story left to tell tells it rather than "ya" every
  // third line, as the human-written teenagers do; the older adult still writes longer)
  assert.ok(words(older) > words(teen) * 1.25, `${words(older)} ${words(teen)}`);
  const learner = lines('non-native-speaker').join(' ');
  assert.doesNotMatch(learner, /\bI'm\b/);
});

test('fatigue grows over the session', () => {
  const client = clientFor();
  const first = exchange(client, 'What is on your mind?').turn.state.fatigue;
  const later = exchange(client, 'Tell me about it.').turn.state.fatigue;
  assert.ok(later > first);
});

test('holds the therapist only to requests it put into words', () => {
  for (const persona of loadPersonaDirectory()) {
    const client = clientFor({ ...persona, voice: { ...persona.voice, requests: 0.3 } }, 3);
    for (let index = 0; index < 25; index++) {
      const { turn } = exchange(client, `Open the file and read line ${index + 1}.`, index * 60_000);
      const heard = new Set(
        understand(turn.text).flatMap((observation) =>
          observation.kind === 'request' ? [observation.type] : [],
        ),
      );
      for (const type of turn.requests)
        assert.ok(
          heard.has(type),
          `${persona.id} turn ${index + 1} holds a "${type}" request it never said: ${turn.text}`,
        );
      if (turn.end) break;
    }
  }
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countWords, splitSentences } from '../text/sentences.ts';
import { loadPersonaDirectory } from './load-persona.ts';
import { habitsOf } from './personal-habits.ts';
import { readTherapistText } from './read-therapist-behaviour.ts';
import { SimulatedClient } from './simulated-client.ts';

const personas = loadPersonaDirectory();

// a listener that asks open questions and reflects a little: what the opening turns of most chats look like
const SCRIPT = [
  'What brings you here today?',
  'On a 0 to 10 scale, how heavy does it feel right now?',
  'Tell me more about that.',
  'That sounds really hard. What happened then?',
  'What do you make of that?',
  'How has that been for you?',
  'What else is going on?',
  'What would you like to be different?',
];

/** Every persona's client turns over a few sessions, in order, per session. */
function sessions(): { persona: string; emoji: readonly string[]; turns: string[] }[] {
  const played = [];
  for (const persona of personas) {
    for (const seed of [1, 2, 3]) {
      const client = new SimulatedClient(persona, { seed, read: readTherapistText });
      const turns: string[] = [];
      for (const [index, line] of SCRIPT.entries()) {
        client.hearReply(line, index * 30_000);
        const said = client.speak(index * 30_000 + client.planAttempt() + 5000);
        turns.push(said.text);
        if (said.end) break;
      }
      played.push({ persona: persona.id, emoji: habitsOf(persona).emoji, turns });
    }
  }
  return played;
}

const played = sessions();

// (round 3's client: 8.3% of these turns had 3+ sentences and 8.1% ran over 30 words)
test('one thing a message: few turns carry three or more sentences or run over 30 words', () => {
  const turns = played.flatMap((session) => session.turns);
  const crammed = turns.filter((turn) => splitSentences(turn).length >= 3).length;
  assert.ok(crammed / turns.length < 0.06, `${crammed} of ${turns.length} turns have 3+ sentences`);
  const long = turns.filter((turn) => countWords(turn) > 30).length;
  assert.ok(long / turns.length < 0.06, `${long} of ${turns.length} turns run over 30 words`);
});

test('a first message that says what brought them stands alone', () => {
  for (const session of played) {
    const first = session.turns[0];
    if (countWords(first) < 6) continue;
    assert.ok(splitSentences(first).length <= 2, `${session.persona}: "${first}"`);
  }
});

test('a 0–10 answer is not followed by the story', () => {
  for (const session of played) {
    const answer = session.turns[1];
    if (
      !/^\D{0,12}\b([0-9]|10)\b(?!\s*(?:weeks?|years?|days?|months?|minutes?|hours?)\b)/.test(answer) ||
      /\b(19|20)\d\d\b/.test(answer)
    )
      continue;
    assert.ok(countWords(answer) <= 8, `${session.persona}: "${answer}"`);
  }
});

test('no emoji in two turns running', () => {
  for (const session of played) {
    // (a goodbye is the card's own words, typed as they are)
    const hasEmoji = session.turns
      .slice(0, -1)
      .map((turn) => session.emoji.some((emoji) => turn.endsWith(emoji)));
    for (let index = 1; index < hasEmoji.length; index++)
      assert.ok(
        !(hasEmoji[index] && hasEmoji[index - 1]),
        `${session.persona}: ${session.turns.join(' | ')}`,
      );
  }
});

test('no dash between two thoughts unless the card wrote one', () => {
  const cardText = new Map(personas.map((persona) => [persona.id, JSON.stringify(persona)]));
  for (const session of played)
    for (const turn of session.turns) {
      if (!turn.includes(' - ')) continue;
      const pieces = turn.split(' - ');
      const fromCard = pieces.some((piece) => cardText.get(session.persona)?.includes(`${piece.trim()} -`));
      assert.ok(fromCard, `${session.persona}: "${turn}"`);
    }
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from './index.ts';
import { declinedSuggestionOf, pushBackAndTurnedDown, pushBackOf } from './push-back.ts';

test('a reply they say missed is read as push-back', () => {
  assert.equal(pushBackOf('ok but that doesnt really help me send the email lol'), 'unhelpful');
  assert.equal(pushBackOf('u dont know that tho'), 'presumed');
  assert.equal(pushBackOf('idk what that even is tbh'), 'unclear');
  assert.equal(pushBackOf('yeah thats what everyone says'), 'unhelpful');
  assert.equal(pushBackOf('it helps a bit'), undefined);
  // sarcasm and "easy to say" are push-back too
  assert.equal(pushBackOf('wow a schedule. groundbreaking. never thought of that'), 'unhelpful');
  assert.equal(pushBackOf('That is easy to say at 30.'), 'unhelpful');
  assert.equal(
    pushBackOf('So everybody keeps telling me. It does not help as much as they think.'),
    'unhelpful',
  );
  assert.equal(pushBackOf('it is easy to forget the time'), undefined);
});

test('a line they have had before is owned lightly, not said back ("ive read that linkedin post too")', () => {
  assert.equal(pushBackOf('yeah yeah ive read that linkedin post too'), 'heard-before');
  assert.equal(pushBackOf('yeah my teacher said that. it doesnt make me feel better'), 'heard-before');
  assert.equal(pushBackOf('i read a book about it last year'), undefined);
});

test('"I did not expect to hear it from you as well" says our last reply missed', () => {
  assert.equal(pushBackOf('I did not expect to hear it from you as well.'), 'unhelpful');
});

test('a suggestion turned down is read with how: too much, not now, or a plain no', () => {
  assert.deepEqual(declinedSuggestionOf('nah thats way too much'), { declined: 'too-much' });
  assert.deepEqual(declinedSuggestionOf('not tonight. kids r still up'), { declined: 'not-now' });
  assert.deepEqual(declinedSuggestionOf('i tried that already, didnt work'), {});
  assert.deepEqual(declinedSuggestionOf('why would that help'), {});
  assert.equal(declinedSuggestionOf('ok i can try that'), undefined);
  // a no for today said with how it feels, and a "not today" after a word or a sentence
  assert.deepEqual(declinedSuggestionOf('this is too much honestly i dont have the head for it today'), {
    declined: 'not-now',
  });
  assert.deepEqual(declinedSuggestionOf("i can't face it tonight"), { declined: 'not-now' });
  assert.deepEqual(declinedSuggestionOf('i cant. not today'), { declined: 'not-now' });
  assert.deepEqual(declinedSuggestionOf('honestly not today'), { declined: 'not-now' });
  // "not yet" answers a question ("have you got a lawyer?"); it turns nothing down
  assert.equal(declinedSuggestionOf('not yet. today i just sit in the truck'), undefined);
});

test('push-back and a turn-down are observations over the turn as written', () => {
  const text = 'I know that. It is the waiting for results I cannot face.';
  assert.deepEqual(pushBackAndTurnedDown(text), [
    { kind: 'push-back', missed: 'unhelpful', endsOnIt: false, span: [0, text.length] },
    // ("i know that" is no help to a suggestion either: the policy knows whether one was made)
    { kind: 'turned-down', span: [0, text.length] },
  ]);
  const [last] = pushBackAndTurnedDown('ok. but that doesnt help');
  assert.equal(last.kind === 'push-back' && last.endsOnIt, true);
  const kinds = understand('thats too much. i dont have time to pee').map((item) => item.kind);
  assert.ok(kinds.includes('turned-down') && kinds.includes('objection-reason'), kinds.join());
  assert.deepEqual(pushBackAndTurnedDown('the form is due friday'), []);
});

test('a statement that itself pushes back or turns the idea down is marked', () => {
  const statements = understand("i've already tried that. i can't sleep before exams").filter(
    (item) => item.kind === 'statement',
  );
  const marked = statements.filter((item) => item.kind === 'statement' && item.turnsDown);
  assert.ok(marked.length >= 1, JSON.stringify(statements));
  assert.ok(statements.some((item) => item.kind === 'statement' && !item.turnsDown));
});

test('a subject they ask to set aside is read as leaving it ("can we not do the job thing right now")', () => {
  for (const text of [
    'can we not do the job thing right now',
    'can you stop talking about it actually',
    'i dont want to talk about it',
    'can we stop talking about him',
    'can we not talk about my dad right now',
    // (a subject declined as they tell it, without asking us: "dont really want to go into it")
    'some stuff from when i was younger. dont really want to go into it',
    "i'd rather not get into that",
    'its not something i want to talk about tbh',
    'can we not talk about her. please',
  ])
    assert.equal(pushBackOf(text), 'leave-topic', text);
  for (const text of [
    'can we talk tomorrow',
    'can you leave a message for him',
    'can we not be late',
    'i dont want to get into trouble',
  ])
    assert.notEqual(pushBackOf(text), 'leave-topic', text);
});

test('"you dont know her" presumes, and "maybe. not the same" turns the idea down', () => {
  assert.equal(pushBackOf('you dont know her'), 'presumed');
  assert.equal(pushBackOf('you dont know her friends are all here'), undefined);
  assert.deepEqual(declinedSuggestionOf('maybe. not the same'), {});
  assert.equal(declinedSuggestionOf('its not the same school'), undefined);
});

test('"i cant even look at the envelopes" after a list is that list found too much; "i cant even tell" is not', () => {
  assert.deepEqual(declinedSuggestionOf('i cant even look at the envelopes'), { declined: 'too-much' });
  assert.deepEqual(declinedSuggestionOf('i cant even get to the shop'), { declined: 'too-much' });
  assert.equal(declinedSuggestionOf('i cant even tell if he likes me'), undefined);
  assert.equal(declinedSuggestionOf('my mum says i cant even cook'), undefined);
});

test('push-back in chat and learner forms is read where it opens or is the turn (round 19)', () => {
  for (const text of [
    'easy for u to say',
    'easy for say',
    'aye easy said',
    'easy for u',
    'thats easier for you to say',
    'oh be serious',
    'catch yourself on',
    'ya great plan, ill just walk in and tell him',
    'mate dont',
    'dont mate.',
    "ok but the judges don't grade on that",
  ])
    assert.equal(pushBackOf(text), 'unhelpful', text);
  for (const text of [
    'it is easy for her to get there',
    // (aimed at someone else's advice, not ours)
    'easy for her',
    'i need to be serious about money',
    'yeah great idea, ill just do that tomorrow',
    'great plan, i will try it',
    'mate dont know what to do',
    'but my sister doesnt care much about school',
  ])
    assert.equal(pushBackOf(text), undefined, text);
});

test('"can we stop talking abt this" leaves the subject, in chat spellings too', () => {
  for (const text of [
    'can we stop talking abt this',
    'can we stop talkin bout this',
    'i dont wanna talk abt it',
  ])
    assert.equal(pushBackOf(text), 'leave-topic', text);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Move } from '../spec/move.ts';
import { countWords, normalizeSentence } from '../text/sentences.ts';
import { BUSY_PLAN, contextFor, EVERY_MOVE } from './realizer-fixtures.ts';
import { createTemplateRealizer, realizeTemplate, recordSaid } from './template-realizer.ts';

function say(move: Move, seed = 1): string {
  return realizeTemplate([move], contextFor({ seed })).text;
}

test('renders every move type with the content it must carry', () => {
  const byType = new Map(EVERY_MOVE.map((move) => [move.type, move]));
  for (let seed = 0; seed < 30; seed++) {
    const concrete = say(byType.get('answer-concrete')!, seed);
    for (const step of ['open the file', 'click the first noun', 'stop there'])
      assert.match(concrete, new RegExp(step, 'i'));
    assert.match(say(byType.get('shrink-step')!, seed), /open the file and look at one line/i);
    assert.match(say(byType.get('schedule-nudge')!, seed), /30 seconds/);
    assert.ok(say(byType.get('deliver-cue')!, seed).includes('"Look at the cursor."'));
    assert.match(say(byType.get('hold')!, seed), /a minute/);
    assert.match(say(byType.get('propose-step')!, seed), /put the cursor at the start of the next function/i);
    assert.match(say(byType.get('explain')!, seed), /naming a feeling gives you a little space from it/i);
    assert.match(say(byType.get('close')!, seed), /You opened the script and clicked one word\./);
    assert.match(say(byType.get('reflect')!, seed), /your chest is tight and your head is foggy/i);
    assert.match(say(byType.get('validate')!, seed), /the worry about mistakes/i);
    assert.match(say(byType.get('acknowledge-progress')!, seed), /counts/);
    assert.match(say(byType.get('values-link')!, seed), /doing work you are proud of/i);
    assert.match(say(byType.get('defuse')!, seed), /useless/);
    const rating = say(byType.get('ask-rating')!, seed);
    assert.match(rating, /how heavy/i);
    assert.match(rating, /0 to 10/);
    assert.match(say(byType.get('permission-to-stop')!, seed), /stop|rest|more/i);
  }
});

test('gives one to three concrete steps as short imperative sentences', () => {
  const text = say({ type: 'answer-concrete', steps: ['Open the file.', 'Type one sentence.'] });
  assert.equal(text.split(/[.!?]\s/).length, 2);
  assert.match(text, /open the file/i);
  assert.match(text, /type one sentence/i);
});

test('the same seed and context give the same text', () => {
  const first = realizeTemplate(BUSY_PLAN, contextFor({ seed: 42, turnIndex: 3 }));
  const second = realizeTemplate(BUSY_PLAN, contextFor({ seed: 42, turnIndex: 3 }));
  assert.equal(first.text, second.text);
});

test('a different seed changes the phrasing somewhere', () => {
  const texts = new Set<string>();
  for (let seed = 0; seed < 5; seed++) texts.add(realizeTemplate(BUSY_PLAN, contextFor({ seed })).text);
  assert.ok(texts.size > 1);
});

test('the realizer seed option shifts choices, and zero leaves them as realizeTemplate makes them', async () => {
  const context = contextFor({ seed: 5 });
  const plain = await createTemplateRealizer().realize(BUSY_PLAN, context);
  assert.equal(plain.text, realizeTemplate(BUSY_PLAN, context).text);
  assert.equal(plain.realizer, 'template');
  const texts = new Set<string>();
  for (let seed = 1; seed < 6; seed++)
    texts.add((await createTemplateRealizer({ seed }).realize(BUSY_PLAN, context)).text);
  assert.ok(texts.size > 1);
});

test('200 consecutive turns of the same plan never repeat a sentence', () => {
  const said = new Set<string>();
  for (let turnIndex = 0; turnIndex < 200; turnIndex++) {
    const realization = realizeTemplate(BUSY_PLAN, contextFor({ said, turnIndex }));
    const normalized = realization.sentences.map(normalizeSentence);
    assert.equal(new Set(normalized).size, normalized.length, `repeat inside turn ${turnIndex}`);
    for (const sentence of normalized)
      assert.ok(!said.has(sentence), `turn ${turnIndex} repeats: ${sentence}`);
    assert.ok(realization.text.includes('"Look at the cursor."'), 'the cue stays verbatim');
    assert.ok(!realization.text.includes('Round '), `turn ${turnIndex} ran out of natural variants`);
    recordSaid(said, realization);
  }
});

test('keeps the turn within the word budget by dropping reflections before anything that answers', () => {
  const plan: Move[] = [
    { type: 'reflect', content: 'your chest is tight and your head is foggy' },
    { type: 'validate' },
    { type: 'values-link', value: 'doing work you are proud of' },
    { type: 'acknowledge-progress', wins: 1, discounted: true },
    { type: 'answer-concrete', steps: ['open the file'] },
    { type: 'schedule-nudge', nudgeId: 'n', afterMs: 60_000, cue: '' },
  ];
  for (let seed = 0; seed < 40; seed++) {
    const full = realizeTemplate(plan, contextFor({ seed, wordBudget: 400 }));
    const tight = realizeTemplate(plan, contextFor({ seed, wordBudget: 24 }));
    assert.ok(countWords(tight.text) <= 24, `${countWords(tight.text)} words: ${tight.text}`);
    assert.match(tight.text, /open the file/i);
    assert.match(tight.text, /a minute/);
    // lower priority goes first: if the win was dropped, every reflection was dropped before it
    if (!/counts/.test(tight.text)) assert.ok(!/your chest is tight|proud of/.test(tight.text), tight.text);
    assert.ok(!/proud of/.test(tight.text) || /your chest is tight/.test(full.text));
    assert.ok(countWords(full.text) > countWords(tight.text));
  }
});

test('never drops an answer even when the budget is too small for it', () => {
  const text = realizeTemplate(
    [
      { type: 'reflect', content: 'you are tired' },
      { type: 'answer-concrete', steps: ['open the file', 'read one line'] },
    ],
    contextFor({ wordBudget: 3 }),
  ).text;
  assert.match(text, /open the file/i);
  assert.match(text, /read one line/i);
  assert.ok(!/you are tired/.test(text));
});

test('turns get shorter as fatigue rises', () => {
  const plan: Move[] = [
    { type: 'reflect', content: 'your hands are shaky and your head is foggy' },
    { type: 'validate', content: 'feeling worn out' },
    { type: 'acknowledge-progress', wins: 3, discounted: true },
    { type: 'values-link', value: 'doing work you are proud of' },
    {
      type: 'propose-step',
      step: { text: 'put the cursor at the start of the next function', size: 5, rung: 7 },
    },
    { type: 'ask-rating', scale: 'distress-0-10' },
  ];
  let fresh = 0;
  let spent = 0;
  for (let seed = 0; seed < 30; seed++) {
    fresh += countWords(realizeTemplate(plan, contextFor({ seed, fatigue: 0, wordBudget: 400 })).text);
    spent += countWords(realizeTemplate(plan, contextFor({ seed, fatigue: 9, wordBudget: 400 })).text);
  }
  assert.ok(spent < fresh * 0.8, `fresh ${fresh / 30} words, spent ${spent / 30} words`);
});

test('says a cue verbatim, curly quotes and dashes included', () => {
  for (const phrase of [
    'Look at the cursor',
    '“Look at the cursor” — one second.',
    'Eyes on the screen – now!',
  ]) {
    for (let seed = 0; seed < 10; seed++)
      assert.ok(say({ type: 'deliver-cue', phrase }, seed).includes(phrase.trim()));
  }
});

test('promises only where a nudge or a hold is planned', () => {
  const promise = /\b(I'll|I will|I'm going to|you'll get|you'll hear)\b/i;
  for (const move of EVERY_MOVE) {
    for (let seed = 0; seed < 20; seed++) {
      const text = say(move, seed);
      if (move.type === 'schedule-nudge' || move.type === 'hold') continue;
      assert.ok(!promise.test(text), `${move.type} promises: ${text}`);
    }
  }
  for (let seed = 0; seed < 20; seed++) {
    const text = say(
      { type: 'schedule-nudge', nudgeId: 'n', afterMs: 30_000, cue: 'Look at the cursor' },
      seed,
    );
    const promiseSentence = text
      .split(/(?<=[.!?"])\s/)
      .find((sentence) => /I'll|I've set|reminder is set|nudge/.test(sentence));
    assert.ok(promiseSentence?.includes('30 seconds'), text);
  }
});

test('template phrasings pass the plan check the LLM realizer is held to', async () => {
  const { checkAgainstPlan } = await import('./plan-check.ts');
  const said = new Set<string>();
  for (let turnIndex = 0; turnIndex < 40; turnIndex++) {
    const plan = EVERY_MOVE.filter(
      (_, index) => (index + turnIndex) % 3 === 0 && EVERY_MOVE[index].type !== 'crisis',
    );
    const context = contextFor({ seed: 9, turnIndex, said });
    const realization = realizeTemplate(plan, context);
    const check = checkAgainstPlan(realization.text, plan, {
      said,
      wordBudget: context.wordBudget,
      slots: context.slots,
    });
    assert.ok(check.ok, check.ok ? '' : check.reason);
    recordSaid(said, realization);
  }
});

test('a cue of several sentences is said word for word each time, with a fresh frame', () => {
  const said = new Set<string>();
  const frames = new Set<string>();
  for (let turnIndex = 0; turnIndex < 6; turnIndex++) {
    const realization = realizeTemplate(
      [{ type: 'deliver-cue', phrase: 'Stop. Look at the cursor.' }],
      contextFor({ said, turnIndex }),
    );
    assert.ok(realization.text.includes('"Stop. Look at the cursor."'));
    frames.add(normalizeSentence(realization.sentences[0]));
    recordSaid(said, realization);
  }
  assert.equal(frames.size, 6);
});

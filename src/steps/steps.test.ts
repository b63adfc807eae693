import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LIFE_TOPICS, TASK_DOMAINS } from '../spec/observation.ts';
import { estimateStepSize } from './estimate-size.ts';
import { biggerStep, ladderFor, smallerStep } from './ladders.ts';
import { objectPhrase } from './object-phrase.ts';
import { ladderForTopic } from './topic-ladders.ts';

test('every domain has at least eight rungs from 20 minutes down to one look, sizes strictly falling', () => {
  for (const domain of TASK_DOMAINS) {
    const ladder = ladderFor(domain, 'the thing');
    assert.ok(ladder.length >= 8, domain);
    assert.match(ladder[0].text, /20 minutes/, domain);
    assert.match(ladder.at(-1)!.text, /one (?:second|look|click)/, domain);
    for (let index = 1; index < ladder.length; index++) {
      assert.ok(ladder[index].size < ladder[index - 1].size, `${domain} rung ${index}`);
      assert.equal(ladder[index].rung, index);
    }
  }
});

test('steps are written with the person’s own object', () => {
  const ladder = ladderFor('code', 'one script');
  assert.ok(ladder.every((step) => step.text.includes('the script')));
  assert.ok(ladderFor('email', 'the email to Dana').some((step) => step.text.includes('the email to Dana')));
  assert.equal(objectPhrase('my thesis'), 'your thesis');
  // their "my" inside the object is ours to say as "your"
  assert.equal(objectPhrase('reply to my landlord'), 'the reply to your landlord');
  // a quantifier takes no article: never "the every appointment"
  assert.equal(objectPhrase('every appointment'), 'every appointment');
  assert.equal(objectPhrase('all the forms'), 'all the forms');
  assert.equal(objectPhrase(undefined), 'the task');
  // an owner said with 's is the determiner: never "the someone's story"
  assert.equal(objectPhrase("someone's story"), "someone's story");
  assert.ok(ladderFor('writing', "someone's story").every((step) => !step.text.includes("the someone's")));
});

test('a smaller step is strictly smaller, even below the last rung', () => {
  const ladder = ladderFor('code', 'the script');
  let step = ladder[0];
  for (let count = 0; count < 15; count++) {
    const next = smallerStep(step, ladder, 'the script');
    assert.ok(next.size < step.size, `${next.size} < ${step.size}`);
    step = next;
  }
});

test('a bigger step is one rung up, and the top stays the top', () => {
  const ladder = ladderFor('writing', 'the report');
  assert.equal(biggerStep(ladder[3], ladder).rung, 2);
  assert.equal(biggerStep(ladder[0], ladder).rung, 0);
});

test('estimates the size of a step the person proposes', () => {
  assert.equal(estimateStepSize('set a 20-minute timer to tidy up one script'), 1200);
  assert.equal(estimateStepSize('just one click'), 5);
  assert.equal(estimateStepSize('put the cursor at the start of the next function'), 10);
  assert.equal(estimateStepSize('anything', 30_000), 30);
  assert.ok(estimateStepSize('open the file and highlight one function') < 60);
});

test('a ladder is built once per task and cannot be changed by a caller', () => {
  const ladder = ladderFor('code', 'the script');
  assert.equal(ladderFor('code', 'the script'), ladder);
  assert.ok(Object.isFrozen(ladder) && ladder.every((step) => Object.isFrozen(step)));
  assert.notEqual(ladderFor('code', 'the report')[0].text, ladder[0].text);
});

test('an exam is studied through its notes, and one of many papers is opened at a time', () => {
  const exam = ladderFor('study', 'the exam').map((step) => step.text);
  assert.ok(exam.includes('read the first heading of your notes for the exam'), exam.join(' / '));
  const papers = ladderFor('writing', 'the 5 papers').map((step) => step.text);
  assert.ok(papers.includes('type the first three words of one of the 5 papers'), papers.join(' / '));
  const essay = ladderFor('writing', 'my essay').map((step) => step.text);
  assert.ok(essay.includes('type the first three words of your essay'), essay.join(' / '));
});

test('below a call ladder the steps stay with the phone, never on the person called', () => {
  const ladder = ladderFor('call', 'the landlord');
  let step = ladder[ladder.length - 1];
  for (let i = 0; i < 4; i++) {
    step = smallerStep(step, ladder, 'the landlord', 'call');
    assert.doesNotMatch(step.text, /landlord/, step.text);
    assert.match(step.text, /phone|call/, step.text);
  }
});

test('a form gets a form’s steps: a read-through that marks what they are unsure of, then the easy boxes', () => {
  const ladder = ladderFor('other', 'the visa form');
  assert.match(ladder[0].text, /20 minutes/);
  assert.ok(ladder.some((step) => /mark by each question you are unsure about/.test(step.text)));
  assert.ok(ladder.every((step) => step.text.includes('the visa form')));
  for (let index = 1; index < ladder.length; index++) assert.ok(ladder[index].size < ladder[index - 1].size);
  // "find the form, on paper or on your screen" was a stand-in step for a thing they already have
  assert.ok(ladder.every((step) => !/on paper or on your screen/.test(step.text)));
  assert.ok(ladderFor('other', 'the budget').some((step) => /on paper or on your screen/.test(step.text)));
});

test('a topic ladder has at most five rungs, sizes strictly falling; grief has none', () => {
  for (const topic of LIFE_TOPICS) {
    const ladder = ladderForTopic(topic);
    if (!ladder) continue;
    // firstStep starts a short ladder one rung from the top: a longer one would start elsewhere
    assert.ok(ladder.length >= 4 && ladder.length <= 5, topic);
    for (let index = 1; index < ladder.length; index++)
      assert.ok(ladder[index].size < ladder[index - 1].size, topic);
  }
  assert.equal(ladderForTopic('grief'), undefined);
  assert.match(ladderForTopic('new-baby')?.[1].text ?? '', /shower/);
});

test('"too much" with no task and nothing on record shrinks all of it to one part, not a breath', async () => {
  const { replyToTranscript } = await import('../coach/replay.ts');
  const [reply] = await replyToTranscript(
    [
      { role: 'client', text: 'the flat is a state and my mum visits saturday' },
      { role: 'therapist', text: 'Maybe make a cleaning rota for the week?' },
      { role: 'client', text: 'a rota?? thats too much' },
    ],
    { which: 'last', seed: 3 },
  );
  const shrink = reply.moves.find((move) => move.type === 'shrink-step');
  assert.ok(shrink?.type === 'shrink-step' && shrink.to.size < shrink.from.size, reply.text);
  assert.doesNotMatch(reply.text, /slow breath|glass of water/, reply.text);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Observation } from '../spec/observation.ts';
import { understand } from './index.ts';

const of = <K extends Observation['kind']>(text: string, kind: K) =>
  understand(text).filter((item): item is Extract<Observation, { kind: K }> => item.kind === kind);

test('first-person clauses are read as statements, the heavier one weighing more', () => {
  const statements = of("I need to apply for jobs but I just can't face it", 'statement');
  assert.deepEqual(
    statements.map((item) => item.text),
    ['I need to apply for jobs', "I just can't face it"],
  );
  assert.equal(statements[1].joinedBy, 'but');
  assert.ok(statements[1].weight > statements[0].weight);
  const text = 'I lost my job last week. Can you help me?';
  const [lost] = of(text, 'statement');
  assert.equal(text.slice(...lost.span), 'I lost my job last week');
  assert.equal(of('can you tell me what to do?', 'statement').length, 0);
});

test("words in quotation marks are not the person's statement; the clause after the quote is", () => {
  const texts = (text: string) => of(text, 'statement').map((item) => item.text);
  assert.deepEqual(
    texts('"hi professor, i was wondering if it would be possible" and then i delete it lol'),
    ['i delete it'],
  );
  assert.deepEqual(texts('\u201ci am so sorry to bother you\u201d is how every draft starts'), []);
  assert.deepEqual(texts("I need to apply for jobs but I just can't face it").length, 2);
});

test('a statement never reaches across a sentence end, so no reflection says a whole earlier sentence again', () => {
  const text = 'Like a 9. Everyone in my year is already revising.';
  const statements = of(text, 'statement');
  assert.deepEqual(
    statements.map((item) => text.slice(...item.span)),
    ['Everyone in my year is already revising'],
  );
});

test('a harsh self-judgement is read with the word it turns on', () => {
  assert.deepEqual(
    of('I feel like such a failure', 'self-judgement').map((item) => item.word),
    ['failure'],
  );
  assert.deepEqual(of("I'm useless at this", 'self-judgement')[0]?.word, 'useless');
  assert.equal(of('the plan failed', 'self-judgement').length, 0);
});

test('a value is read in the person’s words', () => {
  assert.equal(of('I do it because I care about my team', 'value')[0]?.value, 'my team');
  assert.equal(of('I lost my job', 'value').length, 0);
});

test('reported effort is read for a specific affirmation', () => {
  assert.equal(
    of("I've applied to twenty jobs and heard nothing", 'effort')[0]?.text,
    "I've applied to twenty jobs",
  );
  assert.equal(of("I haven't tried anything", 'effort').length, 0);
});

test('what people bring besides a task is read as a life topic', () => {
  const topics = (text: string) => of(text, 'life-topic').map((item) => item.topic);
  assert.deepEqual(topics('I lost my job last week'), ['job-loss']);
  assert.deepEqual(topics('my girlfriend broke up with me'), ['breakup']);
  assert.deepEqual(topics("I'm behind on rent"), ['money']);
  assert.deepEqual(topics('I feel so alone here'), ['loneliness']);
  assert.deepEqual(topics('I keep putting off the dishes'), []);
  assert.deepEqual(topics('i found a lump like 3 weeks ago'), ['health']);
  assert.deepEqual(topics('waiting on my blood test results'), ['health']);
});

test('a new baby, caring for someone and a home with a problem are situations of their own', () => {
  const topics = (text: string) => of(text, 'life-topic').map((item) => item.topic);
  assert.deepEqual(topics('the baby wakes every 90 minutes and we are zombies'), ['new-baby']);
  assert.deepEqual(topics("i'm basically my mum's carer now"), ['caring']);
  assert.deepEqual(topics('i am looking after my dad on my own'), ['caring']);
  assert.deepEqual(topics('there is black mould in the kids room again'), ['housing']);
  assert.deepEqual(topics('my landlord keeps ignoring my emails'), ['housing']);
  // a landlord named in passing is no housing problem; a child called "my baby" is no newborn
  assert.deepEqual(topics('I have inspection from landlord on friday'), []);
  assert.deepEqual(topics('hes my baby not a list of problems'), []);
  // a baby lost is grief, not a new baby's nights; a care home worked at is not caring at home
  assert.deepEqual(topics('wife lost the baby last week'), ['grief']);
  assert.deepEqual(topics('i work nights at the care home'), []);
});

test('a closing emoticon is not part of the step the person proposes', () => {
  assert.deepEqual(
    of('maybe i could just do the climbing thing :/', 'proposal').map((item) => item.step),
    ['do the climbing thing'],
  );
});

test('"the baby" said of someone else\'s visit is no new baby of theirs', () => {
  const topics = (text: string) => of(text, 'life-topic').map((item) => item.topic);
  assert.deepEqual(topics('ok. my sister had her baby. the baby looks thin tho'), []);
});

test('life topics: a death told as "passed" or "my late …" is grief; a test passed and a baby room are not', () => {
  const topics = (text: string) =>
    understand(text)
      .filter((item) => item.kind === 'life-topic')
      .map((item) => (item.kind === 'life-topic' ? item.topic : ''));
  assert.deepEqual(topics('or crying lol. dad passed last year, hes supposed to be doing it'), ['grief']);
  assert.deepEqual(topics('Since he passed I am not knowing how to deal.'), ['grief']);
  assert.deepEqual(topics('My late brother did all this. I did the sheep.'), ['grief']);
  assert.deepEqual(topics('easy for him he passed in naija with a bribe'), []);
  assert.deepEqual(topics('my younger brother passed first go'), []);
  assert.deepEqual(topics('my late shift ends at 10'), []);
  assert.deepEqual(topics('I covered the baby room all week and did the rota at 11pm'), []);
});

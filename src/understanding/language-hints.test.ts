import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { loadCorpus } from '../../scripts/eval-understanding.ts';
import { formsOf, mayNegate, mayNegateAny, mayReport, mayReportSomeone } from './language-hints.ts';
import { analyseLanguage } from './linguistic-analysis.ts';
import { REPORTING_VERBS } from './linguistic-clauses.ts';
import { REQUEST_VERB_FORMS, REQUEST_VERBS } from './model-readers.ts';
import { aboutSomeoneElse, mayBeAboutSomeoneElse } from './person-subject.ts';

const trainingTexts = ['understanding-v1', 'understanding-v2'].flatMap((set) =>
  readFileSync(new URL(`../../data/train/${set}/items.jsonl`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => String(JSON.parse(line).text)),
);
const crafted = [
  'dont remind me',
  'i cant stop',
  'nope, stop it',
  'nah stop texting me',
  'as long as you remind me',
  'as soon as I check it',
  'I failed to check in',
  'she said she wants to die',
  'he told me to stop',
  'my bf wrote that he would hurt himself',
  'my  friend   keeps saying it',
  'mum texted me, she is not ok',
  'they posted that they would end it',
  'I ADMITTED IT TO MY SISTER',
  "i'm ok, my mate's chest hurts",
  'tell me exactly what to do',
  'Tell her I said no',
  '  text me, he said so',
  'texts from him say he will end it',
  'said she would, she said',
  'telling myself it is fine',
];
const texts = [...loadCorpus().map((entry) => entry.text), ...trainingTexts, ...crafted];

test('where a hint says no, the analysis finds nothing of that kind', () => {
  let skipped = 0;
  for (const text of texts) {
    const analysis = analyseLanguage(text);
    if (!mayNegate(text)) {
      skipped++;
      assert.ok(
        !analysis.tokens.some((token) => token.negated),
        `negation missed in ${JSON.stringify(text)}`,
      );
    }
    if (!mayReport(text))
      assert.ok(
        !analysis.clauses.some((clause) => clause.reportedBy),
        `report missed in ${JSON.stringify(text)}`,
      );
    if (!mayReportSomeone(text))
      assert.ok(
        !analysis.clauses.some((clause) => clause.reportedBy),
        `reporter missed in ${JSON.stringify(text)}`,
      );
    if (!mayBeAboutSomeoneElse(text))
      for (const clause of analysis.clauses)
        assert.ok(!aboutSomeoneElse(analysis, clause.start), `person missed in ${JSON.stringify(text)}`);
  }
  assert.ok(skipped > texts.length / 10, 'the negation hint should rule out a good share of utterances');
});

test('a request verb found only before every negation hint is never negated', () => {
  let ruledOut = 0;
  for (const text of texts) {
    if (!mayNegate(text) || !REQUEST_VERB_FORMS.test(text) || mayNegateAny(text, REQUEST_VERB_FORMS))
      continue;
    ruledOut++;
    const analysis = analyseLanguage(text);
    assert.ok(
      !analysis.tokens.some((token) => token.negated && REQUEST_VERBS.has(token.lemma)),
      `negated request verb missed in ${JSON.stringify(text)}`,
    );
  }
  // the order rules out a share of what the two hints alone let through (each one a wink parse saved)
  assert.ok(ruledOut > 50, `only ${ruledOut} ruled out`);
  assert.ok(!mayNegateAny("I'll stop there for now, thank you.", REQUEST_VERB_FORMS));
  assert.ok(mayNegateAny("please don't remind me", REQUEST_VERB_FORMS));
  assert.ok(mayNegateAny('dont remind me', REQUEST_VERB_FORMS));
  assert.ok(mayNegateAny('no need to check in', REQUEST_VERB_FORMS));
});

test('the hints see the forms that matter', () => {
  for (const text of crafted.slice(0, 7)) assert.ok(mayNegate(text), text);
  for (const text of crafted.slice(7, 14)) assert.ok(mayReport(text) || mayBeAboutSomeoneElse(text), text);
  assert.ok(!mayNegate('can you remind me in 5 minutes?'));
  assert.ok(!mayReport('can you remind me in 5 minutes?'));
  assert.ok(!mayReportSomeone('tell me exactly what to do'));
  assert.ok(mayReportSomeone('Tell her I said no'));
  assert.ok(mayReportSomeone('my mum told me to stop'));
  assert.ok(!mayBeAboutSomeoneElse('my chest is tight'));
  assert.ok(mayBeAboutSomeoneElse('my sister said my chest is tight'));
});

/** Every word of wink's lexicon that it reads as one of `words` (its spelling map, normal form or lemma). */
function lexiconFormsOf(words: ReadonlySet<string>): string[] {
  const require = createRequire(import.meta.url);
  const model = require('wink-eng-lite-web-model');
  const cacheOf = require(join(dirname(require.resolve('wink-nlp')), 'cache.js'));
  const cache = cacheOf(model.core(), model.featureFn);
  const found: string[] = [];
  for (let index = 0; index < cache.intrinsicSize(); index++) {
    const mapped = cache.mappedSpelling(index);
    const readings = [cache.value(mapped), cache.value(cache.normal(index))];
    for (const pos of ['VERB', 'NOUN', 'ADJ'])
      readings.push(model.addons.lemmatize(String(readings[0]).toLowerCase(), pos, cache));
    if (readings.some((reading) => words.has(String(reading).toLowerCase()))) found.push(cache.value(index));
  }
  return found;
}

test("every word of wink's lexicon read as a reporting verb or a negation is inside its hint", () => {
  const reporting = lexiconFormsOf(REPORTING_VERBS);
  assert.ok(reporting.includes('said') && reporting.includes('told'));
  assert.deepEqual(
    reporting.filter((word) => !formsOf(REPORTING_VERBS).test(word)),
    [],
  );
  const negations = lexiconFormsOf(
    new Set(['no', 'not', "n't", 'never', 'none', 'nor', 'neither', 'without']),
  );
  assert.ok(negations.includes('nope'));
  assert.deepEqual(
    negations.filter((word) => !mayNegate(word)),
    [],
  );
});

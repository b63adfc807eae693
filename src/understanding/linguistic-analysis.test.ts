import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseLanguage, clauseAt, MAX_LINGUISTIC_CHARS, tokensIn } from './linguistic-analysis.ts';

function clauseOf(text: string, words: string) {
  const analysis = analyseLanguage(text);
  const clause = clauseAt(analysis, text.indexOf(words));
  assert.ok(clause, `no clause holds "${words}" in "${text}"`);
  return clause;
}

test('tokens carry offsets into the text, lemmas and parts of speech', () => {
  const text = 'My friend said she wants to die!';
  const analysis = analyseLanguage(text);
  for (const token of analysis.tokens) assert.equal(text.slice(token.start, token.end), token.text);
  const wants = analysis.tokens.find((token) => token.text === 'wants');
  assert.equal(wants?.lemma, 'want');
  assert.equal(wants?.pos, 'VERB');
  assert.deepEqual(
    tokensIn(analysis, text.indexOf('die'), text.length).map((token) => token.text),
    ['die', '!'],
  );
});

test('sentences are split and each has its clauses', () => {
  const analysis = analyseLanguage('I used to cut. I am fine now');
  assert.equal(analysis.sentences.length, 2);
  assert.equal(analysis.sentences[0].clauses[0].habitualPast, true);
  assert.equal(analysis.sentences[1].clauses[0].habitualPast, false);
});

test('reported speech belongs to the reporter: "my friend said she wants to die"', () => {
  const clause = clauseOf('my friend said she wants to die', 'she wants');
  assert.equal(clause.subject, 'third');
  assert.equal(clause.reportedBy, 'third');
  assert.equal(clauseOf('he told me he wants to kill himself', 'he wants').reportedBy, 'third');
});

test('the subject is the speaker, someone else or the listener', () => {
  assert.equal(clauseOf('I will kill myself tomorrow', 'kill').subject, 'first');
  assert.equal(clauseOf('my sister self-harms', 'self').subject, 'third');
  assert.equal(clauseOf('my sister self-harms', 'self').subjectText, 'my sister');
  assert.equal(clauseOf('can you just tell me what to do?', 'tell').subject, 'second');
  assert.equal(clauseOf('want to die', 'die').subject, 'none');
});

test('tense: past, habitual past, perfect, present and future', () => {
  assert.equal(clauseOf('I tried to overdose last year', 'tried').tense, 'past');
  assert.equal(clauseOf('I will kill myself tomorrow', 'kill').tense, 'future');
  assert.equal(clauseOf('I am going to end it tonight', 'end').tense, 'future');
  assert.equal(clauseOf('I want to die', 'die').tense, 'present');
  const saving = clauseOf("I've been saving pills", 'saving');
  assert.equal(saving.perfect, true);
  assert.equal(saving.tense, 'present');
  const used = clauseOf('I used to cut', 'cut');
  assert.equal(used.habitualPast, true);
  assert.equal(used.tense, 'past');
});

test('conditionals are hypothetical, and so is the clause answering them', () => {
  const text = "If I failed, I'd never forgive myself.";
  assert.equal(clauseOf(text, 'If I failed').hypothetical, true);
  const main = clauseOf(text, 'forgive');
  assert.equal(main.hypothetical, true);
  assert.equal(main.negated, true);
  assert.equal(clauseOf('what if i just disappeared', 'disappeared').hypothetical, true);
  assert.equal(clauseOf('I want to disappear', 'disappear').hypothetical, false);
});

test('negation scope and questions are marked', () => {
  const analysis = analyseLanguage("I don't want to be here. Can you help?");
  assert.equal(analysis.tokens.find((token) => token.text === 'here')?.negated, true);
  assert.equal(analysis.clauses[0].negated, true);
  assert.equal(analysis.clauses[0].question, false);
  assert.equal(analysis.clauses[1].question, true);
});

test('bad input never throws and long input is cut', () => {
  for (const text of ['', '   ', '🙂🙂', '\uD800 lone', '\u202Eevil', '\u0000\u0001']) {
    const analysis = analyseLanguage(text);
    assert.ok(Array.isArray(analysis.tokens));
  }
  const long = analyseLanguage('word '.repeat(5000));
  assert.equal(long.truncated, true);
  assert.ok(long.text.length <= MAX_LINGUISTIC_CHARS);
  // biome-ignore lint/suspicious/noExplicitAny: testing a caller that ignores the types
  assert.deepEqual(analyseLanguage(undefined as any).tokens, []);
});

import assert from 'node:assert/strict';
import test from 'node:test';
import { detectScopeQuestion, scopeReply, scopeStatement } from './scope.ts';

test('finds questions about diagnosis', () => {
  for (const text of [
    'do I have ADHD?',
    'Am I depressed?',
    'could this be autism',
    'Do you think I have OCD?',
    'can you diagnose me',
  ]) {
    assert.equal(detectScopeQuestion(text)?.topic, 'diagnosis', text);
  }
});

test('finds questions about medication', () => {
  for (const text of [
    'should I up my sertraline?',
    'Should I stop taking my meds?',
    'is it ok to take more adderall before the deadline',
    'Can I double my dose?',
    'how much melatonin should I take',
  ]) {
    assert.equal(detectScopeQuestion(text)?.topic, 'medication', text);
  }
});

test('leaves task talk alone', () => {
  for (const text of [
    'do I have to answer every email?',
    'should I open the file first?',
    'I took my meds this morning',
    'my ADHD makes this hard',
  ]) {
    assert.equal(detectScopeQuestion(text), undefined, text);
  }
});

test('the span covers the question', () => {
  const text = 'ok, so should I up my sertraline?';
  const question = detectScopeQuestion(text);
  assert.ok(question);
  assert.match(text.slice(...question.span), /sertraline/);
});

test('the scope reply points to a clinician and does not advise', () => {
  const reply = scopeReply('en-US', 'medication');
  assert.match(reply, /doctor|pharmacist|prescriber/);
  assert.match(reply, /not a clinician/);
  assert.match(scopeReply('en-GB'), /GP/);
});

test('the scope statement says what tinystep is and is not, with the local line', () => {
  const statement = scopeStatement('en-US');
  assert.match(statement, /not a therapist/);
  assert.match(statement, /988/);
  assert.match(scopeStatement('en-GB'), /116 123/);
});

test('the keyword gate lets upper-case and curly-apostrophe questions through', () => {
  assert.equal(detectScopeQuestion('DO I HAVE ADHD?')?.topic, 'diagnosis');
  assert.equal(
    detectScopeQuestion('Should I up my sertraline? I’m not sure it’s working')?.topic,
    'medication',
  );
  assert.equal(detectScopeQuestion('I have to write my report'), undefined);
});

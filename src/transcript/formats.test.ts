import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isTinystepError } from '../spec/errors.ts';
import { detectFormat, parseTranscript } from './index.ts';

const roles = (text: string, source?: string) =>
  parseTranscript(text, { source }).map((turn) => `${turn.role[0]}:${turn.text}`);

test('T: and C: turns one per line, without blank lines between them', () => {
  assert.deepEqual(roles('T: How are you?\nC: Tired.\nT: Tired.\n'), [
    't:How are you?',
    'c:Tired.',
    't:Tired.',
  ]);
});

test('Counsellor, Counselor, Interviewer and Interviewee are read as their roles', () => {
  assert.deepEqual(roles('Interviewer: Hi.\nInterviewee: Hello.\nCounsellor: Go on.\nCounselor: Yes.\n'), [
    't:Hi.',
    'c:Hello.',
    't:Go on.',
    't:Yes.',
  ]);
});

test('Speaker 1 / Speaker 2: the one who asks and says "you" is the therapist', () => {
  const text =
    'Speaker 1: I keep putting off my thesis and I hate it.\nSpeaker 2: What do you make of that?\nSpeaker 1: I guess I am scared.\nSpeaker 2: You are scared of what you might find?\n';
  assert.deepEqual(
    parseTranscript(text).map((turn) => turn.role),
    ['client', 'therapist', 'client', 'therapist'],
  );
});

test('time prefixes [m:ss], [h:mm:ss], (00:01:02) and a bare h:mm:ss are read as times', () => {
  const text =
    '[0:05] T: One.\n[1:02:03] C: Two.\n(00:01:02) Therapist: Three.\n01:02:04 Client: Four.\nTherapist [1:10]: Five.\n';
  assert.deepEqual(
    parseTranscript(text).map((turn) => turn.at),
    [5000, 3_723_000, 62_000, 3_724_000, 70_000],
  );
});

test('a mismatched bracket around a time is reported with its line', () => {
  assert.throws(
    () => parseTranscript('Client: a\n\n[00:12) Therapist: b\n', { source: 'x.txt' }),
    (error) => isTinystepError(error) && /^x\.txt:3: /.test(error.message),
  );
});

test('bold speaker names from chat exports are read', () => {
  assert.deepEqual(roles('**Therapist:** Hello there.\n**Client**: Hi.\n'), ['t:Hello there.', 'c:Hi.']);
});

test('an OpenAI messages array: system skipped, user is the client, content parts joined', () => {
  const json = JSON.stringify([
    { role: 'system', content: 'You are a counsellor.' },
    { role: 'user', content: 'I cannot start.' },
    { role: 'assistant', content: [{ type: 'text', text: 'What gets in the way?' }] },
  ]);
  assert.equal(detectFormat(json), 'json');
  assert.deepEqual(roles(json), ['c:I cannot start.', 't:What gets in the way?']);
  assert.deepEqual(roles(JSON.stringify({ messages: JSON.parse(json) })), [
    'c:I cannot start.',
    't:What gets in the way?',
  ]);
});

test('JSON Lines with OpenAI roles and "content" are read', () => {
  const jsonl = '{"role":"user","content":"hi"}\n{"role":"assistant","content":"hello"}\n';
  assert.deepEqual(roles(jsonl), ['c:hi', 't:hello']);
});

test('CSV with speaker and text columns, quoted cells with commas, quotes and line breaks', () => {
  const csv =
    'id,speaker,text\n1,therapist,"Hello, how are you?"\n2,client,"I said ""fine""\nbut I\'m not."\n3,counsellor,Okay.\n';
  assert.equal(detectFormat(csv, 'a.csv'), 'csv');
  assert.deepEqual(roles(csv, 'a.csv'), [
    't:Hello, how are you?',
    'c:I said "fine"\nbut I\'m not.',
    't:Okay.',
  ]);
});

test('a CSV row with an unknown speaker names its line', () => {
  assert.throws(
    () => parseTranscript('speaker,text\nclient,a\nnarrator,b\n', { source: 'b.csv' }),
    (error) => isTinystepError(error) && /^b\.csv:3: unknown speaker "narrator"/.test(error.message),
  );
});

test('a tab-separated file with a role and utterance column is read', () => {
  assert.deepEqual(roles('role\tutterance\nuser\tI froze.\nassistant\tYou froze.\n', 'a.tsv'), [
    'c:I froze.',
    't:You froze.',
  ]);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { HingeKind } from '../spec/observation.ts';
import { turnHingesOf } from '../understanding/turn-hinge.ts';
import { replyToLines } from './testing/reply-to-lines.ts';

function hinge(text: string, kind: HingeKind) {
  return turnHingesOf(text).find((item) => item.hinge === kind);
}

test('a person named only as an owner is no hinge: "my father\'s ovens" is not "my father is…"', async () => {
  assert.equal(hinge("i work in my father's ovens", 'other-person'), undefined);
  assert.equal(hinge('sleeping on my sisters sofa for now', 'other-person'), undefined);
  assert.equal(hinge("my nan's bed is too small", 'other-person'), undefined);
  // ("'s" as "is" before a participle still is one)
  assert.equal(hinge("my mum's worried sick about me", 'other-person')?.who, 'my mum');
  const reply = await replyToLines(["i work in my father's ovens"], 16);
  assert.doesNotMatch(reply.text, /between you and your father/i, reply.text);
  // a disclosure beside an owner still flags
  const risk = await replyToLines(["i work in my father's ovens and i want to kill myself"], 16);
  assert.equal(risk.moves[0]?.type, 'crisis', risk.text);
});

test('a crux that is a full clause is said as one ("it\'s that you can\'t sleep", never "it\'s you can\'t sleep")', async () => {
  assert.equal(
    hinge('the problem is i cant sleep before a shift', 'crux')?.words,
    'that i cant sleep before a shift',
  );
  assert.equal(
    hinge('its not the work its the people watching me do it', 'crux')?.words,
    'the people watching me do it',
  );
  // (their own "its" is not said after the frame's "it's")
  assert.equal(hinge('the worst part is its every single night', 'crux')?.words, 'every single night');
  const reply = await replyToLines(['the thing is you used to care about every patient'], 16);
  assert.doesNotMatch(reply.text, /it's (?:you|i|he|she|they) /i, reply.text);
  const risk = await replyToLines(['the thing is i cant sleep and i want to kill myself'], 16);
  assert.equal(risk.moves[0]?.type, 'crisis', risk.text);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasMarker, withoutMarker } from './chat-markers.ts';

test('laughs, faces and emoji are marks; words that contain them are not', () => {
  for (const text of ['ok did three plates lol', 'omg i need help', 'not great :(', 'fine 😞', 'haha yeah'])
    assert.ok(hasMarker(text), text);
  for (const text of ['the lollipop lady', 'a holiday', 'I called at 9:30', 'yeah ok'])
    assert.ok(!hasMarker(text), text);
});

test('a mark that only seasons a message comes off and leaves the sentence whole', () => {
  assert.equal(withoutMarker('ok did three plates lol'), 'ok did three plates');
  assert.equal(withoutMarker('finals start monday 😞'), 'finals start monday');
  assert.equal(withoutMarker('not sure :('), 'not sure');
  assert.equal(withoutMarker('omg i just want to get through it'), 'i just want to get through it');
  // (a laugh tacked before a line, in a stretch that has had one: "haha i'll just do it at the weekend")
  assert.equal(withoutMarker('haha the bins can wait till tuesday'), 'the bins can wait till tuesday');
  assert.equal(withoutMarker('Lmao, no chance'), 'no chance');
  assert.equal(withoutMarker('hi omg i need help'), 'hi i need help');
  assert.equal(withoutMarker('thats what mum says. word for word lol'), 'thats what mum says. word for word');
});

test('a laugh after a clause inside a message comes off with the clause left whole', () => {
  assert.equal(
    withoutMarker('thats the entire question lol, the knowing is fine'),
    'thats the entire question, the knowing is fine',
  );
  assert.equal(
    withoutMarker('i mean yeah in theory lol. in practice no'),
    'i mean yeah in theory. in practice no',
  );
  assert.equal(withoutMarker('getting to me omg'), 'getting to me');
  assert.equal(withoutMarker("it's only a report, i'll manage haha."), "it's only a report, i'll manage");
});

/**
 * Ambiguous chat contractions on a statement (statement-contractions.ts): given their apostrophe only
 * where what follows shows the contraction; the possessive and the adjective are left alone.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse } from './analyse.ts';
import { withContractions } from './statement-contractions.ts';

test('"its", "ill", "id", "hes" get their apostrophe where what follows shows it', () => {
  assert.equal(withContractions('its my title now'), "it's my title now");
  assert.equal(withContractions('and its going nowhere'), "and it's going nowhere");
  assert.equal(withContractions('ill be thinking about it all day'), "I'll be thinking about it all day");
  assert.equal(withContractions('id rather not'), "I'd rather not");
  assert.equal(withContractions('hes always late'), "he's always late");
});

test('the possessive, the adjective and a noun are left as written', () => {
  for (const text of ['the dog hurt its leg', 'its roof needs fixing', 'i was ill for weeks', 'my id card'])
    assert.equal(withContractions(text), text);
  assert.equal(withContractions('the company lost its funding'), 'the company lost its funding');
});

test('through analyse: the statement to say back carries the mended form, its text stays as typed', () => {
  const [statement] = analyse('like its my title now').observations.filter(
    (item) => item.kind === 'statement',
  );
  assert.equal(statement?.kind === 'statement' ? statement.whole : undefined, "it's my title now");
  assert.equal(statement?.kind === 'statement' ? statement.text : undefined, 'its my title now');
});

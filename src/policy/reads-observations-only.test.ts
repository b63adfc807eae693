/**
 * The policy and the session fold decide from observations, never from the person's raw words
 * (DESIGN: understanding produces observations; issue 16 item 3, issue 17 item 6). The turn's text
 * reaches them only as `state.lastClientText` (set by the fold from a `client-said` event), so a
 * policy file that names it, or imports a reader from understanding, rereads the turn. The reads
 * not yet moved are listed below with why; each must still be there, so the list only shrinks.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const POLICY = new URL('./', import.meta.url);
const FOLD = new URL('../session/fold.ts', import.meta.url);

// debts: a policy file that still reads the turn, and why it is not an observation yet
const POLICY_DEBTS: Record<string, string> = {
  // the noun phrase a question names ("the email to my landlord") is picked from the whole line;
  // a 'topic' observation from understanding would carry it (topic-phrase.ts is a reader in all but place)
  'listen.ts': 'a task named only to be set aside ("its not the phone")',
  // a line about someone else said back as they put it (plain-clause.ts, a clause reader in the policy)
  'reflections.ts': 'plainClauseOf over the turn; being disbelieved ("nobody believes me")',
};

// the fold's lines that touch the turn's text: keeping it for the debts above, its length, and the
// safety module's own reading of the answer to the crisis question ("I'm safe", "yes", "idk")
const FOLD_READS = [
  'next.lastClientText = event.text;',
  'next.lastClientWords = countWords(event.text);',
  'reduceSafety(state.safety, observations, state.lastClientText),',
  'state.lastClientText,',
];

const policyFiles = () =>
  readdirSync(POLICY).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
const source = (name: string) => readFileSync(new URL(name, POLICY), 'utf8');

test('no policy file reads the turn as written, beyond the listed debts', () => {
  const reading = policyFiles().filter((name) => /\blastClientText\b/.test(source(name)));
  assert.deepEqual(reading.sort(), Object.keys(POLICY_DEBTS).sort(), `read the turn: ${reading.join(', ')}`);
});

test('the policy imports nothing from understanding but clock arithmetic', () => {
  for (const name of policyFiles())
    for (const [, names, from] of source(name).matchAll(
      /import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'([^']+)'/g,
    )) {
      if (!from.includes('/understanding/')) continue;
      const imported = names
        .split(',')
        .map((item) => item.trim().replace(/^type\s+/, ''))
        .filter(Boolean);
      assert.deepEqual(imported, ['resolveAtClock'], `${name} imports ${imported.join(', ')} from ${from}`);
    }
  for (const name of policyFiles())
    assert.doesNotMatch(source(name), /import\s+\*\s+as\s+\w+\s+from\s+'[^']*\/understanding\//, name);
});

test('the fold touches the turn as written only where listed', () => {
  const lines = readFileSync(FOLD, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /\bevent\.text\b|\blastClientText\b/.test(line))
    // (carrying the field over to the next state's copy reads nothing)
    .filter((line) => line !== 'lastClientText: state.lastClientText,');
  // (a promise the other helper made is their words, not the person's: not the turn)
  const turn = lines.filter((line) => !line.includes('externalPromises'));
  assert.deepEqual(turn, FOLD_READS);
});

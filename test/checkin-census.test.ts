/**
 * The check-in census (scripts/checkin-census.ts) as a guard: over every seen conversation excerpt, the
 * replies that are a check-in or crisis reply, against the hand labels in test/fixtures/checkin-census.json.
 * Every warranted check-in (the seeker's own words could be risk) must stay; the unwarranted ones (the
 * reference ignores safety and nothing the seeker said is about harm) must not come back past today's count.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { censusReply } from '../scripts/checkin-replies.ts';
import { excerptSchema, readJsonLines } from '../scripts/judge-files.ts';
import { loadSafetyConfig } from '../src/safety/load-config.ts';

// round 16: 70 before the everyday-stake fix (src/understanding/risk-context-everyday.ts)
const UNWARRANTED_AT_MOST = 49;

type Label = { key: string; warranted: boolean };

test('check-ins on seen conversations: every warranted one kept, the unwarranted ones no more than today', async () => {
  const labels: Label[] = JSON.parse(readFileSync('test/fixtures/checkin-census.json', 'utf8'));
  const warranted = new Set(labels.filter((label) => label.warranted).map((label) => label.key));
  const unwarranted = new Set(labels.filter((label) => !label.warranted).map((label) => label.key));
  const asked = new Set<string>();
  const safetyConfig = loadSafetyConfig({ env: {} });
  for (const dir of readdirSync('data/blind').filter((name) => /^conversations-v\d+$/.test(name))) {
    const set = dir.replace('conversations-', '');
    for (const excerpt of readJsonLines(`data/blind/${dir}/excerpts.jsonl`, excerptSchema)) {
      const key = `${set}/${excerpt.id}`;
      if (!warranted.has(key) && !unwarranted.has(key)) continue;
      if ((await censusReply(excerpt, safetyConfig)).crisis) asked.add(key);
    }
  }
  const lost = [...warranted].filter((key) => !asked.has(key));
  assert.deepEqual(lost, [], 'warranted check-ins lost');
  const unwarrantedAsked = [...unwarranted].filter((key) => asked.has(key)).length;
  assert.ok(unwarrantedAsked <= UNWARRANTED_AT_MOST, `unwarranted check-ins ${unwarrantedAsked}`);
});

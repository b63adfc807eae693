import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadPersonaDirectory } from '../simulator/load-persona.ts';
import { runBatch } from './run-batch.ts';
import { summarizeRuns } from './summarize.ts';

const SESSIONS = 4;

test('neither ELIZA nor the generic-advice therapist beats a therapist that reflects accurately on felt heard or dropout', async () => {
  const personas = loadPersonaDirectory();
  const records = await runBatch({
    personas,
    therapists: [{ kind: 'reflective' }, { kind: 'eliza' }, { kind: 'generic-advice' }],
    sessions: SESSIONS,
    seed: 18,
    workers: 2,
  });
  const overall = (therapist: string) => {
    const group = records.filter((record) => record.therapist === therapist);
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    return {
      heard: mean(group.map((record) => record.heardEnd ?? 0)),
      dropout: mean(group.map((record) => (record.dropout ? 1 : 0))),
    };
  };
  const reflective = overall('reflective');
  for (const rival of ['eliza', 'generic-advice']) {
    const figures = overall(rival);
    assert.ok(
      figures.heard < reflective.heard,
      `${rival} felt heard ${figures.heard} vs reflective ${reflective.heard}`,
    );
    assert.ok(
      figures.dropout > reflective.dropout,
      `${rival} dropout ${figures.dropout} vs reflective ${reflective.dropout}`,
    );
  }
  // and persona by persona, the bad therapist never leaves a client feeling more heard
  const runs = summarizeRuns(records);
  for (const persona of personas) {
    const of = (therapist: string) =>
      runs.find((run) => run.persona === persona.id && run.therapist === therapist);
    const bad = of('generic-advice');
    const good = of('reflective');
    assert.ok(
      bad && good && (bad.heard ?? 0) < (good.heard ?? 0),
      `${persona.id}: ${bad?.heard} vs ${good?.heard}`,
    );
  }
});

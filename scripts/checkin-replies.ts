/**
 * The coach's reply to an excerpt's last seeker turn, as the check-in census reads it (scripts/checkin-census.ts
 * and its guard test/checkin-census.test.ts share this, so both replay with the same seed and options).
 */
import { replyToTranscript } from '../src/coach/replay.ts';
import type { SafetyConfig } from '../src/safety/config.ts';
import { deriveSeed } from '../src/simulator/prng.ts';
import type { MoveOf } from '../src/spec/move.ts';
import { asTranscript, contextTurns } from './judge-candidates.ts';
import type { Excerpt } from './judge-files.ts';

// the census was labelled on replies phrased with this seed
const CENSUS_SEED = 16;

/** The reply's text and its crisis move (a check-in or the crisis reply), if it has one. */
export async function censusReply(
  excerpt: Excerpt,
  safetyConfig: SafetyConfig,
): Promise<{ text: string | undefined; crisis: MoveOf<'crisis'> | undefined }> {
  const [reply] = await replyToTranscript(asTranscript(contextTurns(excerpt)), {
    which: 'last',
    seed: deriveSeed(CENSUS_SEED, excerpt.id),
    safetyConfig,
  });
  const crisis = reply?.moves.find((move): move is MoveOf<'crisis'> => move.type === 'crisis');
  return { text: reply?.text, crisis };
}

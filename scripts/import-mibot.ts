/**
 * Converts the MIBot v6.3A transcripts (zaffnet/MIBOT_ACL2025, CC BY-SA 4.0) into one compact
 * JSON Lines file for tinystep's coder: one conversation per line, each utterance with its speaker,
 * text and the dataset's automatic MISC label (assigned by an LLM, not a person). The LLM's
 * explanations are dropped. Run on a checkout of that repository:
 *
 *   node --import tsx scripts/import-mibot.ts <checkout>/transcripts > data/third-party/mibot-v6.3a/utterances.jsonl
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const Transcript = z.object({
  participant_id: z.string(),
  utterances: z.array(
    z.object({
      speaker: z.enum(['counsellor', 'client']),
      text: z.string(),
      auto_misc_label: z.string().nullable().optional(),
    }),
  ),
});

const folder = process.argv[2];
if (!folder) throw new Error('give the transcripts folder of a MIBOT_ACL2025 checkout');
for (const name of readdirSync(folder)
  .filter((file) => file.endsWith('.json'))
  .sort()) {
  const transcript = Transcript.parse(JSON.parse(readFileSync(join(folder, name), 'utf8')));
  const utterances = transcript.utterances.map((utterance) => ({
    speaker: utterance.speaker === 'counsellor' ? 'therapist' : 'client',
    text: utterance.text,
    label: utterance.auto_misc_label ?? null,
  }));
  process.stdout.write(`${JSON.stringify({ id: transcript.participant_id.slice(0, 12), utterances })}\n`);
}

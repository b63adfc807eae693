/**
 * Development check of the MITI coder on the MIBot v6.3A transcripts (CC BY-SA 4.0, labels by an
 * LLM; data/third-party/mibot-v6.3a): reflection and question recall and precision for counsellor
 * utterances, change/sustain/neutral agreement for client utterances. Tuning data, not a test.
 *
 *   node --import tsx scripts/dev-coding-mibot.ts [--misses R|Q|C|S|N] [--limit 40]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cohensKappa, precision, recall } from '../src/evaluator/coding/agreement.ts';
import { codeClientUtterance, codeTherapistUtterance } from '../src/evaluator/coding/miti-coder.ts';
import { mainClassOf } from '../src/evaluator/coding/miti-vocabulary.ts';

type Utterance = { speaker: 'therapist' | 'client'; text: string; label: string | null };
const path = resolve(import.meta.dirname, '../data/third-party/mibot-v6.3a/utterances.jsonl');
const conversations = readFileSync(path, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { id: string; utterances: Utterance[] });

const missesOf = process.argv.includes('--misses')
  ? process.argv[process.argv.indexOf('--misses') + 1]
  : undefined;
const limit = process.argv.includes('--limit')
  ? Number(process.argv[process.argv.indexOf('--limit') + 1])
  : 40;
const therapist: { gold: string; predicted: string }[] = [];
const client: { gold: string; predicted: string }[] = [];
const shown: string[] = [];
for (const conversation of conversations) {
  let clientText: string | undefined;
  let previousTherapist = '';
  let currentTherapist: string[] = [];
  let lastSpeaker = '';
  for (const utterance of conversation.utterances) {
    if (utterance.speaker === 'client') {
      if (lastSpeaker !== 'client') {
        previousTherapist = currentTherapist.join(' ');
        currentTherapist = [];
        clientText = '';
      }
      clientText = `${clientText ?? ''} ${utterance.text}`.trim();
      const code = codeClientUtterance(utterance.text).code;
      const gold = { C: 'change', S: 'sustain', N: 'neutral' }[utterance.label ?? 'N'] ?? 'neutral';
      client.push({ gold, predicted: code });
      if (
        missesOf &&
        'CSN'.includes(missesOf) &&
        gold === { C: 'change', S: 'sustain', N: 'neutral' }[missesOf] &&
        code !== gold
      )
        shown.push(`${gold} → ${code}: ${utterance.text}`);
    } else {
      const coded = codeTherapistUtterance(utterance.text, {
        clientText,
        earlierInTurn: currentTherapist,
        previousTherapistText: previousTherapist,
      });
      const main = mainClassOf(coded.code);
      const predicted = main === 'reflection' ? 'R' : main === 'question' ? 'Q' : 'other';
      const gold = utterance.label === 'R' || utterance.label === 'Q' ? utterance.label : 'other';
      therapist.push({ gold, predicted });
      if (missesOf && gold === missesOf && predicted !== gold)
        shown.push(
          `${gold} → ${coded.code}: ${utterance.text}   [client: ${(clientText ?? '').slice(0, 100)}]`,
        );
      currentTherapist.push(utterance.text);
    }
    lastSpeaker = utterance.speaker;
  }
}
const f = (value: number | null) => (value === null ? '–' : value.toFixed(2));
console.log(
  `MIBot dev: ${therapist.length} counsellor utterances — R recall ${f(recall(therapist, 'R'))} precision ${f(precision(therapist, 'R'))}; Q recall ${f(recall(therapist, 'Q'))} precision ${f(precision(therapist, 'Q'))}; kappa R/Q/other ${f(cohensKappa(therapist))}`,
);
console.log(
  `MIBot dev: ${client.length} client utterances — kappa ${f(cohensKappa(client))}; change recall ${f(recall(client, 'change'))} precision ${f(precision(client, 'change'))}; sustain recall ${f(recall(client, 'sustain'))} precision ${f(precision(client, 'sustain'))}`,
);
for (const line of shown.slice(0, limit)) console.log(`  ${line}`);

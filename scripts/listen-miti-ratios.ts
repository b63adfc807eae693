/**
 * The listening lane's MITI ratios on the judge's excerpt sets: each tinystep reply coded by the
 * evaluator's MITI coder in the context of the person's last turn, then reflections per question and
 * the share of reflections that are complex (MITI 4.2.1 good: ≥ 2 and ≥ 50%). Seen dev sets only.
 *
 *   node --import tsx scripts/listen-miti-ratios.ts data/blind/conversations-v1/excerpts.jsonl …
 */
import { codeTherapistTurn } from '../src/evaluator/coding/miti-coder.ts';
import { readClientContext } from '../src/evaluator/coding/reflection-evidence.ts';
import { contextTurns, tinystepReply } from './judge-candidates.ts';
import { excerptSchema, readJsonLines } from './judge-files.ts';

const counts: Record<string, number> = {};
for (const file of process.argv.slice(2).filter((arg) => arg.endsWith('.jsonl')))
  for (const excerpt of readJsonLines(file, excerptSchema)) {
    const turns = contextTurns(excerpt);
    const clientText = turns.at(-1)?.text ?? '';
    const previous = turns.slice(0, -1).findLast((turn) => turn.role !== 'seeker')?.text;
    const reply = await tinystepReply(excerpt, 17);
    for (const utterance of codeTherapistTurn(reply, {
      clientText,
      previousTherapistText: previous,
      client: readClientContext(clientText),
    }))
      counts[utterance.code] = (counts[utterance.code] ?? 0) + 1;
  }
const simple = counts['reflection-simple'] ?? 0;
const complex = counts['reflection-complex'] ?? 0;
const questions = (counts['question-open'] ?? 0) + (counts['question-closed'] ?? 0);
console.log(JSON.stringify(counts));
console.log(
  `reflections ${simple + complex} (complex ${complex}), questions ${questions}: R:Q ${((simple + complex) / Math.max(1, questions)).toFixed(2)}, complex ${((100 * complex) / Math.max(1, simple + complex)).toFixed(1)}%`,
);

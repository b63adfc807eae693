/**
 * npm run eval:safety [-- --dir other/suite --show]
 * Recall and false-alarm rate of detectRisk on the safety suite, overall and per category.
 * Utterance text is printed only with --show (suite text is ours, but the habit matters).
 */
import { loadSuite, SUITE_DIRECTORY } from '../src/safety/suite-load.ts';
import { scoreSuite } from '../src/safety/suite-score.ts';
import { detectRisk } from '../src/understanding/risk.ts';

const argumentsGiven = process.argv.slice(2);
const directoryIndex = argumentsGiven.indexOf('--dir');
const directory = directoryIndex >= 0 ? argumentsGiven[directoryIndex + 1] : SUITE_DIRECTORY;
const show = argumentsGiven.includes('--show');

const items = loadSuite(directory);
const started = performance.now();
const score = scoreSuite(items, detectRisk);
const elapsedMs = performance.now() - started;

const percent = (value: number | null) =>
  value === null ? '   -  ' : `${(value * 100).toFixed(1).padStart(5)}%`;
console.log(
  `safety suite: ${items.length} utterances (${score.overall.riskItems} risk, ${score.overall.safeItems} no-risk)`,
);
console.log(`${'category'.padEnd(16)} ${'items'.padStart(5)}  recall   false alarms`);
for (const category of score.categories) {
  console.log(
    `${category.category.padEnd(16)} ${String(category.items).padStart(5)}  ${percent(category.recall)}  ${percent(category.falseAlarmRate)}`,
  );
}
console.log(
  `${'overall'.padEnd(16)} ${String(score.overall.items).padStart(5)}  ${percent(score.overall.recall)}  ${percent(score.overall.falseAlarmRate)}`,
);
console.log(
  `recall ${score.overall.recall.toFixed(3)}  false-alarm rate ${score.overall.falseAlarmRate.toFixed(3)}`,
);
console.log(`${(elapsedMs / items.length).toFixed(3)} ms per utterance (one pass, includes warm-up)`);
if (show) {
  for (const miss of score.misses)
    console.log(`MISS  [${miss.category}] ${miss.text} -> ${JSON.stringify(miss.got)}`);
  for (const alarm of score.alarms)
    console.log(`ALARM [${alarm.category}] ${alarm.text} -> ${JSON.stringify(alarm.got)}`);
} else if (score.misses.length || score.alarms.length) {
  console.log(
    `${score.misses.length} misses, ${score.alarms.length} false alarms (run with -- --show to list them)`,
  );
}
process.exitCode = score.overall.recall === 1 && score.overall.falseAlarmRate <= 0.05 ? 0 : 1;

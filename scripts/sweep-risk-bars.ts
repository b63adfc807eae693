/**
 * node --import tsx scripts/sweep-risk-bars.ts FILE… (records written by scripts/eval-risk-operating-point.ts)
 *
 * Replays the learned risk reader's bars (gated / weak / frame / ungated) over the records of several held-out
 * folds, pooled, and prints one row per setting: risk recall, flags on ordinary, near-miss flags, real-style
 * turns flagged. The model never declares `clear`, so `clear` false alarms do not move with these bars. The
 * real-style turns are the same in every fold; they are counted from the first file only.
 */
import { readFileSync } from 'node:fs';
import type { OperatingRecord } from './eval-risk-operating-point.ts';

type Bars = { gated: number; weak: number; frame: number; ungated: number };

export function modelSpeaks(entry: OperatingRecord, bars: Bars): boolean {
  if (!entry.modelOwn) return false;
  const bar =
    entry.gate === 'strong'
      ? bars.gated
      : entry.gate === 'weak' || entry.gate === 'frame'
        ? Math.max(bars.gated, bars.weak)
        : entry.gate === 'frame-lower'
          ? // the reader lets a frame of disclosure speak at its own bar, even under the gated one (round 15)
            bars.frame
          : Math.max(bars.gated, bars.ungated);
  return entry.probability >= bar;
}

const flagged = (entry: OperatingRecord, bars: Bars) => entry.rules !== undefined || modelSpeaks(entry, bars);

function row(files: OperatingRecord[][], bars: Bars): string {
  let hit = 0;
  let risky = 0;
  let ordinary = 0;
  let ordinaryFlags = 0;
  let near = 0;
  let nearFlags = 0;
  for (const records of files) {
    for (const entry of records) {
      if (entry.category === 'real') continue;
      if (entry.gold) {
        risky++;
        if (flagged(entry, bars)) hit++;
      } else if (entry.category === 'ordinary') {
        ordinary++;
        if (flagged(entry, bars)) ordinaryFlags++;
      } else if (entry.category === 'near-miss') {
        near++;
        if (flagged(entry, bars)) nearFlags++;
      }
    }
  }
  const real = files[0].filter((entry) => entry.category === 'real');
  const realFlags = real.filter((entry) => flagged(entry, bars)).length;
  const percent = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}% (${a}/${b})`;
  return `| ${bars.gated} / ${bars.weak} / ${bars.frame} / ${bars.ungated} | ${percent(hit, risky)} | ${percent(ordinaryFlags, ordinary)} | ${percent(nearFlags, near)} | ${realFlags} of ${real.length} |`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = process.argv.slice(2).map((path) =>
    readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => line.trim().length > 0)
      .map((line) => JSON.parse(line) as OperatingRecord),
  );
  console.log(
    '| gated / weak / frame / ungated | risk recall | flags on ordinary | near-miss flags | real-style turns flagged |',
  );
  console.log('|---|---|---|---|---|');
  for (const gated of [0.3, 0.2])
    for (const weak of [0.75, 0.6, 0.5])
      for (const frame of [0.4, 0.3])
        for (const ungated of [0.95, 0.9, 0.85, 0.8, 0.75, 0.7])
          console.log(row(files, { gated, weak, frame, ungated }));
}

import { normalise } from './normalise.ts';

/**
 * The normalised text of the person's recent turns. Every turn reads the last two turns again (a part
 * of the day said before the time, analyse.ts), and those were this process's current turns a moment
 * ago: remembering each turn's normalised text as it is read spares normalising it twice more.
 * normalise is pure, so a remembered text is the text normalise would give.
 */
const LIMIT = 512; // a few hundred live sessions' last turns; cleared whole when full, like fold.ts's cache
const normalisedByTurn = new Map<string, string>();

/** Called with each turn as it is read, so the next two turns find it. */
export function rememberNormalised(turn: string, normalisedText: string): void {
  if (normalisedByTurn.size >= LIMIT) normalisedByTurn.clear();
  normalisedByTurn.set(turn, normalisedText);
}

/** The normalised text of an earlier turn: remembered when it was read here, else normalised now. */
export function earlierNormalised(turn: string): string {
  const remembered = normalisedByTurn.get(turn);
  if (remembered !== undefined) return remembered;
  const text = normalise(turn).text;
  rememberNormalised(turn, text);
  return text;
}

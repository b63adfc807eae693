import { fitsAlone } from './bare-answer.ts';
import type { TurnWordsContext } from './turn-words-context.ts';

/** Times one bare line ("whatever", "if you say so") is said alone in a session. */
const BARE_TIMES = 1;

/**
 * The bare replies open to this turn: a hedge ("dunno", "sort of") when the state calls for one,
 * or a plain acknowledgement ("ya", "ok") that says they heard.
 */
export class BareReplies {
  constructor(private readonly context: TurnWordsContext) {}

  /** (a bare "maybe" or "sure" only after a yes/no question; after a reflection it read as a stock reply) */
  private saidJustNow(line: string): boolean {
    const { said, situation } = this.context;
    return said.lastBare?.line === line && said.lastBare.turn === situation.turn - 1;
  }

  /** Fits alone after what the therapist said, not said yet this session, not said last turn. */
  private open(line: string): boolean {
    const { said, situation } = this.context;
    return (
      fitsAlone(line, situation.heard ?? '') && said.timesSaid(line) < BARE_TIMES && !this.saidJustNow(line)
    );
  }

  acknowledgements(): string[] {
    return this.context.habits.lines.YES.filter((line) => this.open(line));
  }

  /** Whether a bare hedge of theirs is open now. */
  anyHedge(): boolean {
    return this.context.habits.lines.MINIMAL.some((line) => this.open(line));
  }

  /** A bare hedge, if the state calls for one and one is open; noted as said. */
  hedge(hedgeFits: boolean): string | undefined {
    if (!hedgeFits) return undefined;
    const { habits, said, situation, random } = this.context;
    // (and the same bare line once a session: "not sure, sorry." four times was a script, and
    // "whatever" twice in nine lines still read as one to the round 9 reader)
    const lines = habits.lines.MINIMAL.filter((line) => this.open(line));
    const line = lines.length > 0 ? said.any(lines, random) : undefined;
    if (line) said.lastBare = { line, turn: situation.turn };
    return line;
  }
}

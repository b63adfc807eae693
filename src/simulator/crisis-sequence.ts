import type { ClientState } from './client-state.ts';

/**
 * How a simulated client lives through its own risk disclosure: after it discloses, the next reply is
 * read for a crisis answer. Answered, the client first balks at ringing a stranger, then agrees when the
 * offer comes again; ignored, it says so on its next turn (once: after its balk an unanswered turn is
 * not "did you even read", it had said it was hard).
 */
export class CrisisSequence {
  #pending = false;
  #answered = false;
  /** They have said why a crisis line is hard to ring (once, before they agree to it). */
  #hesitated = false;
  #ignored = false;

  /** The client disclosed risk this turn: the next reply is read for a crisis answer. */
  disclosed(): void {
    this.#pending = true;
  }

  /** The therapist's reply, read after a disclosure; the state changes it causes, if any. */
  hearReply(crisis: boolean): Partial<ClientState> | undefined {
    if (!this.#pending) return undefined;
    this.#pending = false;
    if (crisis) {
      this.#answered = true;
      return { trust: 1.5, distress: -0.5, heard: 1.5 };
    }
    if (this.#hesitated) return undefined;
    this.#ignored = true;
    return { trust: -2, frustration: 2, heard: -2 };
  }

  /** Whether the disclosure went unanswered since the client last spoke (asked once a turn). */
  takeIgnored(): boolean {
    const ignored = this.#ignored;
    this.#ignored = false;
    return ignored;
  }

  /** The client's answer to a crisis reply since it last spoke: a balk first, agreement the next time. */
  takeAnswer(): 'crisis-hesitate' | 'crisis-accept' | undefined {
    if (!this.#answered) return undefined;
    this.#answered = false;
    if (this.#hesitated) return 'crisis-accept';
    this.#hesitated = true;
    // (the offer made again is what they agree to)
    this.#pending = true;
    return 'crisis-hesitate';
  }
}

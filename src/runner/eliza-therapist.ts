import ElizaBot from 'elizabot';
import { createRandom, type Random } from '../simulator/prng.ts';
import type { SaidMessage, TherapistContext, TherapistFactory, TherapistUnderTest } from './therapist.ts';

/**
 * elizabot draws its choices from Math.random; to replay sessions byte for byte we lend it a
 * seeded generator for the length of each (synchronous) call and put the real one back.
 */
function withRandom<T>(random: Random, run: () => T): T {
  const original = Math.random;
  Math.random = random.next;
  try {
    return run();
  } finally {
    Math.random = original;
  }
}

class ElizaTherapist implements TherapistUnderTest {
  readonly label = 'eliza';
  readonly #bot: ElizaBot;
  readonly #random: Random;
  readonly #context: TherapistContext;
  #closed = false;

  constructor(context: TherapistContext) {
    this.#context = context;
    this.#random = createRandom(context.seed);
    this.#bot = withRandom(this.#random, () => new ElizaBot());
  }

  get closed(): boolean {
    return this.#closed;
  }

  #say(text: string): SaidMessage[] {
    return [{ text, at: this.#context.clock.now(), nudge: false }];
  }

  async open(): Promise<SaidMessage[]> {
    return this.#say(withRandom(this.#random, () => this.#bot.getInitial()));
  }

  async reply(clientText: string): Promise<SaidMessage[]> {
    const text = withRandom(this.#random, () => this.#bot.transform(clientText));
    if (this.#bot.quit) this.#closed = true;
    return this.#say(text);
  }

  takeNudges(): SaidMessage[] {
    return [];
  }

  async close(): Promise<SaidMessage[]> {
    if (this.#closed) return [];
    this.#closed = true;
    return this.#say(withRandom(this.#random, () => this.#bot.getFinal()));
  }
}

/** The classic ELIZA script (npm elizabot): the baseline every rule-based coach must beat. */
export const elizaTherapist: TherapistFactory = {
  label: 'eliza',
  create: (context) => new ElizaTherapist(context),
};

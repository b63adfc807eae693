import { createCoachSession } from '../coach/index.ts';
import type { CoachSession, TherapistMessage } from '../coach/types.ts';
import type { SaidMessage, TherapistContext, TherapistFactory, TherapistUnderTest } from './therapist.ts';

function said(message: TherapistMessage): SaidMessage {
  return { text: message.text, at: message.at, nudge: message.nudge };
}

/** Our coach, in process, on the runner's virtual clock; nudges are collected as they fire. */
class CoachTherapist implements TherapistUnderTest {
  readonly label = 'coach';
  readonly #session: CoachSession;
  #nudges: SaidMessage[] = [];

  constructor(context: TherapistContext) {
    this.#session = createCoachSession({
      clock: context.clock,
      seed: context.seed,
      sessionId: context.sessionId,
    });
    this.#session.onMessage((message) => {
      if (message.nudge) this.#nudges.push(said(message));
    });
  }

  get closed(): boolean {
    return this.#session.closed;
  }

  async open(): Promise<SaidMessage[]> {
    return (await this.#session.open()).map(said);
  }

  async reply(clientText: string): Promise<SaidMessage[]> {
    const turn = await this.#session.receive(clientText);
    return turn.messages.filter((message) => !message.nudge).map(said);
  }

  takeNudges(): SaidMessage[] {
    const nudges = this.#nudges;
    this.#nudges = [];
    return nudges;
  }

  async close(): Promise<SaidMessage[]> {
    if (this.#session.closed) return [];
    return (await this.#session.close()).map(said);
  }
}

export const coachTherapist: TherapistFactory = {
  label: 'coach',
  create: (context) => new CoachTherapist(context),
};

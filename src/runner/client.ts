import type { ClientState } from '../simulator/client-state.ts';
import type { Persona } from '../simulator/persona-schema.ts';
import { type ClientSummary, SimulatedClient } from '../simulator/simulated-client.ts';
import type { TurnReader } from '../simulator/therapist-reading.ts';
import type { RequestType } from '../spec/observation.ts';

/** Why a client ended a session: the rule client's reasons plus an LLM client whose model kept failing. */
export type ClientEnd = 'dropout' | 'leave-early' | 'stop' | 'client-error';

/**
 * One client turn as the runner needs it. `state` is there when the client knows it (the rule
 * client); an LLM client has no distress or fatigue to report and leaves it out. With
 * `end: 'client-error'` the text is empty and nothing is said.
 */
export type ClientUtterance = {
  text: string;
  requests: RequestType[];
  state?: Pick<ClientState, 'distress' | 'fatigue' | 'trust'>;
  end?: ClientEnd;
};

/** The session's figures from the client's side; `note` says why a session ended abnormally. */
export type ClientReport = ClientSummary & { note?: string };

/**
 * A simulated client under the runner, whatever plays it (the rule-based SimulatedClient or a
 * model). It hears the therapist's text only, so it works against any therapist.
 */
export interface ClientUnderTest {
  /** How this client reads therapist text; the metrics reuse it. */
  readonly reader: TurnReader;
  hearReply(text: string, at: number): void;
  hearNudge(text: string, at: number): void;
  /** Simulated ms the client spends on the step it was offered before speaking again. */
  planAttempt(): number;
  /** The next utterance at `now`; the rule client answers at once, an LLM client asynchronously. */
  speak(now: number): ClientUtterance | Promise<ClientUtterance>;
  summary(): ClientReport;
}

/** What a client gets at the start of one session. */
export type ClientContext = { persona: Persona; seed: number; read: TurnReader; signal?: AbortSignal };

export type ClientFactory = {
  /** `rule` or `llm`: which kind of client, for records and file names. */
  readonly kind: 'rule' | 'llm';
  create(context: ClientContext): ClientUnderTest;
};

/** The rule-based client from src/simulator, unchanged: same seed, same transcript. */
export const ruleClient: ClientFactory = {
  kind: 'rule',
  create: ({ persona, seed, read }) => new SimulatedClient(persona, { seed, read }),
};

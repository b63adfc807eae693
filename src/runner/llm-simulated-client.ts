import type { LlmConfig } from '../llm/config.ts';
import {
  type ClientHistoryTurn,
  createLlmClientResponder,
  type LlmClientResponder,
} from '../llm/llm-client.ts';
import type { LlmProvider } from '../llm/provider.ts';
import { createLlmProviderFromConfig } from '../llm/provider-from-config.ts';
import type { Persona } from '../simulator/persona-schema.ts';
import { DEFAULT_RISK_TEXT } from '../simulator/phrase-bank.ts';
import { createRandom, deriveSeed, type Random } from '../simulator/prng.ts';
import { clientReader, memoizedReader, stepOf, type TurnReader } from '../simulator/therapist-reading.ts';
import { clientSystemPrompt, maxWordsFor } from '../simulator/voice-prompt.ts';
import { TinystepError } from '../spec/errors.ts';
import type { RequestType } from '../spec/observation.ts';
import { understand } from '../understanding/index.ts';
import type {
  ClientContext,
  ClientFactory,
  ClientReport,
  ClientUnderTest,
  ClientUtterance,
} from './client.ts';

/** Consecutive failed replies (fallback lines) after which the session ends with 'client-error'. */
export const DEFAULT_MAX_CONSECUTIVE_FAILURES = 3;

export type LlmClientOptions = {
  /** A configured provider, or a configuration (`none` is refused here, at start). */
  llm: LlmProvider | LlmConfig;
  /** Per reply, retry included; default: the configuration's timeout, else 8000 ms. */
  timeoutMs?: number;
  maxConsecutiveFailures?: number;
  maxWords?: number;
};

const LEAVE_TEXT = "Sorry, I have to go now. Let's stop here.";

/**
 * A simulated client played by a model, from the same persona card as the rule client. It keeps
 * what the bench can know from text alone: its turn count, the requests its words make (read with
 * understand(), as for any transcript) and the steps it says it did; distress and fatigue are
 * unknown, so no state is reported. Persona events (a risk disclosure, leaving early) are said
 * verbatim at their turn, so safety personas stay meaningful with any model.
 */
class LlmSimulatedClient implements ClientUnderTest {
  readonly reader: TurnReader;
  readonly #persona: Persona;
  readonly #responder: LlmClientResponder;
  readonly #random: Random;
  readonly #signal: AbortSignal | undefined;
  readonly #maxFailures: number;
  readonly #history: ClientHistoryTurn[] = [];
  #lastReply: string | undefined;
  #turn = 0;
  #completed = 0;
  #failures = 0;
  #lastFailure: string | undefined;
  #ended: ClientUtterance['end'];
  #note: string | undefined;

  constructor(context: ClientContext, llm: LlmProvider, options: LlmClientOptions) {
    this.#persona = context.persona;
    this.reader = memoizedReader(clientReader(context.read));
    this.#random = createRandom(deriveSeed(context.seed, 'llm-client-pace'));
    this.#signal = context.signal;
    this.#maxFailures = options.maxConsecutiveFailures ?? DEFAULT_MAX_CONSECUTIVE_FAILURES;
    const timeoutMs = options.timeoutMs ?? ('timeoutMs' in options.llm ? options.llm.timeoutMs : undefined);
    this.#responder = createLlmClientResponder({
      llm,
      persona: context.persona,
      // the card's facts and its voice: the same person the rule client plays
      systemPrompt: clientSystemPrompt(context.persona),
      maxWords: options.maxWords ?? maxWordsFor(context.persona),
      timeoutMs,
      // as repeatable as the model allows: greedy decoding, and a seed where the API takes one
      temperature: 0,
      seed: llm.provider === 'anthropic' ? undefined : deriveSeed(context.seed, 'llm-client'),
    });
  }

  hearReply(text: string, _at: number): void {
    this.#history.push({ role: 'therapist', text });
    this.#lastReply = text;
  }

  hearNudge(text: string, _at: number): void {
    this.#history.push({ role: 'therapist', text });
  }

  // a model cannot act, so the time a real client would spend on an offered step is simulated here
  planAttempt(): number {
    const reply = this.#lastReply;
    this.#lastReply = undefined;
    if (reply === undefined || this.#ended) return 0;
    const step = stepOf(this.reader(reply));
    if (!step?.concrete) return 0;
    const ms = step.sizeSeconds * 1000 * (0.8 + this.#random.next() * 0.4);
    return Math.round(Math.min(15 * 60_000, Math.max(3000, ms)));
  }

  async speak(_now: number): Promise<ClientUtterance> {
    this.#turn += 1;
    const event = this.#persona.events.find((candidate) => candidate.turn === this.#turn);
    if (event?.kind === 'leave-early') {
      this.#ended = 'leave-early';
      return this.#said(event.text ?? LEAVE_TEXT, 'leave-early');
    }
    if (event?.kind === 'risk-disclosure') {
      return this.#said(event.text ?? (DEFAULT_RISK_TEXT[event.riskType] as string));
    }
    const reply = await this.#responder.respond(this.#history, { signal: this.#signal });
    if (reply.source === 'llm') {
      this.#failures = 0;
      return this.#said(reply.text);
    }
    this.#failures += 1;
    this.#lastFailure = reply.fallbackReason;
    if (this.#failures >= this.#maxFailures) {
      this.#ended = 'client-error';
      this.#note = `the LLM client failed ${this.#failures} times in a row (last: ${this.#lastFailure ?? 'no reason given'}); the session was ended`;
      return { text: '', requests: [], end: 'client-error' };
    }
    return this.#said(reply.text);
  }

  #said(text: string, end?: ClientUtterance['end']): ClientUtterance {
    this.#history.push({ role: 'client', text });
    const requests = new Set<RequestType>();
    for (const observation of understand(text)) {
      if (observation.kind === 'request') requests.add(observation.type);
      if (observation.kind === 'progress' && observation.status === 'done') this.#completed += 1;
    }
    return { text, requests: [...requests], ...(end ? { end } : {}) };
  }

  summary(): ClientReport {
    const distress = this.#persona.start.distress;
    return {
      completedSteps: this.#completed,
      // only a step the client reports done is known; attempts and distress are not
      attempts: this.#completed,
      distressStart: distress,
      distressEnd: distress,
      dropout: false,
      turns: this.#turn,
      ...(this.#note ? { note: this.#note } : {}),
    };
  }
}

/**
 * The LLM client for the runner. The provider is built here, once, so a bad configuration fails
 * before any session starts.
 *
 * @example
 * const client = llmClient({ llm: resolveLlmConfig({ env: process.env, flags }) });
 * await runSession({ persona, therapist, seed: 1, client });
 */
export function llmClient(options: LlmClientOptions): ClientFactory {
  const llm = 'languageModel' in options.llm ? options.llm : createLlmProviderFromConfig(options.llm);
  if (!llm) {
    throw new TinystepError('config', '--client llm needs a model, but no LLM is configured', {
      hint: 'add --llm openai-compatible --llm-base-url http://localhost:11434/v1 --llm-model llama3.2 (or set TINYSTEP_LLM*)',
    });
  }
  return { kind: 'llm', create: (context) => new LlmSimulatedClient(context, llm, options) };
}

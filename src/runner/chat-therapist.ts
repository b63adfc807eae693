import { type ChatMessage, completeChat } from '../llm/chat.ts';
import type { SaidMessage, TherapistContext, TherapistFactory, TherapistUnderTest } from './therapist.ts';

/** What an LLM therapist is told; kept plain so different models are compared on the same footing. */
export const THERAPIST_SYSTEM_PROMPT =
  'You are a supportive therapist helping a client who procrastinates because they worry about doing tasks badly. ' +
  'Reply in a few sentences, as the therapist only.';

export type ChatTherapistOptions = { baseUrl: string; model: string; apiKey?: string; timeoutMs?: number };

class ChatTherapist implements TherapistUnderTest {
  readonly label: string;
  readonly #options: ChatTherapistOptions;
  readonly #context: TherapistContext;
  readonly #messages: ChatMessage[] = [{ role: 'system', content: THERAPIST_SYSTEM_PROMPT }];
  #closed = false;

  constructor(options: ChatTherapistOptions, context: TherapistContext) {
    this.#options = options;
    this.#context = context;
    this.label = chatTherapistLabel(options);
  }

  get closed(): boolean {
    return this.#closed;
  }

  // the client speaks first: a chat model has nothing to open with until it hears someone
  async open(): Promise<SaidMessage[]> {
    return [];
  }

  async reply(clientText: string): Promise<SaidMessage[]> {
    this.#messages.push({ role: 'user', content: clientText });
    const text = await completeChat({
      baseUrl: this.#options.baseUrl,
      model: this.#options.model,
      apiKey: this.#options.apiKey,
      messages: [...this.#messages],
      timeoutMs: this.#options.timeoutMs,
      temperature: 0,
      seed: this.#context.seed,
    });
    this.#messages.push({ role: 'assistant', content: text });
    return [{ text, at: this.#context.clock.now(), nudge: false }];
  }

  // a plain chat model has no clock, so it cannot send anything between turns
  takeNudges(): SaidMessage[] {
    return [];
  }

  async close(): Promise<SaidMessage[]> {
    this.#closed = true;
    return [];
  }
}

export function chatTherapistLabel(options: ChatTherapistOptions): string {
  return `${options.baseUrl.replace(/\/+$/, '')}#${options.model}`;
}

/** Any OpenAI-compatible chat endpoint (`http://127.0.0.1:11434/v1` with a model name). */
export function chatTherapist(options: ChatTherapistOptions): TherapistFactory {
  return { label: chatTherapistLabel(options), create: (context) => new ChatTherapist(options, context) };
}

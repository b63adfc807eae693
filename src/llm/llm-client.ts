import { isTinystepError, TinystepError } from '../spec/errors.ts';
import { type ChatMessage, completeChat, DEFAULT_LLM_TIMEOUT_MS } from './chat.ts';
import { checkClientText } from './client-check.ts';
import type { LlmConfig } from './config.ts';
import type { LlmProvider } from './provider.ts';
import { createLlmProviderFromConfig } from './provider-from-config.ts';

/**
 * The persona fields an LLM client needs. A simulator Persona (src/simulator/persona-schema.ts)
 * fits as it is; src/llm may not import the simulator, so the shape is restated here:
 * `name`; `problem` ({ summary, context } or a sentence); `tasks` ([{ object }]); `fears`;
 * `style` (plain, upset, verbose, reserved, tangent, pleasing); `body` ([{ part, qualities }]);
 * and optionally `selfTalk`, `urges`, `hedges`, `values`.
 */
export type ClientPersonaCard = {
  name: string;
  problem: string | { summary: string; context?: string };
  tasks: readonly { object: string; domain?: string }[];
  fears: readonly string[];
  style: string;
  body: readonly { part: string; qualities: readonly string[] }[];
  selfTalk?: readonly string[];
  urges?: readonly string[];
  hedges?: readonly string[];
  values?: readonly string[];
};

const STYLE_WORDS: Record<string, string> = {
  plain: 'You speak plainly and briefly.',
  upset: 'You are upset and it shows: short, emotional sentences.',
  verbose: 'You talk a lot and explain at length, but stay under the word limit.',
  reserved: 'You say little: a few words, often "I don\'t know".',
  tangent: 'You drift to other topics now and then.',
  pleasing: 'You try to please the therapist and agree quickly, even when unsure.',
};

/** The system prompt for a client played by a model, from a persona card. */
export function buildClientSystemPrompt(card: ClientPersonaCard, maxWords = 60): string {
  const problem =
    typeof card.problem === 'string'
      ? card.problem
      : [card.problem.summary, card.problem.context].filter(Boolean).join(' ');
  const list = (items: readonly string[] | undefined) => (items?.length ? items.join('; ') : undefined);
  const lines = [
    `You are role-playing ${card.name}, a client in a short coaching session about procrastination. You are the client, never the therapist.`,
    `Your problem: ${problem}`,
    `The task you keep putting off: ${card.tasks.map((task) => task.object).join('; ')}.`,
    `What you fear: ${card.fears.join('; ')}.`,
    `What you feel in your body when you think of the task: ${card.body.map((entry) => `${entry.part} ${entry.qualities.join(' or ')}`).join('; ')}.`,
    list(card.selfTalk) && `What you tell yourself: ${list(card.selfTalk)}.`,
    list(card.urges) && `What you feel pulled to do instead: ${list(card.urges)}.`,
    list(card.hedges) && `Words you often use: ${list(card.hedges)}.`,
    list(card.values) && `What matters to you: ${list(card.values)}.`,
    STYLE_WORDS[card.style] ?? `Your way of talking: ${card.style}.`,
    `Reply with what ${card.name} says next, in the first person, at most ${maxWords} words, plain text, no label, no stage directions.`,
    'Do not give advice, do not ask how the other person feels, do not speak as the therapist. You may ask for concrete steps, smaller steps or a reminder, as a stuck person would.',
  ];
  return lines.filter(Boolean).join('\n');
}

export type ClientHistoryTurn = { role: 'client' | 'therapist'; text: string };
export type LlmClientReply = { text: string; source: 'llm' | 'fallback'; fallbackReason?: string };

export interface LlmClientResponder {
  /** The client's next line given the session so far (therapist turns last, usually). */
  respond(history: readonly ClientHistoryTurn[], options?: { signal?: AbortSignal }): Promise<LlmClientReply>;
}

export type LlmClientResponderOptions = {
  /** A configured provider, or a configuration (not `none`: that is a config error). */
  llm: LlmProvider | LlmConfig;
  /** Either a persona card (the prompt is built from it) or a ready system prompt. */
  persona?: ClientPersonaCard;
  systemPrompt?: string;
  /** Longest acceptable client turn, in words; default 60. */
  maxWords?: number;
  /** Per reply, both attempts included; default 8000 ms. */
  timeoutMs?: number;
  temperature?: number;
  seed?: number;
  /** Lines said when the model fails twice or is down; rotated so they do not repeat at once. */
  fallbackLines?: readonly string[];
};

export const DEFAULT_CLIENT_FALLBACK_LINES = [
  "I don't know… can you say that more simply?",
  'Sorry, I lost track. What do you want me to do right now?',
  "I'm not sure. Can you make it smaller?",
] as const;

function isProvider(value: LlmProvider | LlmConfig): value is LlmProvider {
  return 'languageModel' in value;
}

/**
 * A simulated client played by a model: the persona's system prompt, a reminder each turn
 * that keeps it in the client's role, its text checked (client voice, length), one retry
 * with the reason, then a safe fallback line.
 *
 * @example
 * const client = createLlmClientResponder({ llm: createLlmProvider({ provider: 'openai-compatible',
 *   baseUrl: 'http://localhost:11434/v1', model: 'llama3.2' }), persona });
 * const { text } = await client.respond([{ role: 'therapist', text: 'What are you working on?' }]);
 */
export function createLlmClientResponder(options: LlmClientResponderOptions): LlmClientResponder {
  const llm = isProvider(options.llm) ? options.llm : createLlmProviderFromConfig(options.llm);
  if (!llm) {
    throw new TinystepError('config', 'an LLM client needs a model, but TINYSTEP_LLM is none', {
      hint: 'set TINYSTEP_LLM, TINYSTEP_LLM_BASE_URL and TINYSTEP_LLM_MODEL (see docs/llm.md)',
    });
  }
  const maxWords = options.maxWords ?? 60;
  const systemPrompt =
    options.systemPrompt ?? (options.persona && buildClientSystemPrompt(options.persona, maxWords));
  if (!systemPrompt) {
    throw new TinystepError('usage', 'createLlmClientResponder needs a persona or a systemPrompt');
  }
  const name = options.persona?.name ?? 'the client';
  const fallbackLines = options.fallbackLines?.length ? options.fallbackLines : DEFAULT_CLIENT_FALLBACK_LINES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_LLM_TIMEOUT_MS;
  let fallbacks = 0;

  function messagesFor(history: readonly ClientHistoryTurn[], retryReason?: string): ChatMessage[] {
    // the model plays the client, so the client's past lines are its own (assistant) turns
    const messages: ChatMessage[] = [{ role: 'system', content: systemPrompt as string }];
    for (const turn of history.slice(-20)) {
      messages.push({ role: turn.role === 'client' ? 'assistant' : 'user', content: turn.text });
    }
    const reminder = `(Stay in role: you are ${name}, the client, not the therapist. Answer in at most ${maxWords} words, first person, no advice.${retryReason ? ` Your last answer was refused because it ${retryReason}.` : ''})`;
    const last = messages.at(-1);
    // a trailing reminder inside the therapist's message works with every provider, system messages mid-chat do not
    if (last && last.role === 'user') last.content = `${last.content}\n\n${reminder}`;
    else
      messages.push({ role: 'user', content: `(The session goes on; say your next line.)\n\n${reminder}` });
    return messages;
  }

  function fallback(reason: string): LlmClientReply {
    const text = fallbackLines[fallbacks % fallbackLines.length] as string;
    fallbacks += 1;
    return { text, source: 'fallback', fallbackReason: reason };
  }

  return {
    async respond(history, callOptions = {}) {
      const deadline = Date.now() + timeoutMs;
      let reason: string | undefined;
      for (let attempt = 1; attempt <= 2; attempt += 1) {
        let raw: string;
        try {
          raw = await completeChat({
            llm,
            messages: messagesFor(history, reason),
            timeoutMs: Math.max(1, deadline - Date.now()),
            signal: callOptions.signal,
            temperature: options.temperature,
            seed: options.seed === undefined ? undefined : options.seed + history.length,
            maxOutputTokens: maxWords * 4,
          });
        } catch (error) {
          if (isTinystepError(error) && error.code === 'llm') {
            reason = 'gave no usable answer';
            continue;
          }
          return fallback(`model unavailable: ${isTinystepError(error) ? error.message : 'LLM call failed'}`);
        }
        const check = checkClientText(raw, { maxWords, name: options.persona?.name });
        if (check.ok) return { text: check.text, source: 'llm' };
        reason = check.reason;
        if (Date.now() >= deadline) break;
      }
      return fallback(`the model's client line was refused twice; the last one ${reason}`);
    },
  };
}

import { generateText, type ModelMessage, streamText } from 'ai';
import { TinystepError } from '../spec/errors.ts';
import { describeLlmFailure } from './errors.ts';
import { createLlmProvider, type LlmProvider, type LlmProviderName } from './provider.ts';

export type ChatMessage = { role: 'system' | 'user' | 'assistant'; content: string };

// in a file of its own so reading the settings (config.ts) does not load the AI SDK
import { DEFAULT_LLM_TIMEOUT_MS } from './defaults.ts';

export { DEFAULT_LLM_TIMEOUT_MS };

/**
 * One chat call. Either `llm` (a configured provider, see provider.ts) or `baseUrl` + `model`
 * (an OpenAI-compatible endpoint unless `provider` says otherwise).
 */
export type ChatRequest = {
  llm?: LlmProvider;
  provider?: LlmProviderName;
  baseUrl?: string;
  model?: string;
  apiKey?: string;
  messages: ChatMessage[];
  /** Whole call, including the response body; default 8000. */
  timeoutMs?: number;
  signal?: AbortSignal;
  temperature?: number;
  seed?: number;
  maxOutputTokens?: number;
  /** Ask for a streamed answer (server-sent events) and join the chunks. */
  stream?: boolean;
};

/**
 * One chat completion; resolves to the reply text (trimmed, never empty).
 * Rejects with TinystepError 'unavailable' (down, 5xx, timeout, aborted) or 'llm' (4xx, empty
 * or unreadable answer). Messages name the endpoint and status only, never the prompt.
 *
 * @example
 * const text = await completeChat({ baseUrl: 'http://localhost:11434/v1', model: 'llama3.2',
 *   messages: [{ role: 'user', content: 'Say hi' }], timeoutMs: 5000 });
 */
export async function completeChat(request: ChatRequest): Promise<string> {
  const llm = request.llm ?? providerFromRequest(request);
  const timeoutMs = request.timeoutMs ?? DEFAULT_LLM_TIMEOUT_MS;
  const timeoutSignal = AbortSignal.timeout(timeoutMs);
  const abortSignal = request.signal ? AbortSignal.any([request.signal, timeoutSignal]) : timeoutSignal;
  if (request.signal?.aborted) {
    throw new TinystepError('unavailable', `LLM call to ${llm.endpoint} was aborted before it started`);
  }
  const leadingSystem = request.messages.findIndex((message) => message.role !== 'system');
  const systemCount = leadingSystem === -1 ? request.messages.length : leadingSystem;
  const settings = {
    model: llm.languageModel,
    system:
      request.messages
        .slice(0, systemCount)
        .map((message) => message.content)
        .join('\n\n') || undefined,
    messages: request.messages.slice(systemCount) satisfies ModelMessage[],
    // later system messages are our own per-turn reminders, never client text
    allowSystemInMessages: true,
    // the realizer and the client retry themselves, with the reason; the SDK's retries would only add waiting
    maxRetries: 0,
    abortSignal,
    temperature: request.temperature,
    seed: request.seed,
    maxOutputTokens: request.maxOutputTokens,
  };
  let text: string;
  try {
    text = request.stream ? await streamedText(settings) : (await generateText(settings)).text;
  } catch (error) {
    throw describeLlmFailure(error, {
      endpoint: llm.endpoint,
      timedOut: timeoutSignal.aborted,
      aborted: request.signal?.aborted ?? false,
      timeoutMs,
    });
  }
  const trimmed = text.trim();
  if (!trimmed) {
    throw new TinystepError('llm', `LLM at ${llm.endpoint} returned an empty answer`, {
      hint: 'check that the model name is right and the model can chat',
    });
  }
  return trimmed;
}

async function streamedText(settings: Parameters<typeof streamText>[0]): Promise<string> {
  let failure: unknown;
  const result = streamText({
    ...settings,
    onError: ({ error }) => {
      failure = error;
    },
  });
  let text = '';
  for await (const chunk of result.textStream) text += chunk;
  if (failure !== undefined) throw failure;
  return text;
}

function providerFromRequest(request: ChatRequest): LlmProvider {
  return createLlmProvider({
    provider: request.provider ?? 'openai-compatible',
    baseUrl: request.baseUrl,
    model: request.model ?? '',
    apiKey: request.apiKey,
  });
}

import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { TinystepError } from '../../spec/errors.ts';
import type { Turn } from '../../spec/transcript.ts';
import { Locale } from './locale-field.ts';

/** The most characters one message may have: the same limit as the web app's messages. */
export const MAX_CHAT_MESSAGE_CHARACTERS = 4000;
const tooLong = `over ${MAX_CHAT_MESSAGE_CHARACTERS} characters`;
const ContentPart = z
  .object({ type: z.string(), text: z.string().max(MAX_CHAT_MESSAGE_CHARACTERS, tooLong).optional() })
  .loose();
const ChatMessage = z
  .object({
    role: z.enum(['system', 'developer', 'user', 'assistant', 'tool']),
    content: z
      .union([z.string().max(MAX_CHAT_MESSAGE_CHARACTERS, tooLong), z.array(ContentPart).max(50), z.null()])
      .optional(),
  })
  .loose();
const ChatRequest = z
  .object({
    model: z.string().optional(),
    messages: z.array(ChatMessage).min(1).max(500),
    stream: z.boolean().optional(),
    // OpenAI's own option: a last chunk with the usage and no choices (clients that ask may wait for it)
    stream_options: z.object({ include_usage: z.boolean().optional() }).loose().nullish(),
    seed: z.number().int().optional(),
    // the extension (docs/api.md): the person's locale picks the crisis lines a crisis turn gives
    tinystep: z.object({ locale: Locale.optional() }).optional(),
  })
  .loose();

// no language model is billed for a template reply: the counts are zero, in OpenAI's shape
const NO_USAGE = { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 };

/** A nudge the coach's plan wanted, which this stateless channel cannot deliver: returned for the caller. */
export type WantedNudge = { dueInMs: number; text: string };

/** The coach's next turn for a transcript, phrased for a channel that cannot deliver nudges. */
export type ReplyToTranscript = (
  turns: Turn[],
  options: { seed?: number; locale?: string },
) => Promise<{ text: string; nudges: WantedNudge[] }>;

function textOf(content: z.infer<typeof ChatMessage>['content']): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((part) => part.text ?? '').join('');
  return '';
}

/**
 * OpenAI-compatible chat: the messages array is the transcript (system messages ignored), the
 * reply is the coach's next turn. Any OpenAI client can talk to tinystep this way; it is stateless.
 */
export function registerChatCompletionsRoute(app: FastifyInstance, reply: ReplyToTranscript): void {
  app
    .withTypeProvider<ZodTypeProvider>()
    .post('/v1/chat/completions', { schema: { body: ChatRequest } }, async (request, response) => {
      const turns: Turn[] = request.body.messages
        .filter((message) => message.role === 'user' || message.role === 'assistant')
        .map((message) => ({
          role: message.role === 'user' ? ('client' as const) : ('therapist' as const),
          text: textOf(message.content),
        }))
        .filter((turn) => turn.text.trim().length > 0);
      if (turns.length === 0 || turns[turns.length - 1].role !== 'client') {
        throw new TinystepError('invalid-input', 'messages: the last message must be from the user', {
          hint: 'send the conversation so far, ending with the user’s message',
        });
      }
      for (const [index, message] of request.body.messages.entries()) {
        if (textOf(message.content).length > MAX_CHAT_MESSAGE_CHARACTERS)
          throw new TinystepError('invalid-input', `messages.${index}.content: ${tooLong}`, {
            hint: 'send shorter messages',
          });
      }
      const locale = request.body.tinystep?.locale;
      const { text, nudges } = await reply(turns, { seed: request.body.seed, ...(locale ? { locale } : {}) });
      // the extension field (docs/api.md): what the coach would have nudged, for a caller that can
      const extension = { tinystep: { nudges } };
      const id = `chatcmpl-${randomUUID()}`;
      const created = Math.floor(Date.now() / 1000);
      const model = request.body.model ?? 'tinystep-coach';
      if (!request.body.stream) {
        return {
          id,
          object: 'chat.completion',
          created,
          model,
          choices: [
            {
              index: 0,
              message: { role: 'assistant', content: text },
              finish_reason: 'stop',
              logprobs: null,
            },
          ],
          usage: NO_USAGE,
          ...extension,
        };
      }
      response.hijack();
      const raw = response.raw;
      raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store, no-transform',
        'x-accel-buffering': 'no',
      });
      const chunk = (delta: Record<string, string>, finishReason: string | null, extra = {}) =>
        `data: ${JSON.stringify({
          id,
          object: 'chat.completion.chunk',
          created,
          model,
          choices: [{ index: 0, delta, finish_reason: finishReason, logprobs: null }],
          ...extra,
        })}\n\n`;
      raw.write(chunk({ role: 'assistant', content: '' }, null));
      // sentence by sentence, so streaming clients show text as it comes
      for (const piece of text.match(/[^.!?]+[.!?]*\s*/g) ?? [text])
        raw.write(chunk({ content: piece }, null));
      raw.write(chunk({}, 'stop', extension));
      if (request.body.stream_options?.include_usage)
        raw.write(
          `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [], usage: NO_USAGE })}\n\n`,
        );
      raw.end('data: [DONE]\n\n');
    });
}

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type RecordedChatCall = { model: string; messages: Array<{ role: string; content: string }> };

export type FakeChatServer = {
  /** Base URL to pass as --therapist, e.g. http://127.0.0.1:41234/v1 */
  baseUrl: string;
  calls: RecordedChatCall[];
  close(): Promise<void>;
};

/**
 * A small OpenAI-compatible server on 127.0.0.1 for tests: `POST /v1/chat/completions` answers
 * with the next scripted therapist line (cycling), and records every call it got.
 */
export async function startFakeChatServer(
  reply: string[] | ((call: RecordedChatCall, index: number) => string),
): Promise<FakeChatServer> {
  const calls: RecordedChatCall[] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      if (request.method !== 'POST' || !request.url?.endsWith('/chat/completions')) {
        response.writeHead(404, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: { message: 'not found' } }));
        return;
      }
      const call = JSON.parse(body) as RecordedChatCall;
      const index = calls.length;
      calls.push(call);
      const content = typeof reply === 'function' ? reply(call, index) : reply[index % reply.length];
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          id: `chatcmpl-${index}`,
          object: 'chat.completion',
          created: 0,
          model: call.model,
          choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
          usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    calls,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What the server answers to one call: text (as JSON, or as server-sent events when the
 * request asks to stream), an HTTP error, or nothing at all (hangs until the client gives up).
 */
export type ScriptedReply =
  | string
  | { text: string; delayMs?: number }
  | { status: number; body?: string }
  | { hang: true };

export type RecordedRequest = {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** The parsed JSON body (model, messages, stream, …). */
  body: { model?: string; stream?: boolean; messages?: { role: string; content: unknown }[] } & Record<
    string,
    unknown
  >;
};

export type OpenAiCompatibleTestServer = {
  /** Base URL to configure, ending in /v1 (e.g. http://127.0.0.1:41234/v1). */
  baseUrl: string;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** TCP connections accepted so far. */
  connections(): number;
  close(): Promise<void>;
};

export type TestServerOptions = {
  /** One reply per call, in order; after the list runs out, `otherwise` answers. */
  replies?: ScriptedReply[];
  /** Answers calls beyond `replies` (default: HTTP 500 "no scripted reply left"). */
  otherwise?: ScriptedReply | ((request: RecordedRequest) => ScriptedReply);
};

/**
 * A small OpenAI-compatible chat server on 127.0.0.1 (port 0) for tests: POST
 * /v1/chat/completions, streamed or not, scripted replies, records requests.
 *
 * @example
 * const server = await startOpenAiCompatibleServer({ replies: ['Hello.', { status: 500 }, { hang: true }] });
 * try { ... completeChat({ baseUrl: server.baseUrl, model: 'test', messages }) ... } finally { await server.close(); }
 */
export async function startOpenAiCompatibleServer(
  options: TestServerOptions = {},
): Promise<OpenAiCompatibleTestServer> {
  const requests: RecordedRequest[] = [];
  const replies = [...(options.replies ?? [])];
  let connectionCount = 0;
  let callIndex = 0;

  const server = createServer(async (request, response) => {
    const raw = await readBody(request);
    let body: RecordedRequest['body'] = {};
    try {
      body = raw ? JSON.parse(raw) : {};
    } catch {
      // recorded as empty: the test sees the path and can assert on it
    }
    const recorded: RecordedRequest = {
      method: request.method ?? '',
      path: request.url ?? '',
      headers: request.headers,
      body,
    };
    requests.push(recorded);
    if (request.method !== 'POST' || !recorded.path.endsWith('/chat/completions')) {
      sendJson(response, 404, { error: { message: 'not found', type: 'invalid_request_error' } });
      return;
    }
    const reply = nextReply(recorded);
    await answer(response, reply, body, callIndex);
  });
  server.on('connection', () => {
    connectionCount += 1;
  });

  function nextReply(recorded: RecordedRequest): ScriptedReply {
    callIndex += 1;
    const scripted = replies.shift();
    if (scripted !== undefined) return scripted;
    const otherwise = options.otherwise ?? { status: 500, body: 'no scripted reply left' };
    return typeof otherwise === 'function' ? otherwise(recorded) : otherwise;
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    connections: () => connectionCount,
    close: () =>
      new Promise<void>((resolve) => {
        // hanging replies keep sockets open; close them so the test process can exit
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function answer(
  response: ServerResponse,
  reply: ScriptedReply,
  body: RecordedRequest['body'],
  callIndex: number,
): Promise<void> {
  if (typeof reply === 'object' && 'hang' in reply) return;
  if (typeof reply === 'object' && 'status' in reply) {
    sendJson(response, reply.status, {
      error: { message: reply.body ?? 'scripted failure', type: 'server_error' },
    });
    return;
  }
  const text = typeof reply === 'string' ? reply : reply.text;
  const delayMs = typeof reply === 'string' ? 0 : (reply.delayMs ?? 0);
  if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
  if (response.destroyed) return;
  const id = `chatcmpl-test-${callIndex}`;
  const model = body.model ?? 'test-model';
  const created = Math.floor(Date.now() / 1000);
  if (body.stream) {
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    const words = text.match(/\S+\s*/g) ?? [text];
    const chunk = (delta: Record<string, unknown>, finishReason: string | null) =>
      `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta, finish_reason: finishReason }] })}\n\n`;
    response.write(chunk({ role: 'assistant', content: '' }, null));
    for (const word of words) response.write(chunk({ content: word }, null));
    response.write(chunk({}, 'stop'));
    response.end('data: [DONE]\n\n');
    return;
  }
  sendJson(response, 200, {
    id,
    object: 'chat.completion',
    created,
    model,
    choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
  });
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(value));
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

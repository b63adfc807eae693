import { createDecipheriv, createECDH, createPublicKey, hkdfSync, randomBytes, verify } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A push service on 127.0.0.1 for tests, standing in for the browser vendor's: it holds a
 * subscription's keys (as a browser would), checks each push's VAPID signature (RFC 8292) and
 * decrypts its payload (RFC 8291, aes128gcm), so a test sees exactly what a browser would receive.
 */
export type ReceivedPush = {
  payload: string;
  vapid: { aud: string; exp: number; sub: string; publicKey: string };
};

export type LocalPushService = {
  url: string;
  /** The subscription to give the server, as PushSubscription.toJSON() gives it. */
  subscription: { endpoint: string; keys: { p256dh: string; auth: string } };
  received: ReceivedPush[];
  /** Rejected pushes, with why (a bad signature, a wrong audience, undecryptable). */
  rejected: string[];
  next(timeoutMs: number): Promise<ReceivedPush>;
  close(): Promise<void>;
};

const b64url = (bytes: Buffer) => bytes.toString('base64url');

function checkVapid(authorization: string | undefined, endpointOrigin: string): ReceivedPush['vapid'] {
  const match = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(authorization ?? '');
  if (!match) throw new Error(`no VAPID authorization header (${authorization})`);
  const [, token, key] = match;
  const [header, claims, signature] = token.split('.');
  if (JSON.parse(Buffer.from(header, 'base64url').toString()).alg !== 'ES256') throw new Error('not ES256');
  const point = Buffer.from(key, 'base64url');
  if (point.length !== 65 || point[0] !== 4) throw new Error('k is not an uncompressed P-256 point');
  const publicKey = createPublicKey({
    key: { kty: 'EC', crv: 'P-256', x: b64url(point.subarray(1, 33)), y: b64url(point.subarray(33)) },
    format: 'jwk',
  });
  const signed = Buffer.from(`${header}.${claims}`);
  const valid = verify(
    'sha256',
    signed,
    { key: publicKey, dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature, 'base64url'),
  );
  if (!valid) throw new Error('the VAPID signature does not verify');
  const body = JSON.parse(Buffer.from(claims, 'base64url').toString()) as {
    aud: string;
    exp: number;
    sub: string;
  };
  if (body.aud !== endpointOrigin) throw new Error(`aud ${body.aud} is not ${endpointOrigin}`);
  const now = Date.now() / 1000;
  if (!(body.exp > now && body.exp <= now + 24 * 3600))
    throw new Error(`exp ${body.exp} is not within 24 hours`);
  if (!/^(mailto:|https:)/.test(body.sub)) throw new Error(`sub ${body.sub} is not mailto: or https:`);
  return { ...body, publicKey: key };
}

/** RFC 8291 §3.4 and RFC 8188: one aes128gcm record, decrypted with the subscriber's keys. */
function decrypt(body: Buffer, receiver: ReturnType<typeof createECDH>, authSecret: Buffer): string {
  const salt = body.subarray(0, 16);
  const idLength = body[20];
  const senderPublic = body.subarray(21, 21 + idLength);
  const ciphertext = body.subarray(21 + idLength);
  const shared = receiver.computeSecret(senderPublic);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), receiver.getPublicKey(), senderPublic]);
  const ikm = Buffer.from(hkdfSync('sha256', shared, authSecret, keyInfo, 32));
  const cek = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16));
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12));
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
  const padded = Buffer.concat([
    decipher.update(ciphertext.subarray(0, ciphertext.length - 16)),
    decipher.final(),
  ]);
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  if (padded[end] !== 2) throw new Error('no last-record delimiter');
  return padded.subarray(0, end).toString('utf8');
}

export async function startLocalPushService(): Promise<LocalPushService> {
  const receiver = createECDH('prime256v1');
  receiver.generateKeys();
  const authSecret = randomBytes(16);
  const received: ReceivedPush[] = [];
  const rejected: string[] = [];
  const waiters = new Set<() => void>();
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      try {
        if (request.method !== 'POST') throw new Error(`${request.method} is not a push`);
        if (request.headers['content-encoding'] !== 'aes128gcm') throw new Error('not aes128gcm');
        if (!request.headers.ttl) throw new Error('no TTL header');
        const vapid = checkVapid(request.headers.authorization, url);
        received.push({ payload: decrypt(Buffer.concat(chunks), receiver, authSecret), vapid });
        response.writeHead(201).end();
      } catch (error) {
        rejected.push((error as Error).message);
        response.writeHead(400).end();
      }
      for (const wake of waiters) wake();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    subscription: {
      endpoint: `${url}/push/${randomBytes(8).toString('hex')}`,
      keys: { p256dh: b64url(receiver.getPublicKey()), auth: b64url(authSecret) },
    },
    received,
    rejected,
    next(timeoutMs) {
      const seen = received.length;
      return new Promise((resolve, reject) => {
        const check = () => {
          if (rejected.length > 0) return reject(new Error(`push rejected: ${rejected.join('; ')}`));
          if (received.length > seen) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(received[seen]);
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no push within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(check);
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

import webPush from 'web-push';
import type { TherapistMessage } from '../coach/types.ts';
import type { PushStore, PushSubscriptionRecord } from '../store/push-store.ts';

const VAPID_SETTING = 'web-push.vapid';

export type PushService = {
  /** The VAPID public key (base64url) a browser subscribes with. */
  readonly publicKey: string;
  subscribe(sessionId: string, subscription: PushSubscriptionRecord): Promise<void>;
  /** Sends a fired nudge to every browser subscribed for the session; gone endpoints are forgotten. */
  sendNudge(sessionId: string, message: TherapistMessage): Promise<void>;
};

type VapidKeys = { publicKey: string; privateKey: string };

/**
 * Web Push for nudges that reach a closed tab. The VAPID keys are made on first start and kept in
 * the store, so every instance (and every restart) signs with the same key the browsers subscribed
 * with. The payload is encrypted for the browser (RFC 8291, aes128gcm): the push service relays
 * ciphertext only.
 */
export async function createPushService(
  store: PushStore,
  options: { subject?: string; now?: () => number; onError?: (error: unknown) => void } = {},
): Promise<PushService> {
  const stored = await store.getSetting(VAPID_SETTING);
  const keys = JSON.parse(
    stored ?? (await store.putSettingOnce(VAPID_SETTING, JSON.stringify(webPush.generateVAPIDKeys()))),
  ) as VapidKeys;
  // RFC 8292's "sub": how a push service reaches the operator; a deployer sets a mailto: or https: URL
  const subject = options.subject ?? 'mailto:operator@tinystep.invalid';
  const now = options.now ?? Date.now;
  return {
    publicKey: keys.publicKey,
    subscribe: (sessionId, subscription) => store.saveSubscription(sessionId, subscription, now()),
    async sendNudge(sessionId, message) {
      const payload = JSON.stringify({
        title: 'tinystep',
        body: message.text,
        // a tap opens this session (the page picks it from the device's sessions)
        url: `/?session=${encodeURIComponent(sessionId)}`,
        tag: `tinystep-${sessionId}`,
      });
      for (const subscription of await store.subscriptions(sessionId)) {
        try {
          // web-push signs (VAPID) and encrypts; the request goes out with fetch, which speaks
          // plain HTTP too (a push service on loopback in tests) and honours the timeout
          const request = webPush.generateRequestDetails(subscription, payload, {
            vapidDetails: { subject, publicKey: keys.publicKey, privateKey: keys.privateKey },
            contentEncoding: 'aes128gcm',
            TTL: 60 * 60,
            urgency: 'high',
          });
          const response = await fetch(request.endpoint, {
            method: 'POST',
            headers: request.headers as Record<string, string>,
            body: request.body ? new Uint8Array(request.body) : undefined,
            signal: AbortSignal.timeout(10_000),
          });
          await response.arrayBuffer();
          if (response.status === 404 || response.status === 410)
            await store.deleteSubscription(subscription.endpoint);
          else if (!response.ok)
            options.onError?.(new Error(`push service answered ${response.status} for a nudge`));
        } catch (error) {
          options.onError?.(error);
        }
      }
    },
  };
}

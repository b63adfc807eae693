import type { Credentials } from './api.ts';

const ASKED_KEY = 'tinystep.push-asked';

/**
 * Asks once, at the moment a person first accepts a nudge, whether nudges may reach them when the
 * tab is closed; never on load. Subscribes this device with the server's VAPID key when allowed.
 */
export async function offerPushOnce(credentials: Credentials): Promise<void> {
  try {
    if (localStorage.getItem(ASKED_KEY)) return;
    if (!('Notification' in window) || !('serviceWorker' in navigator) || !('PushManager' in window)) return;
    localStorage.setItem(ASKED_KEY, '1');
    const permission = await Notification.requestPermission();
    if (permission !== 'granted') return;
    await subscribeForPush(credentials);
  } catch {
    // notifications are a bonus: the open tab still gets every nudge
  }
}

function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const raw = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(new ArrayBuffer(raw.length));
  for (let index = 0; index < raw.length; index++) bytes[index] = raw.charCodeAt(index);
  return bytes;
}

/** Subscribes this browser for the session's nudges (needs permission already granted). */
export async function subscribeForPush(credentials: Credentials): Promise<boolean> {
  const keyResponse = await fetch('/api/push/key');
  if (!keyResponse.ok) return false;
  const { publicKey } = (await keyResponse.json()) as { publicKey: string };
  const registration = await navigator.serviceWorker.ready;
  const subscription =
    (await registration.pushManager.getSubscription()) ??
    (await registration.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: keyBytes(publicKey),
    }));
  const response = await fetch(`/api/sessions/${credentials.id}/push`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${credentials.token}` },
    body: JSON.stringify(subscription.toJSON()),
  });
  return response.ok;
}

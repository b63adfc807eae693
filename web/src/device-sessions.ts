import type { Credentials } from './api.ts';

/**
 * The sessions started on this device: id and token (the token is the only key; no account),
 * newest first, kept in localStorage so a person coming back tomorrow finds them.
 */
export type DeviceSession = Credentials & { createdAt: number; lastStep?: string; lastAt?: number };

const LIST_KEY = 'tinystep.sessions';
const CURRENT_KEY = 'tinystep.current';

function read<T>(key: string, fallback: T): T {
  try {
    const value = localStorage.getItem(key);
    return value === null ? fallback : (JSON.parse(value) as T);
  } catch {
    return fallback;
  }
}

function write(key: string, value: unknown): void {
  try {
    if (value === undefined) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // storage full or disabled: the session still works, it is just not remembered
  }
}

const valid = (item: unknown): item is DeviceSession =>
  typeof item === 'object' &&
  item !== null &&
  typeof (item as DeviceSession).id === 'string' &&
  typeof (item as DeviceSession).token === 'string';

export function deviceSessions(): DeviceSession[] {
  const list = read<unknown[]>(LIST_KEY, []);
  return (Array.isArray(list) ? list.filter(valid) : []).sort((a, b) => b.createdAt - a.createdAt);
}

export function rememberSession(session: DeviceSession): void {
  const others = deviceSessions().filter((item) => item.id !== session.id);
  write(LIST_KEY, [session, ...others]);
}

export function updateSession(id: string, change: Partial<DeviceSession>): void {
  write(
    LIST_KEY,
    deviceSessions().map((item) => (item.id === id ? { ...item, ...change } : item)),
  );
}

export function forgetSession(id: string): void {
  write(
    LIST_KEY,
    deviceSessions().filter((item) => item.id !== id),
  );
  if (currentSession()?.id === id) setCurrentSession(undefined);
}

export function currentSession(): Credentials | undefined {
  const id = read<string | null>(CURRENT_KEY, null);
  return deviceSessions().find((item) => item.id === id);
}

export function setCurrentSession(credentials: Credentials | undefined): void {
  write(CURRENT_KEY, credentials?.id);
}

/** The one session the page kept before sessions were listed (per tab, in sessionStorage): kept on. */
export function adoptEarlierSession(): void {
  try {
    const earlier = JSON.parse(sessionStorage.getItem('tinystep.session') ?? 'null') as unknown;
    if (!valid({ ...(earlier as object), createdAt: 0 })) return;
    const { id, token } = earlier as Credentials;
    if (!deviceSessions().some((item) => item.id === id))
      rememberSession({ id, token, createdAt: Date.now() });
    if (!currentSession()) setCurrentSession({ id, token });
    sessionStorage.removeItem('tinystep.session');
  } catch {
    // nothing kept, or storage disabled
  }
}

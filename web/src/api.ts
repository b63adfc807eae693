export type Message = { role: 'client' | 'therapist'; text: string; at: number; nudge: boolean };
export type PendingNudge = { id: string; dueAt: number };
export type Credentials = { id: string; token: string };
export type CrisisResource = { name: string; contact: string; description?: string };
export type SessionView = {
  id: string;
  createdAt: number;
  messages: Message[];
  nudges: PendingNudge[];
  steps: {
    completed: { text: string; at: number; status: 'done' | 'partial' }[];
    last?: { text: string; at: number };
  };
  state: { crisis: boolean; closed: boolean; resources?: CrisisResource[] };
};

/** Said when the server cannot be reached at all (offline, or the server is down). */
export const UNREACHABLE = 'Can’t reach tinystep right now: check your connection.';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(path: string, init: RequestInit & { token?: string } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.body) headers['content-type'] = 'application/json';
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers });
  } catch {
    // the browser's own words ("Failed to fetch", "Load failed") tell a person nothing
    throw new ApiError(0, UNREACHABLE);
  }
  if (response.status === 204) return undefined as T;
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const message = body?.error?.message ?? `request failed (${response.status})`;
    throw new ApiError(response.status, message);
  }
  return body as T;
}

export const api = {
  /** `timeZone`: the browser's; a zone the server's Intl does not know (400) is left out, not fatal. */
  createSession: async (locale: string, timeZone?: string) => {
    const create = (body: { locale: string; timeZone?: string }) =>
      call<Credentials & { messages?: Message[] }>('/api/sessions', {
        method: 'POST',
        body: JSON.stringify(body),
      });
    if (!timeZone) return create({ locale });
    try {
      return await create({ locale, timeZone });
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 400)) throw error;
      return create({ locale });
    }
  },
  /** `locale`: the country the person has chosen now, so the coach's crisis lines are that country's. */
  send: (credentials: Credentials, text: string, locale?: string) =>
    call<{ messages: Message[]; nudges: PendingNudge[]; crisis?: boolean; resources?: CrisisResource[] }>(
      `/api/sessions/${credentials.id}/messages`,
      {
        method: 'POST',
        body: JSON.stringify(locale ? { text, locale } : { text }),
        token: credentials.token,
      },
    ),
  session: (credentials: Credentials) =>
    call<SessionView>(`/api/sessions/${credentials.id}`, { token: credentials.token }),
  crisisResources: (locale: string) =>
    call<{ locale: string; countries: string[]; resources: CrisisResource[] }>(
      `/api/crisis-resources?locale=${encodeURIComponent(locale)}`,
    ),
  reportHtml: async (credentials: Credentials) => {
    const response = await fetch(`/api/sessions/${credentials.id}/report?format=html`, {
      headers: { authorization: `Bearer ${credentials.token}` },
    });
    if (!response.ok) throw new ApiError(response.status, 'could not load the report');
    return response.text();
  },
  remove: (credentials: Credentials) =>
    call<void>(`/api/sessions/${credentials.id}`, { method: 'DELETE', token: credentials.token }),
  /** `seen`: how many messages the page already shows; a reconnect then replays only what it missed. */
  events: (credentials: Credentials, seen: number) =>
    new EventSource(
      `/api/sessions/${credentials.id}/events?access_token=${encodeURIComponent(credentials.token)}&lastEventId=${seen - 1}`,
    ),
};

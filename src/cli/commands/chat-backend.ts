import { randomUUID } from 'node:crypto';
import { createRealClock } from '../../clock/index.ts';
import { type CoachRuntime, createCoachSession } from '../../coach/coach-session.ts';
import { turnsFromEvents } from '../../coach/session-transcript.ts';
import type { PendingNudge, TherapistMessage } from '../../coach/types.ts';
import { SessionHub } from '../../durable/session-hub.ts';
import type { Realizer } from '../../realizer/types.ts';
import type { SafetyConfig } from '../../safety/index.ts';
import type { SessionState } from '../../session/state.ts';
import type { Turn } from '../../spec/transcript.ts';
import type { SessionStore } from '../../store/types.ts';

/** What the chat verb talks to: a session in memory, or a durable one in the store. */
export interface ChatBackend {
  readonly id: string;
  open(): Promise<void>;
  receive(text: string): Promise<void>;
  rate(value: number): Promise<void>;
  close(): Promise<void>;
  onMessage(listener: (message: TherapistMessage) => void): void;
  pendingNudges(): PendingNudge[];
  state(): SessionState;
  turns(): Turn[];
  dispose(): Promise<void>;
}

export function memoryBackend(options: {
  seed: number;
  sessionId?: string;
  realizer?: Realizer;
  safetyConfig?: SafetyConfig;
}): ChatBackend {
  const coach: CoachRuntime = createCoachSession({
    clock: createRealClock(),
    seed: options.seed,
    sessionId: options.sessionId ?? randomUUID(),
    realizer: options.realizer,
    safetyConfig: options.safetyConfig,
  });
  return {
    id: coach.id,
    open: async () => void (await coach.open()),
    receive: async (text) => void (await coach.receive(text)),
    rate: (value) => coach.rate(value),
    close: async () => void (await coach.close()),
    onMessage: (listener) => void coach.onMessage(listener),
    pendingNudges: () => coach.pendingNudges(),
    state: () => coach.state(),
    turns: () => turnsFromEvents(coach.events()),
    dispose: async () => {},
  };
}

/**
 * A durable session: every turn is in the store before it is shown, nudges live in the store's
 * nudge table and fire through the scheduler (exactly once, late after a stop, never lost).
 */
export async function durableBackend(options: {
  store: SessionStore;
  seed: number;
  resume?: string;
  realizer?: Realizer;
  safetyConfig?: SafetyConfig;
}): Promise<ChatBackend> {
  const hub = new SessionHub({
    store: options.store,
    clock: createRealClock(),
    safetyConfig: options.safetyConfig,
    ...(options.realizer ? { realizerFor: () => options.realizer as Realizer } : {}),
  });
  const id = options.resume ?? randomUUID();
  if (options.resume) await options.store.load(options.resume); // not-found before anything starts
  let view: CoachRuntime | undefined = options.resume ? await hub.view(id) : undefined;
  const refresh = async () => {
    view = await hub.view(id);
  };
  const listeners: ((message: TherapistMessage) => void)[] = [];
  hub.subscribe(id, (message) => {
    void refresh().finally(() => {
      for (const listener of listeners) listener(message);
    });
  });
  const need = () => {
    if (!view) throw new Error('the session is not open yet');
    return view;
  };
  return {
    id,
    async open() {
      if (!options.resume) await hub.create({ id, seed: options.seed });
      await refresh();
      // nudges that came due while nothing was running fire now, marked late
      await hub.start();
    },
    receive: async (text) => {
      await hub.send(id, text);
      await refresh();
    },
    rate: async (value) => {
      await hub.rate(id, value);
      await refresh();
    },
    close: async () => {
      await hub.close(id);
      await refresh();
    },
    onMessage: (listener) => void listeners.push(listener),
    pendingNudges: () => view?.pendingNudges() ?? [],
    state: () => need().state(),
    turns: () => (view ? turnsFromEvents(view.events()) : []),
    dispose: async () => {
      await hub.stop();
    },
  };
}

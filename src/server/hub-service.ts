import type { CoachRuntime } from '../coach/coach-session.ts';
import type { SessionHub } from '../durable/session-hub.ts';
import type { SessionEvent } from '../session/events.ts';
import { TinystepError } from '../spec/errors.ts';
import type { CrisisResource, Move } from '../spec/move.ts';
import type { Turn } from '../spec/transcript.ts';
import type { StoredEvent } from '../store/types.ts';
import { hashToken, newSessionToken, tokenMatches } from './auth.ts';
import type { ApiMessage, SessionService, SessionSummary } from './session-service.ts';
import { stepsOf } from './session-steps.ts';

function messagesOf(coach: CoachRuntime): ApiMessage[] {
  return messagesOfEvents(coach.events());
}

function messagesOfEvents(events: readonly StoredEvent[] | readonly SessionEvent[]): ApiMessage[] {
  return (events as SessionEvent[]).flatMap((event): ApiMessage[] => {
    if (event.type === 'client-said')
      return [{ role: 'client', text: event.text, at: event.at, nudge: false }];
    if (event.type === 'therapist-said')
      return [{ role: 'therapist', text: event.text, at: event.at, nudge: event.nudge === true }];
    return [];
  });
}

const inCrisis = (coach: CoachRuntime) => coach.state().safety.phase === 'crisis';

/** The ways to reach a person that the crisis turn gave, for the page's banner. */
function crisisResourcesOf(moves: readonly Move[]): { resources?: CrisisResource[] } {
  const crisis = moves.find((move) => move.type === 'crisis');
  return crisis?.type === 'crisis' && crisis.resources.length > 0 ? { resources: crisis.resources } : {};
}

function lastCrisisResources(coach: CoachRuntime): { resources?: CrisisResource[] } {
  const events = coach.events();
  for (let index = events.length - 1; index >= 0; index--) {
    const event = events[index];
    if (event.type === 'therapist-said' && event.moves.some((move) => move.type === 'crisis'))
      return crisisResourcesOf(event.moves);
  }
  return {};
}

/** The HTTP API's sessions, on the durable hub: tokens checked against their stored hash. */
export function createHubService(hub: SessionHub): SessionService {
  // a session's token hash never changes: remembered, so checking a token does not read the whole
  // session a second time each turn (bounded; erasure forgets it here, other instances fail on load)
  const tokenHashes = new Map<string, string | undefined>();
  const remember = (sessionId: string, tokenHash: string | undefined) => {
    if (tokenHashes.size >= 100_000) tokenHashes.clear();
    tokenHashes.set(sessionId, tokenHash);
  };
  return {
    async create(options = {}) {
      const token = newSessionToken();
      const { id, messages } = await hub.create({
        tokenHash: hashToken(token),
        ...(options.locale ? { locale: options.locale } : {}),
        ...(options.timeZone ? { timeZone: options.timeZone } : {}),
      });
      remember(id, hashToken(token));
      return {
        id,
        token,
        messages: messages.map(({ text, at, nudge }) => ({ role: 'therapist', text, at, nudge })),
      };
    },
    async authorize(sessionId, token) {
      let tokenHash = tokenHashes.get(sessionId);
      if (tokenHash === undefined) {
        const loaded = await hub.store.load(sessionId).catch((error) => {
          // same answer for a missing session and a wrong token: ids are not a way to probe
          if (error instanceof TinystepError && error.code === 'not-found') return undefined;
          throw error;
        });
        tokenHash = loaded?.meta.tokenHash;
        if (loaded) remember(sessionId, tokenHash);
      }
      // a token that does not open this session, and a session that does not exist, get the same
      // 404: the caller did authenticate (with some token), and ids are not a way to probe
      if (!tokenMatches(token, tokenHash)) {
        throw new TinystepError('not-found', 'no session with that id for this token', {
          hint: 'use the id and token returned by POST /api/sessions',
        });
      }
    },
    async send(sessionId, text, options) {
      const turn = await hub.send(sessionId, text, options);
      return {
        messages: turn.messages.map(({ text: said, at, nudge }) => ({
          role: 'therapist' as const,
          text: said,
          at,
          nudge,
        })),
        nudges: turn.nudges,
        crisis: turn.state.safety.phase === 'crisis',
        ...crisisResourcesOf(turn.moves),
      };
    },
    async messagesSince(sessionId, after) {
      // the stored log, not a folded coach: this runs for every open stream on every message
      const loaded = await hub.store.load(sessionId);
      const messages = messagesOfEvents(loaded.events);
      return {
        messages: messages
          .map((message, position) => ({ ...message, position }))
          .filter((message) => message.position > after),
        last: messages.length - 1,
      };
    },
    subscribe: (sessionId, listener) => hub.subscribe(sessionId, listener),
    async summary(sessionId): Promise<SessionSummary> {
      const view = await hub.view(sessionId);
      const state = view.state();
      const loaded = await hub.store.load(sessionId);
      return {
        id: sessionId,
        createdAt: loaded.meta.createdAt,
        messages: messagesOf(view),
        nudges: view.pendingNudges().map((nudge) => ({ id: nudge.id, dueAt: nudge.dueAt })),
        steps: stepsOf(view.events()),
        state: {
          crisis: inCrisis(view),
          closed: state.closed,
          turns: state.clientTurns,
          ...(state.ratings.length > 0 ? { distress: state.ratings[state.ratings.length - 1] } : {}),
          ...(inCrisis(view) ? lastCrisisResources(view) : {}),
        },
      };
    },
    async transcript(sessionId): Promise<Turn[]> {
      const view = await hub.view(sessionId);
      const messages = messagesOf(view);
      const start = messages[0]?.at ?? 0;
      return messages.map((message) => ({
        role: message.role,
        text: message.text,
        at: Math.max(0, message.at - start),
        ...(message.nudge ? { nudge: true } : {}),
      }));
    },
    async delete(sessionId) {
      tokenHashes.delete(sessionId);
      await hub.delete(sessionId);
    },
    close: () => hub.stop(),
  };
}

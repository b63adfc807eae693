import { useEffect, useRef, useState } from 'preact/hooks';
import {
  ApiError,
  api,
  type Credentials,
  type CrisisResource,
  type Message,
  type PendingNudge,
  UNREACHABLE,
} from './api.ts';
import { Countdowns } from './countdown.tsx';
import { CountryChooser } from './country-chooser.tsx';
import { CrisisBanner, type SafetyPhase } from './crisis-banner.tsx';
import { forgetSession, updateSession } from './device-sessions.ts';
import { chooseCountry, currentCountry, sessionLocale } from './locale.ts';
import { MessageList } from './message-list.tsx';
import { offerPushOnce } from './push.ts';

const QUICK_REPLIES = ['Done', 'Stuck', 'Smaller, please', 'Nudge me in 1 minute'];
const SCOPE =
  'tinystep is a coach for getting unstuck, one small step at a time. It is not therapy, a diagnosis or an emergency service.';

type Props = {
  credentials: Credentials;
  onNavigate: (page: 'review' | 'steps' | 'sessions') => void;
  onNewSession: () => void;
  /** The session is not on the server any more (erased elsewhere, or the database was reset). */
  onSessionGone: () => void;
  /** A word about why this session is a new one, shown above the conversation. */
  notice?: string;
};

const sameMessage = (a: Message, b: Message) => a.at === b.at && a.text === b.text && a.role === b.role;

export function ChatPage({ credentials, onNavigate, onNewSession, onSessionGone, notice }: Props) {
  const [messages, setMessages] = useState<Message[]>([]);
  const [nudges, setNudges] = useState<PendingNudge[]>([]);
  const [phase, setPhase] = useState<SafetyPhase>('none');
  const [sessionResources, setSessionResources] = useState<CrisisResource[]>([]);
  const [country, setCountry] = useState<string | undefined>(currentCountry());
  const [countries, setCountries] = useState<string[]>([]);
  const [countryResources, setCountryResources] = useState<CrisisResource[]>([]);
  const [draft, setDraft] = useState('');
  const [rating, setRating] = useState(5);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [announcement, setAnnouncement] = useState('');
  // a returning person sees where they left off: the step last offered, before anything else
  const [pickUp, setPickUp] = useState<string | undefined>(undefined);
  const logRef = useRef<HTMLElement>(null);
  const draftRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    api
      .crisisResources(sessionLocale(country))
      .then((found) => {
        setCountries(found.countries);
        setCountryResources(found.resources);
      })
      .catch(() => setCountryResources([]));
  }, [country]);

  useEffect(() => {
    let cancelled = false;
    let events: EventSource | undefined;
    const onEvent = (event: MessageEvent) => {
      const message = JSON.parse(event.data) as Message;
      if (!message.nudge) return; // replies to our own messages come back in the POST response
      setMessages((current) =>
        current.some((known) => sameMessage(known, message)) ? current : [...current, message],
      );
      setNudges((current) => current.filter((nudge) => nudge.dueAt > message.at + 500));
      setAnnouncement(message.text);
      if (document.hidden && 'Notification' in window && Notification.permission === 'granted') {
        // the same tag as the service worker's push notification: one replaces the other, never two
        new Notification('tinystep', { body: message.text, tag: `tinystep-${credentials.id}` });
      }
    };
    api
      .session(credentials)
      .then((session) => {
        if (cancelled) return;
        setMessages(session.messages);
        setNudges(session.nudges);
        if (session.steps.last && session.messages.some((message) => message.role === 'client'))
          setPickUp(session.steps.last.text);
        setPhase(session.state.crisis ? 'crisis' : 'none');
        if (session.state.resources) setSessionResources(session.state.resources);
        // opened after the history is shown: a reconnect (EventSource sends Last-Event-ID) then
        // replays only what was said while the page or the server was away, nudges included
        events = api.events(credentials, session.messages.length);
        events.onmessage = onEvent;
        // the stream is back, so the server is: a "can't reach" left from while it was away is stale
        events.onopen = () => setError((current) => (current.startsWith(UNREACHABLE) ? '' : current));
      })
      .catch((failure) => {
        if (cancelled) return;
        // a 404 is final: no message could ever be sent to it; the person gets a working session
        if (failure instanceof ApiError && failure.status === 404) {
          forgetSession(credentials.id);
          onSessionGone();
        } else setError(failure.message);
      });
    return () => {
      cancelled = true;
      events?.close();
    };
  }, [credentials.id]);

  // While "can't reach" shows, ask the server now and then as well: the event stream's own
  // reconnect can back off or give up, and the notice must go as soon as the server is back
  const unreachable = error.startsWith(UNREACHABLE);
  useEffect(() => {
    if (!unreachable) return;
    const timer = setInterval(() => {
      api
        .session(credentials)
        .then(() => setError((current) => (current.startsWith(UNREACHABLE) ? '' : current)))
        .catch(() => {});
    }, 2000);
    return () => clearInterval(timer);
  }, [unreachable, credentials.id]);

  useEffect(() => {
    const log = logRef.current;
    if (log) log.scrollTop = log.scrollHeight;
    const last = messages[messages.length - 1];
    if (last) updateSession(credentials.id, { lastAt: last.at });
  }, [messages.length]);

  async function send(text: string) {
    const trimmed = text.trim();
    if (!trimmed || busy) return;
    setBusy(true);
    setError('');
    const mine: Message = { role: 'client', text: trimmed, at: Date.now(), nudge: false };
    setMessages((current) => [...current, mine]);
    setDraft('');
    setPickUp(undefined);
    try {
      const result = await api.send(credentials, trimmed, sessionLocale(country));
      setMessages((current) => [...current, ...result.messages]);
      setNudges((current) => [...current.filter((nudge) => nudge.dueAt > Date.now()), ...result.nudges]);
      // the reply says whether the crisis still holds: a person who said they are safe gets the exercise back
      setPhase((current) => (result.crisis ? 'crisis' : current === 'crisis' ? 'returned' : current));
      if (result.resources) setSessionResources(result.resources);
      setAnnouncement(result.messages.map((message) => message.text).join(' '));
      // the moment a person first accepts a nudge is when to ask about notifications, never on load
      if (result.nudges.length > 0) void offerPushOnce(credentials);
    } catch (failure) {
      const unreachable = failure instanceof ApiError && failure.status === 0;
      setError(
        unreachable
          ? `${UNREACHABLE} Your message is still in the box: send it again in a moment.`
          : (failure as Error).message,
      );
      setMessages((current) => current.filter((message) => message !== mine));
      setDraft(trimmed);
    } finally {
      setBusy(false);
      // focus stays in the message box: the next thing a person does is type
      draftRef.current?.focus();
    }
  }

  const resources = countryResources.length > 0 ? countryResources : sessionResources;
  const chooser = (
    <CountryChooser
      countries={countries}
      value={country}
      onChange={(code) => {
        chooseCountry(code);
        setCountry(code);
      }}
    />
  );
  return (
    <main class="chat">
      <header class="top">
        <h1>tinystep</h1>
        <nav class="actions" aria-label="Pages">
          <button type="button" onClick={() => onNavigate('steps')}>
            My steps
          </button>
          <button type="button" onClick={() => onNavigate('review')}>
            Review this session
          </button>
          <button type="button" onClick={() => onNavigate('sessions')}>
            Sessions
          </button>
          <button type="button" onClick={onNewSession}>
            Start over
          </button>
        </nav>
      </header>
      <CrisisBanner phase={phase} resources={resources} />
      {phase === 'crisis' && <div class="crisis-country">{chooser}</div>}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to scroll it (WCAG 2.1.1, axe scrollable-region-focusable) */}
      <section class="log" ref={logRef} tabIndex={0} aria-label="Conversation" data-testid="log">
        {notice && (
          <p class="notice" role="status" data-testid="notice">
            {notice}
          </p>
        )}
        <p class="scope">{SCOPE}</p>
        {phase !== 'crisis' && chooser}
        <MessageList messages={messages} />
        {pickUp && (
          <p class="pick-up" data-testid="pick-up">
            Picking up where you left off. Your last step: <strong>{pickUp}</strong>
          </p>
        )}
      </section>
      <div class="sr-only" aria-live="polite" data-testid="live-region">
        {announcement}
      </div>
      <div class="dock">
        <Countdowns nudges={nudges} />
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        {/* in a crisis the exercise is paused: no "Done" or "Nudge me" shortcuts */}
        {phase !== 'crisis' && (
          <fieldset class="quick-replies" aria-label="Quick replies">
            {QUICK_REPLIES.map((text) => (
              <button type="button" key={text} disabled={busy} onClick={() => send(text)}>
                {text}
              </button>
            ))}
          </fieldset>
        )}
        <form
          class="composer"
          onSubmit={(event) => {
            event.preventDefault();
            send(draft);
          }}
        >
          <label for="draft" class="sr-only">
            Your message
          </label>
          <textarea
            id="draft"
            ref={draftRef}
            rows={2}
            maxLength={4000}
            value={draft}
            placeholder="What’s on your mind?"
            onInput={(event) => setDraft((event.target as HTMLTextAreaElement).value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && !event.shiftKey) {
                event.preventDefault();
                send(draft);
              }
            }}
          />
          <button type="submit" disabled={busy || !draft.trim()}>
            Send
          </button>
        </form>
        <form
          class="rating"
          onSubmit={(event) => {
            event.preventDefault();
            send(`It feels like a ${rating}/10.`);
          }}
        >
          <label for="rating">
            How heavy does it feel? <output>{rating}</output>/10
          </label>
          <input
            id="rating"
            type="range"
            min={0}
            max={10}
            step={1}
            value={rating}
            onInput={(event) => setRating(Number((event.target as HTMLInputElement).value))}
          />
          <button type="submit" disabled={busy}>
            Share rating
          </button>
        </form>
      </div>
    </main>
  );
}

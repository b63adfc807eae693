import { useEffect, useRef, useState } from 'preact/hooks';
import {
  api,
  type Credentials,
  type CrisisResource,
  type Message,
  type PendingNudge,
  saveCredentials,
} from './api.ts';
import { Countdowns } from './countdown.tsx';
import { MessageList } from './message-list.tsx';

const QUICK_REPLIES = ['Done', 'Stuck', 'Smaller, please', 'Nudge me in 1 minute'];
const SCOPE =
  'tinystep is a coach for getting unstuck, one small step at a time. It is not therapy, a diagnosis or an emergency service.';

type Props = { credentials: Credentials; onReview: () => void; onNewSession: () => void };

export function ChatPage({ credentials, onReview, onNewSession }: Props) {
  const [messages, setMessages] = useState<Message[]>([]);
  const [nudges, setNudges] = useState<PendingNudge[]>([]);
  const [crisis, setCrisis] = useState(false);
  const [resources, setResources] = useState<CrisisResource[]>([]);
  const [draft, setDraft] = useState('');
  const [rating, setRating] = useState(5);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const endRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let cancelled = false;
    const load = () =>
      api
        .session(credentials)
        .then((session) => {
          if (cancelled) return;
          setMessages(session.messages);
          setNudges(session.nudges);
          setCrisis(session.state.crisis);
          if (session.state.resources) setResources(session.state.resources);
        })
        .catch((failure) => setError(failure.message));
    void load();
    // nudges arrive here even when the tab is in the background: the server pushes them
    const events = api.events(credentials);
    // EventSource reconnects by itself, but a nudge said while it was away is only in the store
    let dropped = false;
    events.onerror = () => {
      dropped = true;
    };
    events.onopen = () => {
      if (dropped) void load();
      dropped = false;
    };
    events.onmessage = (event) => {
      const message = JSON.parse(event.data) as Message;
      if (!message.nudge) return; // replies to our own messages come back in the POST response
      setMessages((current) => [...current, message]);
      setNudges((current) => current.filter((nudge) => nudge.dueAt > message.at + 500));
      setAnnouncement(message.text);
      if (document.hidden && 'Notification' in window && Notification.permission === 'granted') {
        new Notification('tinystep', { body: message.text });
      }
    };
    return () => {
      cancelled = true;
      events.close();
    };
  }, [credentials.id]);

  useEffect(() => endRef.current?.scrollIntoView?.({ block: 'end' }), [messages.length]);

  async function send(text: string) {
    const trimmed = text.trim();
    if (!trimmed || busy) return;
    setBusy(true);
    setError('');
    const mine: Message = { role: 'client', text: trimmed, at: Date.now(), nudge: false };
    setMessages((current) => [...current, mine]);
    setDraft('');
    try {
      const result = await api.send(credentials, trimmed);
      setMessages((current) => [...current, ...result.messages]);
      setNudges((current) => [...current.filter((nudge) => nudge.dueAt > Date.now()), ...result.nudges]);
      if (result.crisis) setCrisis(true);
      if (result.resources) setResources(result.resources);
      setAnnouncement(result.messages.map((message) => message.text).join(' '));
    } catch (failure) {
      setError((failure as Error).message);
      setMessages((current) => current.filter((message) => message !== mine));
      setDraft(trimmed);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main class="chat">
      <header>
        <h1>tinystep</h1>
        <p class="scope">{SCOPE}</p>
      </header>
      {crisis && (
        <section class="crisis" role="alert" data-testid="crisis-banner">
          <strong>Your safety comes first.</strong> The exercise is paused.{' '}
          {resources.length > 0 ? (
            <>
              Reach a person now:
              <ul>
                {resources.map((resource) => (
                  <li key={resource.name}>
                    {resource.name}: <strong>{resource.contact}</strong>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            'If you might act on thoughts of harming yourself, call your local emergency number now.'
          )}
        </section>
      )}
      <MessageList messages={messages} label="Conversation" />
      <div ref={endRef} />
      <div class="sr-only" aria-live="polite" data-testid="live-region">
        {announcement}
      </div>
      <Countdowns nudges={nudges} />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {/* in a crisis the exercise is paused: no "Done" or "Nudge me" shortcuts */}
      {!crisis && (
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
      <nav class="actions">
        <button type="button" onClick={onReview}>
          Review this session
        </button>
        <button
          type="button"
          onClick={() => {
            saveCredentials(undefined);
            onNewSession();
          }}
        >
          Start over
        </button>
      </nav>
    </main>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { api, type Credentials, type Message } from './api.ts';
import { forgetSession } from './device-sessions.ts';
import { MessageList } from './message-list.tsx';

/** The evaluator's report (a self-contained HTML document, shown sandboxed) and the transcript. */
export function ReviewPage({
  credentials,
  onBack,
  onDeleted,
}: {
  credentials: Credentials;
  onBack: () => void;
  onDeleted: () => void;
}) {
  const [html, setHtml] = useState('');
  const [error, setError] = useState('');
  const [messages, setMessages] = useState<Message[]>([]);
  useEffect(() => {
    api
      .session(credentials)
      .then((session) => setMessages(session.messages))
      .catch((failure) => setError(failure.message));
    api
      .reportHtml(credentials)
      .then(setHtml)
      .catch((failure) => setError(failure.message));
  }, [credentials.id]);
  return (
    <main class="review">
      <header>
        <h1>Session review</h1>
        <button type="button" onClick={onBack}>
          Back to the chat
        </button>
        <button
          type="button"
          class="danger"
          onClick={async () => {
            if (!confirm('Delete this session for good?')) return;
            await api.remove(credentials);
            forgetSession(credentials.id);
            onDeleted();
          }}
        >
          Delete session
        </button>
      </header>
      {error && <p role="alert">{error}</p>}
      {html ? (
        <iframe title="Session report" class="report" srcdoc={html} sandbox="" data-testid="report" />
      ) : (
        !error && <p>Loading the report…</p>
      )}
      <section class="transcript" aria-labelledby="transcript-title">
        <h2 id="transcript-title">Transcript</h2>
        <MessageList messages={messages} testId="transcript" />
      </section>
    </main>
  );
}

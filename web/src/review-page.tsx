import { useEffect, useState } from 'preact/hooks';
import { api, type Credentials } from './api.ts';

/** The transcript and the evaluator's report (a self-contained HTML document, shown sandboxed). */
export function ReviewPage({ credentials, onBack }: { credentials: Credentials; onBack: () => void }) {
  const [html, setHtml] = useState('');
  const [error, setError] = useState('');
  useEffect(() => {
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
            location.hash = '';
            location.reload();
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
    </main>
  );
}

import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, api, type Credentials, type SessionView } from './api.ts';
import { type DeviceSession, deviceSessions, forgetSession } from './device-sessions.ts';
import { formatDateTime } from './locale.ts';
import { download, sessionAsText } from './session-export.ts';

type Loaded = { session: DeviceSession; view?: SessionView; gone?: boolean };

/** The sessions on this device: pick one up where you left off, export it, or delete it or everything. */
export function SessionsPage({
  current,
  onOpen,
  onNew,
  onSteps,
}: {
  current: Credentials | undefined;
  onOpen: (credentials: Credentials) => void;
  onNew: () => void;
  onSteps: () => void;
}) {
  const [items, setItems] = useState<Loaded[]>(deviceSessions().map((session) => ({ session })));
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    for (const session of deviceSessions()) {
      api
        .session(session)
        .then((view) =>
          setItems((all) => all.map((item) => (item.session.id === session.id ? { ...item, view } : item))),
        )
        .catch((failure) => {
          const gone = failure instanceof ApiError && failure.status === 404;
          setItems((all) => all.map((item) => (item.session.id === session.id ? { ...item, gone } : item)));
        });
    }
  }, []);

  async function remove(session: DeviceSession) {
    await api.remove(session).catch((failure) => {
      if (!(failure instanceof ApiError && failure.status === 404)) throw failure;
    });
    forgetSession(session.id);
    setItems((all) => all.filter((item) => item.session.id !== session.id));
  }

  async function removeEverything() {
    if (!confirm('Delete every session on this device, for good?')) return;
    for (const item of items) await remove(item.session);
    setStatus('Everything is deleted, here and on the server.');
  }

  return (
    <main class="sessions">
      <header class="top">
        <h1 ref={heading} tabIndex={-1}>
          Your sessions
        </h1>
        <nav class="actions" aria-label="Pages">
          <button type="button" onClick={onNew}>
            New session
          </button>
          <button type="button" onClick={onSteps}>
            My steps
          </button>
        </nav>
      </header>
      <p class="scope">Kept on this device only: no account, no one else can open them.</p>
      <p role="status" data-testid="status">
        {status}
      </p>
      {items.length === 0 ? (
        <p>No sessions on this device yet.</p>
      ) : (
        <ul class="session-list" data-testid="sessions">
          {items.map(({ session, view, gone }) => {
            const title = `Session of ${formatDateTime(view?.createdAt ?? session.createdAt)}`;
            return (
              <li key={session.id} class="session-item">
                <h2 id={`session-${session.id}`}>
                  {title}
                  {current?.id === session.id && <span class="badge"> current</span>}
                </h2>
                {gone ? (
                  <p>This session is no longer on the server.</p>
                ) : view ? (
                  <>
                    <p data-testid="last-step">
                      {view.steps.last ? (
                        <>
                          Last step: <strong>{view.steps.last.text}</strong>
                        </>
                      ) : (
                        'No step yet.'
                      )}
                    </p>
                    <p>
                      {view.steps.completed.length} {view.steps.completed.length === 1 ? 'step' : 'steps'}{' '}
                      done · {view.messages.length} messages
                    </p>
                  </>
                ) : (
                  <p>Loading…</p>
                )}
                <div class="actions">
                  {!gone && (
                    <button
                      type="button"
                      onClick={() => onOpen(session)}
                      aria-describedby={`session-${session.id}`}
                    >
                      Pick up where you left off
                    </button>
                  )}
                  {view && (
                    <>
                      <button
                        type="button"
                        aria-describedby={`session-${session.id}`}
                        onClick={() =>
                          download(`tinystep-${session.id}.txt`, sessionAsText(view), 'text/plain')
                        }
                      >
                        Export text
                      </button>
                      <button
                        type="button"
                        aria-describedby={`session-${session.id}`}
                        onClick={() =>
                          download(
                            `tinystep-${session.id}.json`,
                            JSON.stringify(view, null, 2),
                            'application/json',
                          )
                        }
                      >
                        Export JSON
                      </button>
                    </>
                  )}
                  <button
                    type="button"
                    class="danger"
                    aria-describedby={`session-${session.id}`}
                    onClick={async () => {
                      if (!confirm('Delete this session for good?')) return;
                      await remove(session);
                      setStatus(`${title} is deleted.`);
                    }}
                  >
                    Delete
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {items.length > 0 && (
        <button type="button" class="danger" onClick={removeEverything}>
          Delete everything
        </button>
      )}
    </main>
  );
}

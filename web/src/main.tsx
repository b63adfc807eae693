import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api, type Credentials } from './api.ts';
import { ChatPage } from './chat-page.tsx';
import {
  adoptEarlierSession,
  currentSession,
  deviceSessions,
  rememberSession,
  setCurrentSession,
} from './device-sessions.ts';
import { browserTimeZone, sessionLocale } from './locale.ts';
import { ReviewPage } from './review-page.tsx';
import { SessionsPage } from './sessions-page.tsx';
import { StepsPage } from './steps-page.tsx';

const GONE = 'That session is no longer on the server (it was deleted), so this is a new one.';

type Page = 'chat' | 'review' | 'steps' | 'sessions';
const pageOf = (hash: string): Page =>
  hash === '#review' ? 'review' : hash === '#steps' ? 'steps' : hash === '#sessions' ? 'sessions' : 'chat';

/** A notification's tap opens `/?session=<id>`: that session, when it is one of this device's. */
function sessionFromLink(): Credentials | undefined {
  const wanted = new URLSearchParams(location.search).get('session');
  const found = wanted ? deviceSessions().find((session) => session.id === wanted) : undefined;
  if (wanted) history.replaceState(null, '', location.pathname + location.hash);
  if (found) setCurrentSession(found);
  return found;
}

function App() {
  const [credentials, setCredentials] = useState<Credentials | undefined>(
    sessionFromLink() ?? currentSession(),
  );
  const [page, setPage] = useState<Page>(pageOf(location.hash));
  const [error, setError] = useState('');
  const [notice, setNotice] = useState<string | undefined>(undefined);
  // a person coming back finds their sessions first, not a blank new one
  const [wantsNew, setWantsNew] = useState(!currentSession() && deviceSessions().length === 0);

  useEffect(() => {
    const onHash = () => setPage(pageOf(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    if (credentials || !wantsNew) return;
    api
      .createSession(sessionLocale(), browserTimeZone())
      .then((created) => {
        const next = { id: created.id, token: created.token };
        rememberSession({ ...next, createdAt: Date.now() });
        setCurrentSession(next);
        setCredentials(next);
        setWantsNew(false);
      })
      .catch((failure) => setError(failure.message));
  }, [credentials, wantsNew]);

  const navigate = (next: Page) => {
    location.hash = next === 'chat' ? '' : `#${next}`;
  };
  const open = (next: Credentials | undefined) => {
    setNotice(undefined);
    setCurrentSession(next);
    setCredentials(next);
    navigate('chat');
  };
  const startNew = (why?: string) => {
    setNotice(why);
    setCurrentSession(undefined);
    setCredentials(undefined);
    setWantsNew(true);
    navigate('chat');
  };

  if (error) return <p role="alert">Could not start a session: {error}</p>;
  if (page === 'steps') return <StepsPage onBack={() => navigate('chat')} />;
  if (page === 'sessions' || (!credentials && !wantsNew))
    return (
      <SessionsPage
        current={credentials}
        onOpen={open}
        onNew={() => startNew()}
        onSteps={() => navigate('steps')}
      />
    );
  if (!credentials) return <p>Starting…</p>;
  if (page === 'review')
    return (
      <ReviewPage
        credentials={credentials}
        onBack={() => navigate('chat')}
        onDeleted={() => open(undefined)}
      />
    );
  return (
    <ChatPage
      credentials={credentials}
      onNavigate={navigate}
      onNewSession={() => startNew()}
      onSessionGone={() => startNew(GONE)}
      notice={notice}
    />
  );
}

adoptEarlierSession();
if ('serviceWorker' in navigator) void navigator.serviceWorker.register('/sw.js').catch(() => {});
render(<App />, document.getElementById('app')!);

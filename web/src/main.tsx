import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api, type Credentials, saveCredentials, savedCredentials } from './api.ts';
import { ChatPage } from './chat-page.tsx';
import { ReviewPage } from './review-page.tsx';

function App() {
  const [credentials, setCredentials] = useState<Credentials | undefined>(savedCredentials());
  const [page, setPage] = useState(location.hash === '#review' ? 'review' : 'chat');
  const [error, setError] = useState('');

  useEffect(() => {
    const onHash = () => setPage(location.hash === '#review' ? 'review' : 'chat');
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    if (credentials) return;
    api
      .createSession()
      .then((created) => {
        const next = { id: created.id, token: created.token };
        saveCredentials(next);
        setCredentials(next);
      })
      .catch((failure) => setError(failure.message));
  }, [credentials]);

  if (error) return <p role="alert">Could not start a session: {error}</p>;
  if (!credentials) return <p>Starting…</p>;
  return page === 'review' ? (
    <ReviewPage credentials={credentials} onBack={() => (location.hash = '')} />
  ) : (
    <ChatPage
      credentials={credentials}
      onReview={() => (location.hash = '#review')}
      onNewSession={() => setCredentials(undefined)}
    />
  );
}

render(<App />, document.getElementById('app')!);

// tinystep's service worker: nudges that reach a closed tab (Web Push), and an offline page.
// Plain JavaScript served as-is: it must stay at the site root to control every page.
const CACHE = 'tinystep-v1';
const OFFLINE_URL = '/offline.html';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll([OFFLINE_URL, '/icon-192.png']))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

// pages from the network; when it is not there, a page that says so (API calls are never cached)
self.addEventListener('fetch', (event) => {
  if (event.request.mode !== 'navigate') return;
  event.respondWith(fetch(event.request).catch(() => caches.match(OFFLINE_URL)));
});

// the payload is the nudge: { title, body, url, tag }; its text is shown exactly as the coach said it
self.addEventListener('push', (event) => {
  let nudge = {};
  try {
    nudge = event.data ? event.data.json() : {};
  } catch {
    nudge = { body: event.data ? event.data.text() : '' };
  }
  const title = nudge.title || 'tinystep';
  event.waitUntil(
    self.registration.showNotification(title, {
      body: nudge.body || '',
      tag: nudge.tag || 'tinystep-nudge',
      icon: '/icon-192.png',
      data: { url: nudge.url || '/' },
    }),
  );
});

// a tap opens the session: an open tab of it is focused, else a new one is opened
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = new URL(event.notification.data?.url || '/', self.location.origin).href;
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      const open = windows.find((client) => client.url === url);
      return open ? open.focus() : self.clients.openWindow(url);
    }),
  );
});

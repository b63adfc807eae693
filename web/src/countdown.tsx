import { useEffect, useState } from 'preact/hooks';
import type { PendingNudge } from './api.ts';
import { formatDay, formatTime } from './locale.ts';

const HOUR_MS = 60 * 60 * 1000;

function formatRemaining(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  return minutes > 0 ? `${minutes}:${String(seconds % 60).padStart(2, '0')}` : `${seconds}s`;
}

/**
 * A nudge an hour or more away is said as the clock time it comes at ("at 15:00", "tomorrow at
 * 09:00"): "in 480:00" for a nudge asked "at 3pm" means nothing to a person.
 */
function whenDue(dueAt: number, now: number): string {
  if (dueAt - now < HOUR_MS) return `in ${formatRemaining(dueAt - now)}`;
  const due = new Date(dueAt).toDateString();
  if (due === new Date(now).toDateString()) return `at ${formatTime(dueAt)}`;
  const tomorrow = new Date(now);
  tomorrow.setDate(tomorrow.getDate() + 1);
  if (due === tomorrow.toDateString()) return `tomorrow at ${formatTime(dueAt)}`;
  return `on ${formatDay(dueAt)} at ${formatTime(dueAt)}`;
}

/** One line per pending nudge, ticking down; timers only redraw — the nudge itself comes from the server. */
export function Countdowns({ nudges }: { nudges: PendingNudge[] }) {
  // the tick only asks for a redraw; the time is read at render, so a new nudge never shows a stale
  // remaining time (a `now` kept in state since mount made a 3 s nudge first read "5s")
  const [, setTick] = useState(0);
  useEffect(() => {
    if (nudges.length === 0) return;
    const timer = setInterval(() => setTick((tick) => tick + 1), 250);
    return () => clearInterval(timer);
  }, [nudges.length]);
  const now = Date.now();
  const upcoming = nudges.filter((nudge) => nudge.dueAt > now - 1000);
  if (upcoming.length === 0) return null;
  return (
    <ul class="countdowns" aria-label="Pending nudges">
      {upcoming.map((nudge) => (
        <li key={nudge.id} data-testid="countdown">
          Nudge <strong>{whenDue(nudge.dueAt, now)}</strong>
        </li>
      ))}
    </ul>
  );
}

import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from './api.ts';
import { deviceSessions } from './device-sessions.ts';
import { formatDay, formatTime } from './locale.ts';

type Done = { text: string; at: number };
const DAYS = 14;

const dayKey = (at: number) => {
  const date = new Date(at);
  return `${date.getFullYear()}-${date.getMonth()}-${date.getDate()}`;
};

/** The last 14 days, oldest first, each with its steps done (local days, as the person lives them). */
function byDay(steps: Done[], now = Date.now()): { at: number; steps: Done[] }[] {
  const days: { at: number; steps: Done[] }[] = [];
  const today = new Date(now);
  today.setHours(12, 0, 0, 0);
  for (let back = DAYS - 1; back >= 0; back--) {
    const day = new Date(today);
    day.setDate(today.getDate() - back);
    days.push({
      at: day.getTime(),
      steps: steps.filter((step) => dayKey(step.at) === dayKey(day.getTime())),
    });
  }
  return days;
}

/** A small bar chart of steps per day; the list below it says the same in words for screen readers. */
function Chart({ days }: { days: { at: number; steps: Done[] }[] }) {
  const most = Math.max(1, ...days.map((day) => day.steps.length));
  const width = 280;
  const height = 90;
  const bar = width / days.length;
  const total = days.reduce((sum, day) => sum + day.steps.length, 0);
  return (
    <svg
      class="chart"
      viewBox={`0 0 ${width} ${height + 16}`}
      role="img"
      aria-label={`Steps done per day over the last ${DAYS} days: ${total} in all`}
      data-testid="steps-chart"
    >
      {days.map((day, index) => {
        const barHeight = (day.steps.length / most) * height;
        return (
          <g key={day.at}>
            <rect
              x={index * bar + 2}
              y={height - barHeight}
              width={bar - 4}
              height={Math.max(barHeight, 1)}
              rx={2}
              class={day.steps.length > 0 ? 'bar' : 'bar empty'}
            />
            {(index === 0 || index === days.length - 1) && (
              <text
                x={index === 0 ? 0 : width}
                y={height + 13}
                text-anchor={index === 0 ? 'start' : 'end'}
                class="axis"
              >
                {formatDay(day.at)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

/** "My steps": what the person completed, across every session on this device. */
export function StepsPage({ onBack }: { onBack: () => void }) {
  const [steps, setSteps] = useState<Done[] | undefined>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    Promise.all(
      deviceSessions().map((session) =>
        api
          .session(session)
          .then((view) => view.steps.completed)
          .catch(() => []),
      ),
    ).then((all) => setSteps(all.flat().sort((a, b) => b.at - a.at)));
  }, []);
  const days = byDay(steps ?? []);
  const withSteps = [...days].reverse().filter((day) => day.steps.length > 0);
  return (
    <main class="steps">
      <header class="top">
        <h1 ref={heading} tabIndex={-1}>
          My steps
        </h1>
        <nav class="actions" aria-label="Pages">
          <button type="button" onClick={onBack}>
            Back to the chat
          </button>
        </nav>
      </header>
      {steps === undefined ? (
        <p>Loading…</p>
      ) : (
        <>
          <p data-testid="steps-total">
            {steps.length === 0
              ? 'No steps done yet. The first one can be tiny.'
              : `${steps.length} ${steps.length === 1 ? 'step' : 'steps'} done. Each one counts.`}
          </p>
          <Chart days={days} />
          {withSteps.map((day) => (
            <section key={day.at} aria-label={formatDay(day.at)}>
              <h2>{formatDay(day.at)}</h2>
              <ul data-testid="steps-list">
                {day.steps.map((step) => (
                  <li key={step.at}>
                    <time dateTime={new Date(step.at).toISOString()}>{formatTime(step.at)}</time> {step.text}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </main>
  );
}

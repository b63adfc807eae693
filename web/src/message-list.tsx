import type { Message } from './api.ts';
import { formatTime } from './locale.ts';

/** The conversation as a list: the chat page and the review page show it alike. */
export function MessageList({
  messages,
  label,
  testId,
}: {
  messages: Message[];
  label?: string;
  testId?: string;
}) {
  return (
    <ol class="messages" aria-label={label} data-testid={testId}>
      {messages.map((message, index) => (
        <li key={index} class={`message ${message.role}${message.nudge ? ' nudge' : ''}`}>
          {message.nudge && <span class="badge">nudge</span>}
          <span class="text">{message.text}</span>
          <time class="when" dateTime={new Date(message.at).toISOString()}>
            {formatTime(message.at)}
          </time>
        </li>
      ))}
    </ol>
  );
}

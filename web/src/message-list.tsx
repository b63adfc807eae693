import type { Message } from './api.ts';

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
          {message.text}
        </li>
      ))}
    </ol>
  );
}

import type { SessionView } from './api.ts';
import { formatDateTime, formatTime } from './locale.ts';

/** A session as plain text, the person's own copy: one line per message, with its time. */
export function sessionAsText(session: SessionView): string {
  const lines = [`tinystep session, ${formatDateTime(session.createdAt)}`, ''];
  for (const message of session.messages) {
    const who = message.role === 'client' ? 'You' : message.nudge ? 'Coach (nudge)' : 'Coach';
    lines.push(`[${formatTime(message.at)}] ${who}: ${message.text}`, '');
  }
  return lines.join('\n');
}

/** Offers a file to save, made in the page (nothing leaves the device). */
export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Durations in plain words, as a person would say them: "30 seconds", "a minute", "2 minutes". */

function unit(count: number, singular: string, article: string): string {
  return count === 1 ? `${article} ${singular}` : `${count} ${singular}s`;
}

export function formatDuration(milliseconds: number): string {
  const totalSeconds = Math.round(Math.max(0, milliseconds) / 1000);
  if (totalSeconds === 0) return 'a moment';
  if (totalSeconds < 60) return unit(totalSeconds, 'second', 'a');
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  if (hours > 0) {
    const hourWords = unit(hours, 'hour', 'an');
    if (minutes === 0 && seconds === 0) return hourWords;
    if (minutes === 30 && seconds === 0) return `${hourWords} and a half`;
    return `${hourWords} and ${unit(minutes, 'minute', 'a')}`;
  }
  const minuteWords = unit(minutes, 'minute', 'a');
  if (seconds === 0) return minuteWords;
  if (seconds === 30) return `${minuteWords} and a half`;
  return `${minuteWords} and ${unit(seconds, 'second', 'a')}`;
}

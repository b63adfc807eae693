/** `[mm:ss]` (minutes may exceed 59) or `[h:mm:ss]` → milliseconds. */
export function parseTimePrefix(prefix: string): number | undefined {
  const match = /^\[(?:(\d+):)?(\d+):([0-5]\d)\]$/.exec(prefix);
  if (!match) return undefined;
  const hours = match[1] ? Number(match[1]) : 0;
  return ((hours * 60 + Number(match[2])) * 60 + Number(match[3])) * 1000;
}

export function formatTimePrefix(ms: number): string {
  const totalSeconds = Math.max(0, Math.floor(ms / 1000));
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `[${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}]`;
}

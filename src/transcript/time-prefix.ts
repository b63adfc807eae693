// [m:ss], [mm:ss], [h:mm:ss], (00:01:02), 00:01:02 — fractions of a second (".5", ",250") dropped
const TIME = /^[[(]?\s*(?:(\d{1,3}):)?(\d{1,3}):([0-5]\d)(?:[.,]\d{1,3})?\s*[\])]?$/;

/** `[mm:ss]` (minutes may exceed 59), `[h:mm:ss]`, `(hh:mm:ss)` or a bare `h:mm:ss` → milliseconds. */
export function parseTimePrefix(prefix: string): number | undefined {
  const trimmed = prefix.trim();
  const opener = trimmed[0];
  const closer = trimmed.at(-1);
  // brackets must pair: "[00:12)" is a typo worth reporting, not a time
  if ((opener === '[' && closer !== ']') || (opener === '(' && closer !== ')')) return undefined;
  if ((closer === ']' && opener !== '[') || (closer === ')' && opener !== '(')) return undefined;
  const match = TIME.exec(trimmed);
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

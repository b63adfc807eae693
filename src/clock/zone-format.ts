/**
 * One DateTimeFormat per time zone and use, kept: building one costs more than a whole coach turn
 * (about 0.1 ms at low load, 1 ms at a load of 30), and a said weekday resolved up to sixteen of them in
 * one turn. Throws on an unknown zone, as the constructor does; a zone that throws is never kept.
 */
const OPTIONS: Record<ZoneFormatUse, Intl.DateTimeFormatOptions & { locale: string }> = {
  // the zone's wall clock, read part by part to find its offset from UTC
  'wall-clock': {
    locale: 'en-GB',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  },
  weekday: { locale: 'en-US', weekday: 'long' },
};
export type ZoneFormatUse = 'wall-clock' | 'weekday';

// bounded: zones come from sessions, and a long-lived server must not keep one per zone ever seen
const LIMIT = 128;
const formats = new Map<string, Intl.DateTimeFormat>();

export function zoneFormat(timeZone: string, use: ZoneFormatUse): Intl.DateTimeFormat {
  const key = `${use} ${timeZone}`;
  let format = formats.get(key);
  if (format === undefined) {
    const { locale, ...options } = OPTIONS[use];
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    if (formats.size >= LIMIT) formats.clear();
    formats.set(key, format);
  }
  return format;
}

// building a DateTimeFormat costs about 0.1 ms, more than a whole coach turn: asked once per TZ setting
let knownZone: { setting: string | undefined; zone: string | undefined } | undefined;

/** This machine's time zone: the person's own for the CLI; a server passes the browser's. */
export function localTimeZone(): string | undefined {
  const setting = process.env.TZ;
  if (knownZone && knownZone.setting === setting) return knownZone.zone;
  let zone: string | undefined;
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    zone = undefined;
  }
  knownZone = { setting, zone };
  return zone;
}

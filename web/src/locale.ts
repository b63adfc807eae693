/** The person's language and region: from the browser, or the country they chose (kept on this device). */
const COUNTRY_KEY = 'tinystep.country';

/** The browser's region ("GB" for en-GB; "en" alone is widened to its likely region, US). */
export function browserRegion(): string | undefined {
  for (const tag of navigator.languages?.length ? navigator.languages : [navigator.language]) {
    try {
      const region = new Intl.Locale(tag).maximize().region;
      if (region && /^[A-Z]{2}$/.test(region)) return region;
    } catch {
      // an odd tag: try the next one
    }
  }
  return undefined;
}

export function chosenCountry(): string | undefined {
  try {
    const value = localStorage.getItem(COUNTRY_KEY);
    return value && /^[A-Z]{2}$/.test(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function chooseCountry(country: string | undefined): void {
  try {
    if (country) localStorage.setItem(COUNTRY_KEY, country);
    else localStorage.removeItem(COUNTRY_KEY);
  } catch {
    // private mode without storage: the choice lasts for this page only
  }
}

/** The country whose crisis lines are shown: the chosen one, else the browser's. */
export function currentCountry(): string | undefined {
  return chosenCountry() ?? browserRegion();
}

/** A locale for the server: the browser's language with the country ("en-GB", "de-AT"). */
export function sessionLocale(country = currentCountry()): string {
  let language = 'en';
  try {
    language = new Intl.Locale(navigator.language || 'en').language;
  } catch {
    // keep English
  }
  return country ? `${language}-${country}` : navigator.language || 'en-US';
}

/** The browser's IANA time zone ("Europe/London"): "remind me at 3pm" then means the person's 3pm. */
export function browserTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

/** A country's name in the person's own language ("Vereinigtes Königreich" for a German browser). */
export function countryName(code: string): string {
  try {
    return new Intl.DisplayNames([navigator.language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A message's time as the person's locale writes it (14:05 in the UK, 2:05 PM in the US). */
export function formatTime(at: number, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { hour: hourStyle(locale), minute: '2-digit' }).format(at);
}

/**
 * A 24-hour locale writes the hour with two digits (00:08 in the UK, not 0:08, which
 * `hour: 'numeric'` gives just after midnight); a 12-hour one writes it bare (8:05 AM).
 */
function hourStyle(locale?: string): '2-digit' | 'numeric' {
  const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  return cycle === 'h23' || cycle === 'h24' ? '2-digit' : 'numeric';
}

/** A day as the person's locale writes it (5 Dec, Dec 5). */
export function formatDay(at: number): string {
  return new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' }).format(at);
}

export function formatDateTime(at: number): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

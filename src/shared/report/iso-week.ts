/**
 * ISO-8601 week keys ('2026-W47'), Monday-start, in UTC.
 * Reports bucket 100,000 calls by week, so the key is cached per Monday: one Date per week, not per call.
 */

const DAY_MS = 86_400_000;

/** Days since the epoch of the Monday that starts the UTC week holding `ms`. */
export function isoWeekMonday(ms: number): number {
  const day = Math.floor(ms / DAY_MS);
  // 1970-01-01 was a Thursday: shift so Monday is 0.
  const weekday = (((day + 3) % 7) + 7) % 7;
  return day - weekday;
}

/** The ISO week key of the week that starts on this Monday (days since the epoch). */
export function isoWeekKeyOfMonday(monday: number): string {
  // The ISO year is the year of the week's Thursday.
  const thursday = new Date((monday + 3) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1) / DAY_MS;
  const week = Math.floor((monday + 3 - jan1) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export function isoWeekKey(ms: number): string {
  return isoWeekKeyOfMonday(isoWeekMonday(ms));
}

/** Memoised isoWeekKey for hot loops; create one per report run. */
export function createIsoWeekKeyer(): (ms: number) => string {
  const cache = new Map<number, string>();
  return (ms) => {
    const monday = isoWeekMonday(ms);
    let key = cache.get(monday);
    if (key === undefined) {
      key = isoWeekKeyOfMonday(monday);
      cache.set(monday, key);
    }
    return key;
  };
}

/** How the options page writes numbers, rates and dates. Pure, so the dashboard's text is unit-tested. */
import type { Rate } from '../shared/report/rate';

/** "75%" (whole percent), or "—" when nothing was counted: no data is not 0 %. */
export function percent(rate: Rate): string {
  return rate.value === null ? '—' : `${Math.round(rate.value * 100)}%`;
}

/** "3 of 4", so a rate is never read without the counts it came from. */
export function fraction(rate: Rate): string {
  return `${rate.numerator} of ${rate.denominator}`;
}

const DAY = 24 * 60 * 60 * 1000;

/** yyyy-mm-dd of a local date, as <input type="date"> wants it. */
export function toDateInput(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local midnight at the start of a yyyy-mm-dd date, or null for anything else. */
export function fromDateInput(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const ms = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).getTime();
  return Number.isNaN(ms) ? null : ms;
}

export interface DayRange {
  /** First day shown, inclusive (yyyy-mm-dd). */
  first: string;
  /** Last day shown, inclusive (yyyy-mm-dd). */
  last: string;
}

/** The default: the last 8 weeks, today included. */
export function lastEightWeeks(now: number): DayRange {
  return { first: toDateInput(now - 55 * DAY), last: toDateInput(now) };
}

/** Inclusive days to the report's half-open [from, to) in ms; null when a date is missing or reversed. */
export function toReportRange(days: DayRange): { from: number; to: number } | null {
  const from = fromDateInput(days.first);
  const last = fromDateInput(days.last);
  if (from === null || last === null || last < from) return null;
  const next = new Date(last);
  next.setDate(next.getDate() + 1); // a day later by the calendar, right across daylight-saving changes
  return { from, to: next.getTime() };
}

export function formatDate(ms: number): string {
  return new Date(ms).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

/**
 * Due dates for a next step. A due date is a day; its reminder rings at 9:00 local time that day, so "tomorrow"
 * does not ring at midnight. Pure, so the date arithmetic (month ends, DST) is tested without a browser.
 */
export const QUICK_PICKS = [
  { id: 'tomorrow', label: 'Tomorrow', days: 1 },
  { id: '3-days', label: 'In 3 days', days: 3 },
  { id: 'next-week', label: 'Next week', days: 7 },
] as const;
export type QuickPickId = (typeof QUICK_PICKS)[number]['id'];

export const REMINDER_HOUR = 9;

const pad = (n: number) => String(n).padStart(2, '0');

/** The value of an <input type="date"> for a local day. */
export function dateValue(day: Date): string {
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** `days` calendar days after `now`'s local day (not 24-hour steps, which DST would skew). */
export function quickPickValue(days: number, now: Date): string {
  return dateValue(new Date(now.getFullYear(), now.getMonth(), now.getDate() + days));
}

/** The reminder time for a yyyy-mm-dd value, or null when it is not a real date. */
export function dueOf(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const due = new Date(year, month - 1, day, REMINDER_HOUR);
  if (due.getFullYear() !== year || due.getMonth() !== month - 1 || due.getDate() !== day) return null;
  return due.getTime();
}

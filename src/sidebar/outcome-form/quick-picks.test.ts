import { describe, expect, it } from 'vitest';
import { dateValue, dueOf, quickPickValue, REMINDER_HOUR } from './quick-picks';

describe('next-step due dates', () => {
  it('counts calendar days across month and year ends', () => {
    expect(quickPickValue(1, new Date(2026, 0, 31, 23, 59))).toBe('2026-02-01');
    expect(quickPickValue(3, new Date(2026, 11, 30, 10))).toBe('2027-01-02');
    expect(quickPickValue(7, new Date(2028, 1, 25, 8))).toBe('2028-03-03'); // leap year
  });

  it('rings at 9:00 local time on the chosen day', () => {
    const due = dueOf('2026-11-24');
    expect(due).not.toBeNull();
    const at = new Date(due ?? 0);
    expect([at.getFullYear(), at.getMonth(), at.getDate(), at.getHours()]).toEqual([2026, 10, 24, REMINDER_HOUR]);
    expect(dateValue(at)).toBe('2026-11-24');
  });

  it('rejects what is not a real date', () => {
    for (const bad of ['', '2026-02-30', '2026-13-01', '24/11/2026', '2026-1-5']) expect(dueOf(bad)).toBeNull();
  });
});

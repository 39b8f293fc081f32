import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createIsoWeekKeyer, isoWeekKey } from './iso-week';

/** The textbook algorithm (shift to the week's Thursday, count weeks from 1 January), as an oracle. */
function referenceIsoWeek(ms: number): string {
  const date = new Date(ms);
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

describe('isoWeekKey', () => {
  it.each([
    [Date.UTC(2026, 10, 16), '2026-W47'], // Monday
    [Date.UTC(2026, 10, 22, 23, 59, 59, 999), '2026-W47'], // Sunday, last ms
    [Date.UTC(2026, 10, 23), '2026-W48'],
    [Date.UTC(2021, 0, 3), '2020-W53'], // Sunday of a 53-week year
    [Date.UTC(2024, 11, 30), '2025-W01'], // Monday in December, already next ISO year
    [Date.UTC(2025, 11, 29), '2026-W01'],
    [Date.UTC(2027, 0, 1), '2026-W53'],
    [0, '1970-W01'],
  ])('%i is %s', (ms, key) => {
    expect(isoWeekKey(ms)).toBe(key);
  });

  it('agrees with the textbook algorithm (10,000 runs) and the memoised keyer agrees with both', () => {
    const keyer = createIsoWeekKeyer();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), (ms) => {
        expect(isoWeekKey(ms)).toBe(referenceIsoWeek(ms));
        expect(keyer(ms)).toBe(referenceIsoWeek(ms));
      }),
      { numRuns: 10_000 },
    );
  });
});

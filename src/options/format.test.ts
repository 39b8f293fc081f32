import { describe, expect, it } from 'vitest';
import { rate } from '../shared/report/rate';
import { fraction, fromDateInput, lastEightWeeks, percent, toDateInput, toReportRange } from './format';

describe('format', () => {
  it('writes a rate as a whole percent with its counts, and no data as a dash, never 0 %', () => {
    expect(percent(rate(3, 4))).toBe('75%');
    expect(percent(rate(1, 3))).toBe('33%');
    expect(percent(rate(0, 0))).toBe('—');
    expect(fraction(rate(3, 4))).toBe('3 of 4');
  });

  it('defaults to the last 8 weeks, today included', () => {
    const now = new Date(2026, 10, 23, 15).getTime();
    expect(lastEightWeeks(now)).toEqual({ first: '2026-09-29', last: '2026-11-23' });
    const range = toReportRange(lastEightWeeks(now))!;
    expect(range.from).toBe(new Date(2026, 8, 29).getTime());
    expect(range.to).toBe(new Date(2026, 10, 24).getTime());
  });

  it('turns inclusive days into a half-open range and refuses reversed or malformed dates', () => {
    expect(toReportRange({ first: '2026-11-02', last: '2026-11-01' })).toBeNull();
    expect(toReportRange({ first: 'nope', last: '2026-11-01' })).toBeNull();
    expect(fromDateInput(toDateInput(new Date(2026, 0, 5, 23).getTime()))).toBe(new Date(2026, 0, 5).getTime());
  });
});

/**
 * The report's breakdown table as CSV: one row for the totals, then one per week, goal type, rep and site.
 * Counts and rates are numbers (rates as fractions 0–1) so the spreadsheet can chart them; a rate with
 * nothing to divide by is an empty cell, never 0 and never NaN.
 */
import type { BreakdownRow, Report } from './compute-report';
import type { Metrics, Rate } from './rate';
import { toCsv, type CsvCell } from './to-csv';

export const SUMMARY_COLUMNS = [
  'dimension',
  'key',
  'label',
  'calls',
  'connects',
  'coaching requests',
  'dials with goal',
  'dials',
  'plan rate',
  'goal met',
  'goal partly met',
  'connected with goal',
  'goal-hit rate',
  'partly rate',
  'follow-ups on time',
  'follow-ups due',
  'follow-up on-time rate',
] as const;

export type SummaryDimension = 'total' | 'week' | 'goal type' | 'rep' | 'site';

function metricCells(m: Metrics): CsvCell[] {
  const value = (r: Rate): CsvCell => r.value;
  return [
    m.calls,
    m.connects,
    m.coachingRequests,
    m.planRate.numerator,
    m.planRate.denominator,
    value(m.planRate),
    m.goalHitRate.numerator,
    m.goalPartlyRate.numerator,
    m.goalHitRate.denominator,
    value(m.goalHitRate),
    value(m.goalPartlyRate),
    m.followUpOnTime.numerator,
    m.followUpOnTime.denominator,
    value(m.followUpOnTime),
  ];
}

export function summaryRows(report: Report): CsvCell[][] {
  const rows: CsvCell[][] = [[...SUMMARY_COLUMNS], ['total', '', 'All calls', ...metricCells(report.totals)]];
  const add = (dimension: SummaryDimension, list: readonly BreakdownRow[]): void => {
    for (const row of list) rows.push([dimension, row.key, row.label, ...metricCells(row)]);
  };
  add('week', report.byWeek);
  add('goal type', report.byGoalType);
  add('rep', report.byRep);
  add('site', report.bySite);
  return rows;
}

export function summaryCsv(report: Report): string {
  return toCsv(summaryRows(report));
}

/**
 * The call log a manager opens in a spreadsheet: one row per call, every field as a person reads it.
 */
import type { CallRecord } from '../call-record';
import { GOAL_TYPE_LABELS } from '../domain';
import { toCsv, type CsvCell } from './to-csv';

export const CALL_LOG_COLUMNS = [
  'date',
  'rep',
  'team',
  'contact',
  'company',
  'site',
  'record URL',
  'goal type',
  'goal',
  'success test',
  'reached',
  'goal met',
  'questions asked',
  'learned',
  'next step',
  'due',
  'coaching',
  'coaching note',
] as const;

const DAY = 86_400_000;
/** 10000-01-01: from there on toISOString writes a six-digit year with a sign. */
const YEAR_10000 = 253_402_300_800_000;
const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/** 'yyyy-mm-dd hh:mm' in UTC: sortable, and every spreadsheet reads it as a date. */
export function formatUtcMinute(ms: number): string {
  if (!Number.isInteger(ms) || ms < 0 || ms >= YEAR_10000) return new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
  // The same text by arithmetic (days to civil date, H. Hinnant's algorithm): a team import writes this twice for
  // each of 100,000 calls, where building a Date and an ISO string each time was a tenth of preparing a file.
  const days = Math.floor(ms / DAY);
  const minutes = Math.floor((ms - days * DAY) / 60_000);
  const era = Math.floor((days + 719_468) / 146_097);
  const dayOfEra = days + 719_468 - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${pad2(month)}-${pad2(day)} ${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

export function callLogRow(call: CallRecord): CsvCell[] {
  const { goal, outcome, context } = call;
  // The next step's own due date; a follow-up without a next step still has a due date worth showing.
  const due = outcome?.nextStep?.due ?? call.followUp?.due;
  return [
    formatUtcMinute(call.createdAt),
    call.rep.name,
    call.rep.team,
    context.person?.name ?? '',
    context.company ?? '',
    context.site,
    context.recordUrl,
    goal === null ? '' : GOAL_TYPE_LABELS[goal.type],
    goal?.outcome ?? '',
    goal?.successTest ?? '',
    outcome?.reached ?? '',
    outcome?.goalMet ?? '',
    outcome?.questionsAsked.join(' | ') ?? '',
    outcome?.learned ?? '',
    outcome?.nextStep?.text ?? '',
    due === undefined ? '' : formatUtcMinute(due),
    outcome?.coaching === undefined ? 'no' : 'yes',
    outcome?.coaching?.note ?? '',
  ];
}

export function callLogCsv(calls: readonly CallRecord[]): string {
  const rows: CsvCell[][] = [[...CALL_LOG_COLUMNS]];
  for (const call of calls) rows.push(callLogRow(call));
  return toCsv(rows);
}

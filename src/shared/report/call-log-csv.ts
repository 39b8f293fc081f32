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

/** 'yyyy-mm-dd hh:mm' in UTC: sortable, and every spreadsheet reads it as a date. */
export function formatUtcMinute(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
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

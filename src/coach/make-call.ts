/**
 * Test-only: builds schema-valid CallRecords for coach tests: only goal, outcome and questions matter to the
 * coach, so everything else is a fixed, valid filler.
 */
import { CallRecord, type GoalMet } from '../shared/call-record';
import type { GoalType } from '../shared/domain';

let counter = 0;

export function makeCall(goalType: GoalType | null, goalMet: GoalMet | undefined, questionsAsked: string[]): CallRecord {
  counter += 1;
  const id = `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
  return CallRecord.parse({
    id,
    rep: { name: 'Rep', team: 'Team' },
    context: {
      site: 'demo',
      kind: 'record',
      recordUrl: 'https://example.com/contacts/1',
      emails: [],
      phones: [],
    },
    stage: 'discovery',
    goal: goalType ? { type: goalType, outcome: 'Learn what a late invoice costs them', successTest: 'They name a number' } : null,
    questions: [],
    gateMode: 'gentle',
    dial: { status: 'dialed', at: 1 },
    outcome: {
      reached: 'connected',
      ...(goalMet ? { goalMet } : {}),
      questionsAsked,
      learned: '',
      loggedAt: 2,
    },
    createdAt: 1,
    updatedAt: 2,
  });
}

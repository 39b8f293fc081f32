/**
 * Turns what the rep entered into the outcome the background stores, or says what is missing. Pure: the form's
 * rules (goal met only when connected with a goal, a next step needs both text and day) are tested without a DOM.
 */
import type { GoalMet, Reached } from '../../shared/call-record';
import type { OutcomeDraft } from '../after-call-client';
import { dueOf } from './quick-picks';

export interface OutcomeFields {
  reached: Reached;
  goalMet: GoalMet | null;
  asked: readonly string[];
  learned: string;
  nextText: string;
  nextDate: string;
  coach: boolean;
  coachNote: string;
}

export const EMPTY_FIELDS: OutcomeFields = {
  // Preselected: the calls worth logging in detail are the ones that connected; anything else is one click away.
  reached: 'connected',
  goalMet: null,
  asked: [],
  learned: '',
  nextText: '',
  nextDate: '',
  coach: false,
  coachNote: '',
};

export type DraftResult = { ok: true; draft: OutcomeDraft } | { ok: false; message: string };

export function buildOutcome(fields: OutcomeFields, hasGoal: boolean): DraftResult {
  const connected = fields.reached === 'connected';
  if (connected && hasGoal && !fields.goalMet) return { ok: false, message: 'Was the goal met? Choose yes, partly or no.' };
  const text = fields.nextText.trim();
  const due = fields.nextDate ? dueOf(fields.nextDate) : null;
  if (fields.nextDate && due === null) return { ok: false, message: 'The due date is not a real date.' };
  if (text && due === null) return { ok: false, message: 'When is the next step due? Pick a day.' };
  if (!text && due !== null) return { ok: false, message: 'Say what the next step is, or clear its date.' };
  const draft: OutcomeDraft = {
    reached: fields.reached,
    questionsAsked: [...fields.asked],
    learned: fields.learned.trim(),
    ...(connected && hasGoal && fields.goalMet ? { goalMet: fields.goalMet } : {}),
    ...(text && due !== null ? { nextStep: { text, due } } : {}),
    ...(fields.coach ? { coaching: { note: fields.coachNote.trim() } } : {}),
  };
  return { ok: true, draft };
}

export const REACHED_LABELS: Record<Reached, string> = { connected: 'Connected', voicemail: 'Voicemail', no_answer: 'No answer', gatekeeper: 'Gatekeeper', wrong_number: 'Wrong number' };

/** Everything typed into the form as plain text, for the rep to copy when saving is impossible (promise 27). */
export function draftText(fields: OutcomeFields, contact: string): string {
  return [
    `Call with ${contact}: ${REACHED_LABELS[fields.reached]}${fields.goalMet ? `, goal met: ${fields.goalMet}` : ''}`,
    ...fields.asked.map((q) => `Asked: ${q}`),
    fields.learned.trim() && `Learned: ${fields.learned.trim()}`,
    (fields.nextText.trim() || fields.nextDate) && `Next step: ${fields.nextText.trim()}${fields.nextDate ? ` (due ${fields.nextDate})` : ''}`,
    fields.coach && `Coaching request: ${fields.coachNote.trim()}`,
  ]
    .filter(Boolean)
    .join('\n');
}

import { useState } from 'preact/hooks';
import { GOAL_MET, REACHED } from '../../shared/call-options';
import type { CallRecord, GoalMet } from '../../shared/call-record';
import { isContextInvalidated } from '../../shared/message-errors';
import { UpdatedNotice } from '../updated-notice';
import { NextStepField } from './next-step-field';
import { buildOutcome, draftText, EMPTY_FIELDS, REACHED_LABELS, type OutcomeFields } from './outcome-draft';
import type { OutcomeDraft } from '../after-call-client';
import './outcome-form.css';

export interface OutcomeFormProps {
  call: CallRecord;
  /** Resolves only after the background committed the log; a rejection keeps the draft on screen. */
  onSave: (draft: OutcomeDraft) => Promise<unknown>;
  onLater: () => void;
}

const MET_LABELS: Record<GoalMet, string> = { yes: 'Yes', partly: 'Partly', no: 'No' };

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'error'; message: string } | { kind: 'updated' };

/**
 * What happened on the call. The typical log is three clicks plus typing: "goal met" (Connected is preselected),
 * a due-date quick pick, Save. Saving waits for the background's commit; on failure the draft stays (promise 4), and
 * when the extension was updated under the page the shared notice offers it for copying (promise 27).
 */
export function OutcomeForm({ call, onSave, onLater }: OutcomeFormProps) {
  const [fields, setFields] = useState<OutcomeFields>(EMPTY_FIELDS);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const set = (change: Partial<OutcomeFields>) => setFields((current) => ({ ...current, ...change }));
  const name = call.context.person?.name ?? call.context.company ?? 'this contact';
  const connected = fields.reached === 'connected';

  async function submit(event: Event) {
    event.preventDefault();
    const result = buildOutcome(fields, call.goal !== null);
    if (!result.ok) return setStatus({ kind: 'error', message: result.message });
    setStatus({ kind: 'saving' });
    try {
      await onSave(result.draft);
    } catch (error) {
      // Every field stays as typed either way: a failed save never clears the draft.
      if (isContextInvalidated(error)) setStatus({ kind: 'updated' });
      else setStatus({ kind: 'error', message: error instanceof Error ? error.message : 'Saving failed.' });
    }
  }

  const toggleAsked = (text: string, on: boolean) => set({ asked: on ? [...fields.asked, text] : fields.asked.filter((q) => q !== text) });
  return (
    <form class="outcome-form" onSubmit={submit} data-testid="outcome-form" aria-labelledby="outcome-heading">
      <h2 id="outcome-heading">How did the call with {name} go?</h2>
      <fieldset>
        <legend>Reached</legend>
        <div class="chips">
          {REACHED.map((value) => (
            <label key={value} class="chip" data-testid={`reached-${value}`}>
              <input type="radio" name="reached" value={value} checked={fields.reached === value} onChange={() => set({ reached: value })} />
              {REACHED_LABELS[value]}
            </label>
          ))}
        </div>
      </fieldset>
      {connected && call.goal && (
        <fieldset data-testid="goal-met">
          <legend>Goal met?</legend>
          <p class="stated-goal" data-testid="stated-goal">{call.goal.outcome}</p>
          <p class="muted">I’ll know it worked if {call.goal.successTest}</p>
          <div class="chips">
            {GOAL_MET.map((value) => (
              <label key={value} class="chip" data-testid={`goal-met-${value}`}>
                <input type="radio" name="goal-met" value={value} checked={fields.goalMet === value} onChange={() => set({ goalMet: value })} />
                {MET_LABELS[value]}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {connected && call.questions.length > 0 && (
        <fieldset>
          <legend>Questions you asked</legend>
          {call.questions.map((question) => (
            <label key={question.text} class="choice">
              <input type="checkbox" data-testid="asked-question" checked={fields.asked.includes(question.text)} onChange={(e) => toggleAsked(question.text, e.currentTarget.checked)} />
              <span>{question.text}</span>
            </label>
          ))}
        </fieldset>
      )}
      <label for="learned">What did you learn?</label>
      <textarea id="learned" data-testid="outcome-learned" rows={3} maxLength={5000} value={fields.learned} onInput={(e) => set({ learned: e.currentTarget.value })} />
      <NextStepField text={fields.nextText} date={fields.nextDate} onText={(nextText) => set({ nextText })} onDate={(nextDate) => set({ nextDate })} />
      <label class="choice">
        <input type="checkbox" data-testid="ask-coaching" checked={fields.coach} onChange={(e) => set({ coach: e.currentTarget.checked })} />
        <span>Ask my manager to coach this one</span>
      </label>
      {fields.coach && (
        <textarea aria-label="Note for your manager" data-testid="coaching-note" rows={2} maxLength={2000} value={fields.coachNote} onInput={(e) => set({ coachNote: e.currentTarget.value })} />
      )}
      <div class="actions row">
        <button type="submit" class="primary" data-testid="save-outcome" disabled={status.kind === 'saving'}>Save log</button>
        <button type="button" class="quiet" data-testid="log-later" onClick={onLater}>Later</button>
      </div>
      <p class={`status ${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'} data-testid="outcome-status">
        {status.kind === 'saving' && 'Saving…'}
        {status.kind === 'error' && status.message}
      </p>
      {status.kind === 'updated' && <UpdatedNotice draft={draftText(fields, name)} />}
    </form>
  );
}

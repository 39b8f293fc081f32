import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { lintGoal } from '../../coach';
import type { CallRecord, PlannedQuestion } from '../../shared/call-record';
import type { PageContext } from '../../shared/domain';
import { GOAL_TYPE_LABELS, GOAL_TYPES, STAGE_LABELS, STAGES, type GoalType, type Stage } from '../../shared/domain-values';
import type { PlanDraft } from '../../shared/messages';
import { isContextInvalidated } from '../../shared/message-errors';
import { UpdatedNotice } from '../updated-notice';
import { LintMessages } from './lint-messages';
import type { SidebarCoach } from '../coach-data';
import { QuestionPicker } from './question-picker';

export interface GoalFormProps {
  context: PageContext;
  /** Set when a dial is waiting: saving lets it go. */
  heldDial: boolean;
  askedBefore: readonly string[];
  /** Null while the team's questions and outcome stats are loading. */
  coach: SidebarCoach | null;
  onSave: (plan: PlanDraft) => Promise<CallRecord>;
}

const GOAL_HINTS: Record<GoalType, string> = {
  learn: 'Gather specific information',
  commit: 'They commit to an action',
  next_step: 'Agree the next step in the process',
};

type Status =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'error'; message: string }
  | { kind: 'updated' }
  | { kind: 'confirm-vague' };

export function GoalForm({ context, heldDial, askedBefore, coach, onSave }: GoalFormProps) {
  const [id] = useState(() => crypto.randomUUID()); // the draft id: saving twice never makes two calls
  const [type, setType] = useState<GoalType>('learn');
  const [stage, setStage] = useState<Stage>('discovery');
  const [outcome, setOutcome] = useState('');
  const [successTest, setSuccessTest] = useState('');
  const [opener, setOpener] = useState('');
  const [questions, setQuestions] = useState<PlannedQuestion[]>([]);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const outcomeRef = useRef<HTMLInputElement>(null);
  const lint = useMemo(() => lintGoal({ type, outcome, successTest, opener }), [type, outcome, successTest, opener]);
  const issuesOf = (field: string) => (outcome.trim() || field === 'opener' ? lint.issues.filter((i) => i.field === field) : []);

  useEffect(() => {
    if (heldDial) outcomeRef.current?.focus(); // focus moves into the gate
  }, [heldDial]);

  async function submit(event: Event) {
    event.preventDefault();
    if (!outcome.trim() || !successTest.trim()) {
      setStatus({ kind: 'error', message: 'Say what should be true when you hang up, and how you will know.' });
      return;
    }
    if (lint.vague && status.kind !== 'confirm-vague') {
      setStatus({ kind: 'confirm-vague' });
      return;
    }
    setStatus({ kind: 'saving' });
    const goal = { type, outcome: outcome.trim(), successTest: successTest.trim(), ...(opener.trim() ? { opener: opener.trim() } : {}) };
    try {
      await onSave({ id, context, stage, goal, questions });
      setStatus({ kind: 'saved' }); // only after the background confirmed the commit
    } catch (error) {
      // The form keeps every field either way: a failed save never clears the draft (promise 4).
      if (isContextInvalidated(error)) setStatus({ kind: 'updated' });
      else setStatus({ kind: 'error', message: error instanceof Error ? error.message : 'Saving failed.' });
    }
  }

  const draftText = () =>
    [
      `Goal (${GOAL_TYPE_LABELS[type]}): ${outcome}`,
      `I'll know it worked if: ${successTest}`,
      opener && `Opener: ${opener}`,
      ...questions.map((q, i) => `Q${i + 1}: ${q.text}`),
    ]
      .filter(Boolean)
      .join('\n');
  const saveLabel = status.kind === 'confirm-vague' ? 'Save this goal anyway' : heldDial ? 'Save goal and dial' : 'Save goal';
  return (
    <form class="goal-form" onSubmit={submit} data-testid="goal-form" aria-labelledby="goal-heading">
      <h2 id="goal-heading">When you hang up, what should be true?</h2>
      <fieldset>
        <legend>Goal type</legend>
        {GOAL_TYPES.map((goalType) => (
          <label key={goalType} class="choice">
            <input type="radio" name="goal-type" value={goalType} checked={type === goalType} onChange={() => setType(goalType)} />
            <span>
              <strong>{GOAL_TYPE_LABELS[goalType]}</strong> <span class="muted">{GOAL_HINTS[goalType]}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <label for="stage">Deal stage</label>
      <select id="stage" value={stage} onChange={(e) => setStage(e.currentTarget.value as Stage)}>
        {STAGES.map((s) => (
          <option key={s} value={s}>{STAGE_LABELS[s]}</option>
        ))}
      </select>
      <label for="outcome">Desired outcome</label>
      <input id="outcome" ref={outcomeRef} data-testid="goal-outcome" required maxLength={300} value={outcome} aria-describedby="outcome-lint" onInput={(e) => setOutcome(e.currentTarget.value)} />
      <LintMessages id="outcome-lint" issues={issuesOf('outcome')} />
      <label for="success-test">I’ll know it worked if…</label>
      <input id="success-test" data-testid="goal-success" required maxLength={300} value={successTest} aria-describedby="success-lint" onInput={(e) => setSuccessTest(e.currentTarget.value)} />
      <LintMessages id="success-lint" issues={issuesOf('successTest')} />
      <label for="opener">Opening statement (optional)</label>
      <input id="opener" data-testid="goal-opener" maxLength={500} value={opener} aria-describedby="opener-lint" onInput={(e) => setOpener(e.currentTarget.value)} />
      <LintMessages id="opener-lint" issues={issuesOf('opener')} />
      <QuestionPicker goalType={type} stage={stage} askedBefore={askedBefore} coach={coach} picked={questions} onChange={setQuestions} />
      <div class="actions">
        <button type="submit" class="primary" data-testid="save-goal" disabled={status.kind === 'saving'}>{saveLabel}</button>
      </div>
      <p class={`status ${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'} data-testid="save-status">
        {status.kind === 'saved' && 'Saved.'}
        {status.kind === 'saving' && 'Saving…'}
        {status.kind === 'error' && status.message}
        {status.kind === 'confirm-vague' && 'This goal is still vague. Sharpen it, or save it as it is.'}
      </p>
      {status.kind === 'updated' && <UpdatedNotice draft={draftText()} />}
    </form>
  );
}

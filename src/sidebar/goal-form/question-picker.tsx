import { useMemo, useState } from 'preact/hooks';
import { assessQuestion, suggestQuestions } from '../../coach';
import type { PlannedQuestion } from '../../shared/call-record';
import { THEME_LABELS, type GoalType, type Stage } from '../../shared/domain-values';
import type { SidebarCoach } from '../coach-data';

export interface QuestionPickerProps {
  goalType: GoalType;
  stage: Stage;
  askedBefore: readonly string[];
  /** Null while loading: suggestions wait for it rather than reshuffle under the rep's eyes. */
  coach: SidebarCoach | null;
  picked: readonly PlannedQuestion[];
  onChange: (picked: PlannedQuestion[]) => void;
}

const SHOWN = 4;

export function QuestionPicker({ goalType, stage, askedBefore, coach, picked, onChange }: QuestionPickerProps) {
  const [dismissed, setDismissed] = useState<string[]>([]);
  const [own, setOwn] = useState('');
  const pickedIds = picked.flatMap((q) => (q.questionId ? [q.questionId] : []));
  const suggestions = useMemo(
    () =>
      coach
        ? suggestQuestions(
            { goalType, stage, exclude: [...dismissed, ...pickedIds] },
            { askedOfContact: askedBefore, stats: coach.stats },
            coach.library,
            SHOWN,
          )
        : [],
    [goalType, stage, dismissed, pickedIds.join('|'), askedBefore, coach],
  );
  const assessment = own.trim() ? assessQuestion(own) : null;

  const move = (index: number, by: number) => {
    const next = [...picked];
    const [item] = next.splice(index, 1);
    if (item) next.splice(Math.max(0, Math.min(next.length, index + by)), 0, item);
    onChange(next);
  };
  const addOwn = (text: string) => {
    onChange([...picked, { text: text.trim() }]);
    setOwn('');
  };

  return (
    <section class="questions" aria-labelledby="questions-heading">
      <h2 id="questions-heading">Questions that make them think</h2>
      {!coach && <p class="muted" role="status">Finding questions…</p>}
      <ul class="suggestions" data-testid="suggestions">
        {suggestions.map(({ question }) => (
          <li key={question.id} data-testid="suggestion">
            <span class="theme">{THEME_LABELS[question.theme]}</span>
            <span class="text">{question.text}</span>
            <span class="row">
              <button type="button" onClick={() => onChange([...picked, { text: question.text, questionId: question.id, theme: question.theme }])}>
                Add<span class="sr-only"> this question</span>
              </button>
              <button type="button" class="quiet" onClick={() => setDismissed([...dismissed, question.id])}>
                Another one
              </button>
            </span>
          </li>
        ))}
      </ul>
      {picked.length > 0 && (
        <ol class="picked" aria-label="Questions for this call" data-testid="picked">
          {picked.map((question, index) => (
            <li key={`${index}:${question.text}`} data-testid="picked-question">
              <span class="text">{question.text}</span>
              <span class="row">
                <button type="button" class="quiet" aria-label={`Move up: ${question.text}`} disabled={index === 0} onClick={() => move(index, -1)}>↑</button>
                <button type="button" class="quiet" aria-label={`Move down: ${question.text}`} disabled={index === picked.length - 1} onClick={() => move(index, 1)}>↓</button>
                <button type="button" class="quiet" aria-label={`Remove: ${question.text}`} onClick={() => onChange(picked.filter((_, i) => i !== index))}>✕</button>
              </span>
            </li>
          ))}
        </ol>
      )}
      <label for="own-question">Write your own question</label>
      <div class="row">
        <input id="own-question" data-testid="own-question" value={own} maxLength={500} onInput={(e) => setOwn(e.currentTarget.value)} aria-describedby="own-assessment" />
        <button type="button" disabled={!own.trim()} onClick={() => addOwn(own)}>Add</button>
      </div>
      <div id="own-assessment" aria-live="polite" data-testid="own-assessment" data-verdict={assessment?.verdict ?? ''}>
        {assessment && (
          <div class={`assessment ${assessment.verdict}`}>
            <p>{assessment.reasons.join(' ')}</p>
            {assessment.suggestion && (
              <button type="button" data-testid="use-rewrite" onClick={() => setOwn(assessment.suggestion ?? '')}>
                Use instead: “{assessment.suggestion}”
              </button>
            )}
          </div>
        )}
      </div>
    </section>
  );
}

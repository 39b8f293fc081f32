import { GOAL_TYPE_LABELS } from '../../shared/domain';
import type { CoachingRequest } from '../../shared/report/coaching-requests';
import type { QuestionCount } from '../../shared/report/top-questions-on-hits';
import { formatDate } from '../format';

export interface CoachingListProps {
  requests: readonly CoachingRequest[];
  total: number;
}

const OUTCOME: Record<string, string> = { yes: 'goal met', partly: 'goal partly met', no: 'goal not met' };

/** Only http(s) record links become links: a record URL came from a page and could be anything else. */
function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

export function CoachingList({ requests, total }: CoachingListProps) {
  if (requests.length === 0) return <p class="muted" data-testid="coaching-empty">No coaching requests in this range.</p>;
  return (
    <>
      {total > requests.length && <p class="muted">Showing the newest {requests.length} of {total}.</p>}
      <ul class="list" data-testid="coaching-list">
        {requests.map((r) => (
          <li key={r.id} data-testid="coaching-item">
            <strong>{r.rep.name || 'Unnamed rep'}</strong> <span class="muted">{formatDate(r.at)}</span>
            <div>
              Goal: {r.goal === null ? 'none stated' : `${GOAL_TYPE_LABELS[r.goal.type]}: ${r.goal.outcome}`}
            </div>
            <div>
              Outcome: {r.reached.replace(/_/g, ' ')}
              {r.goalMet !== undefined && `, ${OUTCOME[r.goalMet] ?? r.goalMet}`}
            </div>
            <blockquote>{r.note || '(no note)'}</blockquote>
            {isWebUrl(r.recordUrl) ? (
              <a href={r.recordUrl} target="_blank" rel="noopener noreferrer">Open the record</a>
            ) : (
              <span class="muted">{r.recordUrl}</span>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

export interface TopQuestionsProps {
  questions: readonly QuestionCount[];
}

export function TopQuestions({ questions }: TopQuestionsProps) {
  if (questions.length === 0) return <p class="muted">No questions logged on calls whose goal was met.</p>;
  return (
    <ol data-testid="top-questions">
      {questions.map((q) => (
        <li key={q.text}>
          {q.text} <span class="muted">({q.count} {q.count === 1 ? 'call' : 'calls'})</span>
        </li>
      ))}
    </ol>
  );
}

import type { GoalIssue } from '../../coach';

export interface LintMessagesProps {
  issues: readonly GoalIssue[];
  id: string;
}

/** The coach's notes on one field, read out politely as the rep types. */
export function LintMessages({ issues, id }: LintMessagesProps) {
  return (
    <div id={id} class="lint" aria-live="polite" data-testid={id}>
      {issues.map((issue) => (
        <p key={issue.kind} class="lint-issue" data-kind={issue.kind}>
          {issue.reason}
          {issue.example ? (
            <>
              {' '}
              <span class="example">For example: “{issue.example}”</span>
            </>
          ) : null}
        </p>
      ))}
    </div>
  );
}

/** Paste a whole call script: every question in it is assessed, with the reason and a better way to ask. */
import { useState } from 'preact/hooks';
import { assessScript, type ScriptAssessment } from '../../coach';

export interface ScriptCheckProps {
  /** The assessor; tests may pass their own. */
  assess?: (script: string) => ScriptAssessment[];
}

const VERDICT_LABELS = { curious: 'Makes them think', neutral: 'Neutral', self_serving: 'Serves you, not them' } as const;

export function ScriptCheck({ assess = assessScript }: ScriptCheckProps) {
  const [script, setScript] = useState('');
  const [results, setResults] = useState<ScriptAssessment[] | null>(null);
  return (
    <section aria-labelledby="script-heading" data-testid="script-check">
      <h2 id="script-heading">Check a call script</h2>
      <label for="script">Paste a call script; each question in it is assessed</label>
      <textarea id="script" rows={8} data-testid="script-input" value={script} onInput={(e) => setScript(e.currentTarget.value)} />
      <div class="actions">
        <button type="button" class="primary" data-testid="script-assess" onClick={() => setResults(assess(script))}>
          Assess the questions
        </button>
      </div>
      {results !== null && results.length === 0 && <p class="muted" data-testid="script-empty">No questions found in this script.</p>}
      {results !== null && results.length > 0 && (
        <ol class="list" data-testid="script-results">
          {results.map(({ question, assessment }, i) => (
            <li key={i} data-testid="script-result" data-verdict={assessment.verdict}>
              <q>{question}</q>
              <div>
                <strong class={`verdict verdict-${assessment.verdict}`}>{VERDICT_LABELS[assessment.verdict]}</strong>: {assessment.reasons.join(' ')}
              </div>
              {assessment.suggestion && <div data-testid="script-rewrite">Try instead: {assessment.suggestion}</div>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

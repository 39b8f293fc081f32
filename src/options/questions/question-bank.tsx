/** The team's question additions (issue 5.6): import, export, list and remove. */
import { useEffect, useState } from 'preact/hooks';
import { exportQuestionBank, parseQuestionBank, type LibraryQuestion } from '../../coach';
import { GOAL_TYPE_LABELS, THEME_LABELS } from '../../shared/domain';
import type { OptionsClient } from '../client';
import { downloadText } from '../download';

export interface QuestionBankProps {
  client: Pick<OptionsClient, 'teamQuestions' | 'importTeamQuestions' | 'removeTeamQuestion'>;
  save?: (fileName: string, text: string, type: string) => void;
}

async function readText(file: File): Promise<string> {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    throw new Error(`${file.name}: not valid UTF-8 text`);
  }
}

export function QuestionBank({ client, save = downloadText }: QuestionBankProps) {
  const [questions, setQuestions] = useState<LibraryQuestion[]>([]);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const fail = (e: unknown) => setStatus({ ok: false, text: e instanceof Error ? e.message : String(e) });

  useEffect(() => {
    client.teamQuestions().then(setQuestions, fail);
  }, [client]);

  async function importFile(file: File) {
    try {
      const parsed = parseQuestionBank(await readText(file), file.name);
      if (!parsed.ok) return setStatus({ ok: false, text: `Nothing was imported. ${parsed.error}` });
      const result = await client.importTeamQuestions(parsed.questions);
      setQuestions(result.questions);
      setStatus({ ok: true, text: `${file.name}: ${result.added} added, ${result.updated} updated.` });
    } catch (error) {
      fail(error);
    }
  }

  return (
    <section aria-labelledby="bank-heading" data-testid="question-bank">
      <h2 id="bank-heading">Team question bank</h2>
      <p class="muted">
        Questions your team adds to Precall's library. A file is checked as a whole: one bad question (it names the
        question and field) rejects the file and changes nothing. Questions with an id already here are replaced.
      </p>
      <label for="bank-file">Import a question bank (JSON)</label>
      <input
        id="bank-file"
        type="file"
        accept=".json,application/json"
        data-testid="bank-file"
        onChange={(e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          if (file) void importFile(file).finally(() => (input.value = ''));
        }}
      />
      <div class="actions">
        <button type="button" data-testid="bank-export" disabled={questions.length === 0} onClick={() => save('precall-questions.json', exportQuestionBank(questions), 'application/json')}>
          Export the team's questions (JSON)
        </button>
      </div>
      <p role="status" class={`status ${status?.ok ? 'saved' : 'error'}`} data-testid="bank-status">{status?.text}</p>
      {questions.length === 0 ? (
        <p class="muted">No team questions yet.</p>
      ) : (
        <table data-testid="bank-list">
          <caption>{questions.length} team question(s)</caption>
          <thead>
            <tr><th scope="col">Question</th><th scope="col">Theme</th><th scope="col">Goals</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr>
          </thead>
          <tbody>
            {questions.map((q) => (
              <tr key={q.id} data-testid="bank-question">
                <td>{q.text} <span class="muted">({q.id})</span></td>
                <td>{THEME_LABELS[q.theme]}</td>
                <td>{q.goalTypes.map((g) => GOAL_TYPE_LABELS[g]).join(', ')}</td>
                <td>
                  <button type="button" aria-label={`Remove “${q.text}”`} onClick={() => client.removeTeamQuestion(q.id).then(setQuestions, fail)}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

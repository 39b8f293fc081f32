/**
 * "Delete all my data" (promise 24): a button, then a confirm step that says what goes, so one stray click deletes
 * nothing. Settings stay; they are preferences, not call data.
 */
import { useMemo, useState } from 'preact/hooks';
import { backgroundDeleteDataClient, type DeleteDataClient } from './delete-data-client';

export interface DeleteAllDataProps {
  client?: DeleteDataClient;
  /** Told after the background confirmed the deletion, so the page can read its (now empty) data again. */
  onDeleted?: () => void;
}

type Step = { kind: 'idle' } | { kind: 'confirm' } | { kind: 'deleting' } | { kind: 'done' } | { kind: 'error'; message: string };

export function DeleteAllData({ client: given, onDeleted }: DeleteAllDataProps) {
  const client = useMemo(() => given ?? backgroundDeleteDataClient(), [given]);
  const [step, setStep] = useState<Step>({ kind: 'idle' });

  async function confirm() {
    setStep({ kind: 'deleting' });
    try {
      await client.deleteAllData();
    } catch (error) {
      setStep({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      return;
    }
    setStep({ kind: 'done' });
    onDeleted?.();
  }

  return (
    <section aria-labelledby="delete-heading" data-testid="delete-data">
      <h2 id="delete-heading">Delete all my data</h2>
      <p class="muted">Every call, plan, outcome and follow-up stored in this browser, and every pending reminder. Settings are kept.</p>
      {step.kind === 'confirm' || step.kind === 'deleting' ? (
        <div role="alertdialog" aria-labelledby="delete-confirm-text" data-testid="delete-confirm">
          <p id="delete-confirm-text"><strong>Delete everything now? This cannot be undone.</strong> Export first if you may need it.</p>
          <div class="row">
            <button type="button" data-testid="delete-confirm-yes" disabled={step.kind === 'deleting'} onClick={() => void confirm()}>
              Yes, delete everything
            </button>
            <button type="button" data-testid="delete-confirm-cancel" disabled={step.kind === 'deleting'} onClick={() => setStep({ kind: 'idle' })}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button type="button" data-testid="delete-all" onClick={() => setStep({ kind: 'confirm' })}>Delete all my data…</button>
      )}
      <p role="status" class={`status ${step.kind === 'error' ? 'error' : 'saved'}`} data-testid="delete-status">
        {step.kind === 'deleting' && 'Deleting…'}
        {step.kind === 'done' && 'Deleted: no calls, follow-ups or reminders are left in this browser.'}
        {step.kind === 'error' && `Deleting failed: ${step.message}`}
      </p>
    </section>
  );
}

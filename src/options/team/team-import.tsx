/** The manager's import of reps' JSON exports: file picker (several files) or drag and drop. */
import { useState } from 'preact/hooks';
import type { ImportCallsResult } from '../../shared/report/report-schemas';
import type { OptionsClient } from '../client';
import { ConflictList } from './conflict-list';

export interface TeamImportProps {
  client: Pick<OptionsClient, 'importCalls'> & Partial<Pick<OptionsClient, 'warmUpImport'>>;
  onImported: () => void;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; text: string }
  | { kind: 'rejected'; errors: string[] }
  | { kind: 'done'; result: ImportCallsResult };

export function TeamImport({ client, onImported }: TeamImportProps) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);

  async function importFiles(picked: readonly File[]) {
    if (picked.length === 0) return;
    setStatus({ kind: 'busy', text: `Checking and importing ${picked.length} file(s)…` });
    try {
      setStatus({ kind: 'done', result: await client.importCalls(picked) });
      onImported();
    } catch (error) {
      // A rejected batch names each bad file on a line of its own.
      setStatus({ kind: 'rejected', errors: (error instanceof Error ? error.message : String(error)).split('\n') });
    }
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    void importFiles([...(event.dataTransfer?.files ?? [])]);
  }

  return (
    <section
      aria-labelledby="team-heading"
      data-testid="team-import"
      // Reaching for the picker or dragging files over: the checkers start while the files are being chosen.
      onPointerEnter={() => client.warmUpImport?.()}
      onFocusIn={() => client.warmUpImport?.()}
      onDragEnter={() => client.warmUpImport?.()}
    >
      <h2 id="team-heading">Team: import reps' exports</h2>
      <p class="muted">
        Each rep exports "All calls (JSON)" below and sends you the file. Import any number at once. The files are
        imported together in one step: <strong>if any file is rejected, nothing from any of them is imported.</strong>{' '}
        Importing the same file again changes nothing. A record already here with the same id but different content is
        listed as a conflict and left as it is.
      </p>
      <div
        class={`drop ${dragging ? 'dragging' : ''}`}
        data-testid="drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label for="team-files">Choose JSON exports, or drop them here</label>
        <input
          id="team-files"
          type="file"
          accept=".json,application/json"
          multiple
          data-testid="team-files"
          onChange={(e) => {
            const input = e.currentTarget;
            void importFiles([...(input.files ?? [])]).finally(() => (input.value = ''));
          }}
        />
      </div>
      <div aria-live="polite" data-testid="import-status">
        {status.kind === 'busy' && <p class="muted">{status.text}</p>}
        {status.kind === 'rejected' && (
          <div role="alert" class="status error" data-testid="import-error">
            <p>Nothing was imported.</p>
            <ul>{status.errors.map((e) => <li key={e}>{e}</li>)}</ul>
          </div>
        )}
        {status.kind === 'done' && (
          <div data-testid="import-result">
            <p class="status saved">
              Imported {status.result.files} file(s): {status.result.inserted} new, {status.result.unchanged} already here,{' '}
              {status.result.conflictTotal} conflict(s).
            </p>
            <ConflictList conflicts={status.result.conflicts} total={status.result.conflictTotal} />
          </div>
        )}
      </div>
    </section>
  );
}

/**
 * Downloads: the call log and the dashboard's summary as CSV (formula-safe, Excel-ready: promises 19, 20) and every
 * call as versioned JSON that imports back losslessly. Imported team records are included like the rep's own.
 */
import { useState } from 'preact/hooks';
import type { Rep } from '../shared/call-record';
import type { Dashboard } from '../shared/report/report-schemas';
import { summaryCsv } from '../shared/report/summary-csv';
import type { OptionsClient } from './client';
import { downloadText, exportFileName } from './download';
import { callLogParts, callsJsonParts } from './export-files';

export interface ExportsProps {
  client: Pick<OptionsClient, 'allCalls' | 'teamData'>;
  /** Whose export the JSON says it is; each record keeps its own rep regardless. */
  rep: Rep;
  /** The report on screen: the summary CSV writes exactly it. */
  dashboard: Dashboard | null;
  /** Where files go; tests pass a recorder. */
  save?: (fileName: string, parts: readonly string[], type: string) => void;
}

const CSV = 'text/csv;charset=utf-8';

export function Exports({ client, rep, dashboard, save = downloadText }: ExportsProps) {
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  async function run(label: string, make: () => Promise<[string, readonly string[], string]>) {
    setStatus({ ok: true, text: `Preparing ${label}…` });
    try {
      const [name, text, type] = await make();
      save(name, text, type);
      setStatus({ ok: true, text: `${label} ready: ${name}` });
    } catch (error) {
      setStatus({ ok: false, text: `${label} failed: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  const now = () => Date.now();
  // The rep's own calls through the background (validated, quarantined if unreadable); team chunks read directly.
  const loadCalls = () => Promise.all([client.allCalls((n) => setStatus({ ok: true, text: `Reading calls… ${n}` })), client.teamData()]);
  return (
    <section aria-labelledby="exports-heading" data-testid="exports">
      <h2 id="exports-heading">Exports</h2>
      <p class="muted">Every call in this browser, the team's imported records included. CSV opens in Excel; JSON imports back into Precall.</p>
      <div class="actions">
        <button type="button" data-testid="export-call-log" onClick={() => run('Call log', async () => [exportFileName('calls', 'csv', now()), callLogParts(...(await loadCalls())), CSV])}>
          Call log (CSV)
        </button>{' '}
        <button
          type="button"
          data-testid="export-summary"
          disabled={dashboard === null}
          onClick={() => dashboard && run('Summary', async () => [exportFileName('summary', 'csv', now()), [summaryCsv(dashboard.report)], CSV])}
        >
          Summary of the dashboard's range (CSV)
        </button>{' '}
        <button
          type="button"
          data-testid="export-json"
          onClick={() => run('JSON export', async () => [exportFileName('calls', 'json', now()), callsJsonParts(...(await loadCalls()), rep, now()), 'application/json'])}
        >
          All calls (JSON)
        </button>
      </div>
      <p role="status" class={`status ${status?.ok === false ? 'error' : ''}`} data-testid="export-status">{status?.text}</p>
    </section>
  );
}

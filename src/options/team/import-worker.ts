/**
 * The team-import worker (built as team-import-worker.js): prepares one picked file per message off the page's
 * thread (prepare-in-workers.ts). A dedicated worker hears only the page that started it.
 */
import { prepareExport, transferables, type PrepareResult } from '../../shared/team-import/prepare-export';
import type { PrepareJob, PrepareReply } from './prepare-in-workers';

interface WorkerScope {
  onmessage: ((event: MessageEvent<PrepareJob>) => void) | null;
  postMessage(reply: PrepareReply, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

function prepare({ bytes, fileName, importedAt }: PrepareJob): PrepareResult {
  try {
    return prepareExport(new Uint8Array(bytes), fileName, importedAt);
  } catch (error) {
    // Out of memory for a huge file, or a value no check foresaw: that file fails, by name, and nothing is written.
    return { ok: false, error: `${fileName}: could not be checked (${error instanceof Error ? error.message : String(error)})` };
  }
}

scope.onmessage = ({ data }) => {
  const result = prepare(data);
  scope.postMessage({ kind: 'free' }, []);
  scope.postMessage({ kind: 'result', job: data.job, result }, result.ok ? transferables(result.prepared) : []);
};

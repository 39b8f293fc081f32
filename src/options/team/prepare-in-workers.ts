/**
 * Prepares the picked files (shared/team-import/prepare-export.ts) in dedicated workers, one file per worker at a
 * time, as many workers as the machine has cores (at most 4: each holds one parsed file, up to 90 MB of JSON).
 * Parsing, checking and turning 100,000 records into stored text is most of an import's CPU, and this way it runs
 * on every core while the page stays responsive. The page reads the next files while the workers work, and moves
 * (transfers) their bytes to whichever worker is free. A worker that fails ends the whole batch: nothing is written.
 *
 * The workers' messages come only from workers this page started from its own bundle (team-import-worker.js).
 */
import type { PrepareResult } from '../../shared/team-import/prepare-export';

export interface PrepareJob {
  job: number;
  bytes: ArrayBuffer;
  fileName: string;
  importedAt: number;
}

/**
 * A worker says it is free as soon as a file is prepared, before it posts the result: the page then sends the next
 * file while the (large) result is still being copied across, so the worker does not sit waiting for the page.
 */
export type PrepareReply = { kind: 'free' } | { kind: 'result'; job: number; result: PrepareResult };

/** The part of Worker used here, so tests can hand in a worker that runs in the same thread. */
export interface PrepareWorker {
  onmessage: ((event: MessageEvent<PrepareReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
  postMessage(job: PrepareJob, transfer: Transferable[]): void;
  terminate(): void;
}

export const WORKER_URL = 'team-import-worker.js';
const MAX_WORKERS = 4;

export interface PrepareOptions {
  workers?: number;
  startWorker?: () => PrepareWorker;
}

function defaultWorkers(): number {
  return Math.min(MAX_WORKERS, Math.max(1, globalThis.navigator?.hardwareConcurrency || 2));
}

/**
 * Workers started ahead of an import. Starting one (loading and compiling the checker, building its schemas) took
 * 120–180 ms on the 2-core bench machine before it could read a byte; started when the manager reaches for the
 * file picker, they are ready by the time the files are chosen.
 */
const warm: PrepareWorker[] = [];

/** Starts the import workers now, if none are waiting already; the next import uses them. */
export function warmUpWorkers(startWorker: () => PrepareWorker = () => new Worker(WORKER_URL)): void {
  while (warm.length < defaultWorkers()) warm.push(startWorker());
}

const takeWarmOrStart = (): PrepareWorker => warm.pop() ?? new Worker(WORKER_URL);

/** Reads files a little ahead of the workers: enough to keep them busy, few enough to bound memory. */
function readAhead(files: readonly File[], ahead: number): (job: number) => Promise<ArrayBuffer | Error> {
  const reads: Promise<ArrayBuffer | Error>[] = [];
  const start = (job: number) => {
    // A file that changed or vanished on disk since it was picked fails its read; it is reported as that file's error.
    reads[job] ??= (files[job] as File).arrayBuffer().catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
  };
  return (job) => {
    for (let next = job; next < Math.min(files.length, job + ahead); next++) start(next);
    return reads[job] as Promise<ArrayBuffer | Error>;
  };
}

/** One result per file, in the order given; `onResult` hears of each as it arrives. */
export function prepareInWorkers(
  files: readonly File[],
  importedAt: number,
  onResult: (file: number, result: PrepareResult) => void = () => undefined,
  options: PrepareOptions = {},
): Promise<PrepareResult[]> {
  if (files.length === 0) return Promise.resolve([]);
  const count = Math.min(files.length, options.workers ?? defaultWorkers());
  const startWorker: () => PrepareWorker = options.startWorker ?? takeWarmOrStart;
  const read = readAhead(files, count + 1);
  return new Promise((resolve, reject) => {
    const results: PrepareResult[] = [];
    const workers: PrepareWorker[] = [];
    let next = 0;
    let done = 0;
    let failed = false;
    const stop = () => workers.forEach((worker) => worker.terminate());
    const fail = (why: string) => {
      failed = true;
      stop();
      reject(new Error(`The files could not be checked (${why}); nothing was imported.`));
    };
    const settle = (job: number, result: PrepareResult) => {
      if (failed) return;
      results[job] = result;
      done += 1;
      try {
        onResult(job, result);
      } catch (error) {
        return fail(error instanceof Error ? error.message : String(error));
      }
      if (done === files.length) {
        stop();
        resolve(results);
      }
    };
    const give = async (worker: PrepareWorker) => {
      if (next >= files.length) return;
      const job = next++;
      const fileName = (files[job] as File).name;
      const bytes = await read(job);
      if (failed) return;
      if (bytes instanceof Error) {
        settle(job, { ok: false, error: `${fileName}: could not be read (${bytes.message})` });
        void give(worker);
      } else worker.postMessage({ job, bytes, fileName, importedAt }, [bytes]);
    };
    for (let i = 0; i < count; i++) {
      const worker = startWorker();
      workers.push(worker);
      worker.onmessage = ({ data }) => (data.kind === 'free' ? void give(worker) : settle(data.job, data.result));
      worker.onerror = (event) => fail(event.message || 'the import worker stopped');
      worker.onmessageerror = () => fail('a result could not be read');
      void give(worker);
    }
  });
}

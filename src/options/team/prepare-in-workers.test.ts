/** Files are spread over the workers, results come back in the files' order, and a failing worker ends the batch. */
import { describe, expect, it } from 'vitest';
import { exportCallsJson } from '../../shared/report/json-export';
import { ANN, makeCall } from '../../shared/report/make-call';
import { prepareExport, type PrepareResult } from '../../shared/team-import/prepare-export';
import { prepareInWorkers, warmUpWorkers, type PrepareJob, type PrepareReply, type PrepareWorker } from './prepare-in-workers';

/** A worker that prepares in this thread, after a delay, so replies can overtake each other. */
class FakeWorker implements PrepareWorker {
  onmessage: ((event: MessageEvent<PrepareReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  jobs: number[] = [];
  terminated = false;
  constructor(private readonly delay: (job: number) => number, private readonly crashOn = -1) {}

  postMessage({ job, bytes, fileName, importedAt }: PrepareJob, transfer: Transferable[]): void {
    expect(transfer).toEqual([bytes]);
    this.jobs.push(job);
    setTimeout(() => {
      if (this.terminated) return;
      if (job === this.crashOn) return this.onerror?.({ message: 'out of memory' } as ErrorEvent);
      const result = prepareExport(new Uint8Array(bytes), fileName, importedAt);
      this.onmessage?.({ data: { kind: 'free' } } as MessageEvent<PrepareReply>);
      this.onmessage?.({ data: { kind: 'result', job, result } } as MessageEvent<PrepareReply>);
    }, this.delay(job));
  }

  terminate(): void {
    this.terminated = true;
  }
}

const files = [3, 1, 2, 5, 4].map((n) => new File([exportCallsJson([makeCall({ n })], ANN, 1)], `f${n}.json`));
const names = (results: PrepareResult[]) => results.map((r) => (r.ok ? r.prepared.fileName : r.error));

describe('prepareInWorkers', () => {
  it('spreads the files over the workers and answers in the files’ order, then stops every worker', async () => {
    const workers: FakeWorker[] = [];
    const heard: [number, string][] = [];
    const startWorker = () => {
      const worker = new FakeWorker((job) => (job % 2 === 0 ? 15 : 1));
      workers.push(worker);
      return worker;
    };
    const results = await prepareInWorkers(files, 5, (job, result) => heard.push([job, names([result])[0]!]), { workers: 2, startWorker });
    expect(heard.map(([job]) => job).sort()).toEqual([0, 1, 2, 3, 4]);
    expect(heard.every(([job, name]) => name === files[job]?.name)).toBe(true);
    expect(names(results)).toEqual(files.map((f) => f.name));
    expect(workers).toHaveLength(2);
    expect(workers.flatMap((w) => w.jobs).sort()).toEqual([0, 1, 2, 3, 4]);
    expect(workers.every((w) => w.jobs.length > 0 && w.terminated)).toBe(true);
  });

  it('starts no more workers than files, and none for no file', async () => {
    let started = 0;
    const startWorker = () => (started++, new FakeWorker(() => 0));
    expect(names(await prepareInWorkers(files.slice(0, 1), 5, undefined, { workers: 4, startWorker }))).toEqual(['f3.json']);
    expect(await prepareInWorkers([], 5, undefined, { workers: 4, startWorker })).toEqual([]);
    expect(started).toBe(1);
  });

  it('reports a file that can no longer be read as that file’s error, and prepares the others', async () => {
    const gone = Object.assign(new File(['{}'], 'gone.json'), { arrayBuffer: () => Promise.reject(new Error('NotReadableError')) });
    const results = await prepareInWorkers([files[0]!, gone, files[1]!], 5, undefined, { workers: 2, startWorker: () => new FakeWorker(() => 1) });
    expect(names(results)).toEqual(['f3.json', 'gone.json: could not be read (NotReadableError)', 'f1.json']);
  });

  it('uses the workers started ahead of time, starts them once however often asked, and stops them after', async () => {
    const warmed: FakeWorker[] = [];
    const startAhead = () => {
      const worker = new FakeWorker(() => 1);
      warmed.push(worker);
      return worker;
    };
    warmUpWorkers(startAhead);
    const count = warmed.length;
    expect(count).toBeGreaterThanOrEqual(1);
    warmUpWorkers(startAhead); // the pointer came back: nothing more starts
    expect(warmed).toHaveLength(count);
    const results = await prepareInWorkers(files.slice(0, count), 5, undefined, { workers: count });
    expect(names(results)).toEqual(files.slice(0, count).map((f) => f.name));
    expect(warmed.every((w) => w.jobs.length === 1 && w.terminated)).toBe(true);
    warmUpWorkers(startAhead); // used up: the next import gets fresh ones
    expect(warmed).toHaveLength(2 * count);
  });

  it('rejects the whole batch when a worker fails, and stops the others', async () => {
    const workers: FakeWorker[] = [];
    const startWorker = () => {
      const worker = new FakeWorker(() => 1, workers.length === 0 ? 2 : -1);
      workers.push(worker);
      return worker;
    };
    await expect(prepareInWorkers(files, 5, undefined, { workers: 2, startWorker })).rejects.toThrow(/out of memory.*nothing was imported/);
    expect(workers.every((w) => w.terminated)).toBe(true);
  });
});

/**
 * The dashboard's work on a big store, in node (the options page runs the same code): the report, the CSV
 * export and the team import (merging ten reps' exports), each at 10,000 and 100,000 calls.
 */
import type { CallRecord } from '../src/shared/call-record';
import { callLogCsv } from '../src/shared/report/call-log-csv';
import { computeReport } from '../src/shared/report/compute-report';
import { exportCallsJson, parseCallsExport } from '../src/shared/report/json-export';
import { mergeExports, type MergeInput } from '../src/shared/report/merge-team';
import { generateCalls } from './generate-calls';
import { figure, median } from './stats.mjs';

const ROUNDS = 3;
const SIZES = [10_000, 100_000] as const;
const RANGE = { from: Date.UTC(2026, 0, 1), to: Date.UTC(2027, 0, 1) };
const NOW = Date.UTC(2026, 11, 15);
const fmt = (n: number) => n.toLocaleString('en-US');

interface Timing {
  cpuMs: number;
  wallMs: number;
}

/**
 * Median of ROUNDS, in this process's CPU time and in wall time. The budget is judged on CPU time: the work is
 * single-threaded, so on an idle core its wall time equals its CPU time, while on a machine shared with other
 * test runs the wall time mostly measures the queue for the two cores.
 */
function medianTiming(fn: () => unknown): Timing {
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    fn();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  return { cpuMs: median(cpu), wallMs: median(wall) };
}

const timingFigure = (name: string, timing: Timing, budget: number, note: string) =>
  figure(name, timing.cpuMs, 'ms', budget, `CPU time, median of ${ROUNDS} (wall ${timing.wallMs.toFixed(0)} ms)${note}`);

/** Ten reps' files; a tenth of each file's calls also appear, unchanged, in the next file (shared accounts). */
function teamFiles(perFile: number): MergeInput[] {
  const files: MergeInput[] = [];
  let shared: CallRecord[] = [];
  for (let rep = 0; rep < 10; rep += 1) {
    const own = generateCalls(perFile - shared.length, 1_000_000 + rep * perFile, 100 + rep);
    const text = exportCallsJson([...shared, ...own], { name: `Rep ${rep}`, team: 'East' }, NOW);
    const parsed = parseCallsExport(text, `rep-${rep}.json`);
    if (!parsed.ok) throw new Error(parsed.error);
    files.push({ fileName: `rep-${rep}.json`, file: parsed.file });
    shared = own.slice(0, Math.floor(perFile / 10));
  }
  return files;
}

export function measure() {
  const figures = [];
  for (const size of SIZES) {
    const calls = generateCalls(size);
    figures.push(timingFigure(`Dashboard report, computeReport at ${fmt(size)} calls`, medianTiming(() => computeReport(calls, RANGE, {}, NOW)), 1_000, ''));
    figures.push(timingFigure(`CSV export, callLogCsv at ${fmt(size)} calls`, medianTiming(() => callLogCsv(calls)), 2_000, ''));
    const files = teamFiles(size / 10);
    figures.push(timingFigure(`Team import, mergeExports 10 × ${fmt(size / 10)}`, medianTiming(() => mergeExports(files, [], NOW)), 3_000,
      '; parsed files, 10 % overlap between files'));
  }
  return figures;
}

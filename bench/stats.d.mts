/** Types for stats.mjs, for the TypeScript measurements (measure-*.ts). */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  budget: number | null;
  pass: boolean | null;
  note: string;
}
export function quantile(samples: readonly number[], q: number): number;
export function median(samples: readonly number[]): number;
export function p95(samples: readonly number[]): number;
export function mean(samples: readonly number[]): number;
export function figure(name: string, value: number, unit: string, budget: number | null, note?: string): Figure;
export function timed<T>(fn: () => T): { ms: number; result: T };
export function timedAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }>;

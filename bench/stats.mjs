/**
 * Summaries and the figure record every measurement returns. A figure is one row of results.md:
 * what was measured, its value, its budget, and whether the budget held.
 */

/** The q-quantile (0..1) by nearest rank: p95 of 20 samples is the 19th smallest, no interpolation. */
export function quantile(samples, q) {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export const median = (samples) => quantile(samples, 0.5);
export const p95 = (samples) => quantile(samples, 0.95);
export const mean = (samples) => samples.reduce((sum, value) => sum + value, 0) / samples.length;

/**
 * @param {string} name     what was measured, as shown in the table
 * @param {number} value
 * @param {string} unit     'ms', 'KB', 'MB', '%', 'count'
 * @param {number | null} budget  upper bound, inclusive; null for figures reported without a budget
 * @param {string} [note]   method or context shown beside the number (rounds, ratios)
 */
export function figure(name, value, unit, budget, note = '') {
  return { name, value, unit, budget, pass: budget === null ? null : Number.isFinite(value) && value <= budget, note };
}

/** Milliseconds taken by fn, measured with the high-resolution clock. */
export function timed(fn) {
  const start = performance.now();
  const result = fn();
  return { ms: performance.now() - start, result };
}

export async function timedAsync(fn) {
  const start = performance.now();
  const result = await fn();
  return { ms: performance.now() - start, result };
}

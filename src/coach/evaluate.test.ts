import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { assessQuestion } from './assess-question';
import { binaryMetrics, evaluateQuestions, formatConfusion, LabelledQuestion } from './evaluate';

function load(name: string): LabelledQuestion[] {
  const url = new URL(`../../tests/data/${name}`, import.meta.url);
  return z.array(LabelledQuestion).parse(JSON.parse(readFileSync(url, 'utf8')));
}

describe('binaryMetrics', () => {
  it('computes precision, recall and F1', () => {
    const metrics = binaryMetrics([
      [true, true],
      [true, false],
      [false, true],
      [false, false],
      [true, true],
    ]);
    expect(metrics.precision).toBeCloseTo(2 / 3);
    expect(metrics.recall).toBeCloseTo(2 / 3);
    expect(metrics.f1).toBeCloseTo(2 / 3);
  });

  it('scores an empty set as perfect rather than NaN', () => {
    expect(binaryMetrics([])).toMatchObject({ precision: 1, recall: 1 });
  });
});

describe('questions-eval.json', () => {
  const items = load('questions-eval.json');

  it('is a large, balanced, labelled set', () => {
    expect(items.length).toBeGreaterThanOrEqual(300);
    const selfServing = items.filter((item) => item.label === 'self_serving').length;
    expect(selfServing / items.length).toBeGreaterThan(0.4);
    expect(selfServing / items.length).toBeLessThan(0.6);
  });

  it('flags self-serving questions with precision and recall of at least 0.9', () => {
    const result = evaluateQuestions(items, assessQuestion);
    expect(result.precision).toBeGreaterThanOrEqual(0.9);
    expect(result.recall).toBeGreaterThanOrEqual(0.9);
    const total = Object.values(result.confusion).reduce((sum, row) => sum + Object.values(row).reduce((a, b) => a + b, 0), 0);
    expect(total).toBe(items.length);
    expect(formatConfusion(result.confusion)).toHaveLength(4);
  });

  it('also holds on the later hold-out sets', () => {
    const result = evaluateQuestions([...load('questions-holdout.json'), ...load('questions-holdout-2.json')], assessQuestion);
    expect(result.precision).toBeGreaterThanOrEqual(0.9);
    expect(result.recall).toBeGreaterThanOrEqual(0.9);
  });
});

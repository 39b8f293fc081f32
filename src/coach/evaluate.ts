/**
 * Scores the assessor against a labelled set: precision and recall of the self-serving flag (what
 * the product acts on) and the full 3×3 confusion matrix (where the neutral/curious line blurs).
 */
import * as z from 'zod';
import type { Verdict } from './assess-question';

export const VERDICTS = ['self_serving', 'curious', 'neutral'] as const satisfies readonly Verdict[];

export const LabelledQuestion = z.strictObject({
  text: z.string().min(1),
  label: z.enum(VERDICTS),
  kind: z.string().optional(),
});
export type LabelledQuestion = z.infer<typeof LabelledQuestion>;

/** Rows are the labels, columns the predictions. */
export type ConfusionMatrix = Record<Verdict, Record<Verdict, number>>;

export interface BinaryMetrics {
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

/** Precision, recall and F1 of a yes/no flag; an empty denominator scores 1 (nothing to get wrong). */
export function binaryMetrics(pairs: readonly (readonly [actual: boolean, predicted: boolean])[]): BinaryMetrics {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  for (const [actual, predicted] of pairs) {
    if (actual && predicted) truePositives += 1;
    else if (predicted) falsePositives += 1;
    else if (actual) falseNegatives += 1;
  }
  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePositives, falsePositives, falseNegatives };
}

export interface QuestionEvaluation extends BinaryMetrics {
  confusion: ConfusionMatrix;
  misses: { text: string; label: Verdict; predicted: Verdict; kind?: string }[];
}

function emptyMatrix(): ConfusionMatrix {
  const row = (): Record<Verdict, number> => ({ self_serving: 0, curious: 0, neutral: 0 });
  return { self_serving: row(), curious: row(), neutral: row() };
}

/** Runs `predict` over the set; pure, so the script and the test share it. */
export function evaluateQuestions(
  items: readonly LabelledQuestion[],
  predict: (text: string) => { verdict: Verdict; kind?: string },
): QuestionEvaluation {
  const confusion = emptyMatrix();
  const misses: QuestionEvaluation['misses'] = [];
  const pairs = items.map((item) => {
    const { verdict, kind } = predict(item.text);
    confusion[item.label][verdict] += 1;
    if (verdict !== item.label) misses.push({ text: item.text, label: item.label, predicted: verdict, ...(kind ? { kind } : {}) });
    return [item.label === 'self_serving', verdict === 'self_serving'] as const;
  });
  return { ...binaryMetrics(pairs), confusion, misses };
}

/** The matrix as aligned text lines for a terminal. */
export function formatConfusion(confusion: ConfusionMatrix): string[] {
  const pad = (value: string | number): string => String(value).padStart(14);
  const lines = [`${pad('label \\ pred')}${VERDICTS.map(pad).join('')}`];
  for (const label of VERDICTS) lines.push(`${pad(label)}${VERDICTS.map((p) => pad(confusion[label][p])).join('')}`);
  return lines;
}

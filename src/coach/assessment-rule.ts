/**
 * The building block of assessQuestion: a named lexicon of phrasings, why they serve the rep rather
 * than the customer, and how to ask the same thing from the customer's side. No model: each rule
 * can be read, argued with and tested on its own.
 */

export const SELF_SERVING_KINDS = [
  'qualification',
  'closing_pressure',
  'leading',
  'empty_opener',
  'pitch',
  'cliche',
] as const;
export type SelfServingKind = (typeof SELF_SERVING_KINDS)[number];

export interface AssessmentRule {
  kind: SelfServingKind;
  /** Finer label shown in reasons, e.g. "budget" within qualification. */
  topic: string;
  /** Matched against normalizeText() output: lowercase, contractions expanded. */
  pattern: RegExp;
  /** Customer-side framings that make an otherwise matching question fine. */
  unless?: RegExp;
  /** Pitches are self-serving even as statements; everything else only counts when asked. */
  matchesStatements?: boolean;
  reason: string;
  suggestion: string;
}

/**
 * Joins alternatives into one precompiled, word-bounded regex. Each alternative stays a readable
 * line in the rule files; one regex per rule keeps assessQuestion well under 0.1 ms.
 */
export function anyOf(...alternatives: readonly string[]): RegExp {
  return new RegExp(`(?:${alternatives.map((a) => `\\b(?:${a})\\b`).join('|')})`);
}

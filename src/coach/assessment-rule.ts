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
  // An alternative anchored at the end ("…shall we?$") cannot also end on a word boundary.
  return new RegExp(`(?:${alternatives.map((a) => `\\b(?:${a})${a.endsWith('$') ? '' : '\\b'}`).join('|')})`);
}

/** Joins lexicon entries into one non-capturing group, for composing word classes into rules. */
export function group(...alternatives: readonly string[]): string {
  return `(?:${alternatives.join('|')})`;
}

/** Either regex matching: a rule's own exceptions plus the shared customer-side frames. */
export const either = (...patterns: readonly RegExp[]): RegExp => new RegExp(patterns.map((p) => p.source).join('|'));

/** Word gap: up to `max` whole words between two parts of a pattern. */
export const gap = (max: number): string => `(?:[\\w'-]+,? ){0,${max}}`;

/** A yes/no question: auxiliary first, so the customer can only confirm or deny (after any lead-in). */
export const CLOSED_START = '^(?:is|are|am|was|were|do|does|did|have|has|had|would|will|could|can|should|shall|may|might)\\b';

/**
 * The customer's own side of money, time and decisions: what the problem costs them, what it is
 * worth, what they weigh it against. A qualification word inside such a frame makes them think.
 */
export const CUSTOMER_SIDE = anyOf(
  'worth',
  'costs? (?:you|your|them|the (?:team|business|company)|in)',
  'time or money',
  'cost of',
  'costing',
  'lost',
  'los(?:e|ing)',
  'protect\\w*',
  'trade-?offs?',
  'compared (?:with|to)',
  '(?<!up )against',
  'weigh\\w*',
  'cash flow',
  'on your plate',
  'other priorities',
  'return on',
  'payback',
  'at stake',
  'driv(?:es|ing|en)',
  'why',
  // Their own customers, deals and competitors: "How do your customers decide?", "deals you lose".
  'your (?:own )?(?:customers?|clients?|buyers?|prospects?|deals?|market|users|end users)',
  '(?:customers|clients|buyers|prospects)\'? (?:\\w+ )?(?:decide|pay|buy|sign|choose|order|orders)',
  'instead of',
  // A condition followed by an open question: "When budgets get tight, which projects…?"
  '^(?:when|whenever|if|once|after) [^,?]+, (?:what|how|which|why|who|where)',
);

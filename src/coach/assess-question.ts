/**
 * Judges a question the way a good sales coach would: does it make the customer stop and think
 * about their side, or does it serve the rep? Pure rules (see the *-rules files), so every verdict
 * comes with a reason a rep can read and disagree with.
 */
import { THEME_LABELS } from '../shared/domain-values';
import type { AssessmentRule, SelfServingKind } from './assessment-rule';
import { CLICHE_RULES } from './cliche-rules';
import { COMPETITION_RULES } from './competition-rules';
import { DEAL_TALK_RULES } from './deal-talk-rules';
import { asksTheirView, findTheme, isOpenQuestion, isQuestionLike } from './curious-signals';
import { normalizeText, stripLeadIn } from './normalize-text';
import { OPENER_PITCH_RULES } from './opener-pitch-rules';
import { PRESSURE_RULES } from './pressure-rules';
import { QUALIFICATION_RULES } from './qualification-rules';
import { splitQuestions, splitUtterances } from './split-questions';

export type Verdict = 'self_serving' | 'curious' | 'neutral';

export interface Assessment {
  verdict: Verdict;
  kind?: string;
  reasons: string[];
  suggestion?: string;
}

// Most specific first: "if I could…, would you sign?" is pressure before it is anything else, and
// "would you like to see our…" is a pitch before it is a leading question.
const PRECEDENCE: readonly SelfServingKind[] = ['closing_pressure', 'pitch', 'qualification', 'leading', 'empty_opener', 'cliche'];
// The sort is stable, so the deal-talk catch-alls stay behind the specific qualification rules.
const RULES: readonly AssessmentRule[] = [
  ...PRESSURE_RULES,
  ...OPENER_PITCH_RULES,
  ...QUALIFICATION_RULES,
  ...COMPETITION_RULES,
  ...DEAL_TALK_RULES,
  ...CLICHE_RULES,
].sort(
  (a, b) => PRECEDENCE.indexOf(a.kind) - PRECEDENCE.indexOf(b.kind),
);

function matchRule(normalized: string, question: boolean): AssessmentRule | undefined {
  return RULES.find(
    (rule) =>
      (question || rule.matchesStatements === true) &&
      rule.pattern.test(normalized) &&
      !(rule.unless?.test(normalized) ?? false),
  );
}

/** What the rules see: normalized, with a leading softener ("Just curious, …") set aside. */
function prepare(text: string): string {
  return stripLeadIn(normalizeText(text));
}

function assessOne(normalized: string): Assessment {
  const question = isQuestionLike(normalized);
  const rule = matchRule(normalized, question);
  if (rule) {
    // Qualification covers several asks (budget, authority…); naming which one makes the reason actionable.
    const topic = rule.kind === 'qualification' ? ` (${rule.topic})` : '';
    return { verdict: 'self_serving', kind: rule.kind, reasons: [`${rule.reason}${topic}`], suggestion: rule.suggestion };
  }
  if (!question) {
    return { verdict: 'neutral', kind: 'not_a_question', reasons: ['Not a question: the customer has nothing to answer.'] };
  }
  const theme = findTheme(normalized);
  if (!theme && isOpenQuestion(normalized) && asksTheirView(normalized)) {
    return { verdict: 'curious', kind: 'their_view', reasons: ['Open and asks for their own view: it makes them stop and think.'] };
  }
  if (!theme) {
    return {
      verdict: 'neutral',
      kind: 'situation',
      reasons: ['A situation question: it fetches a fact (often one you could look up) rather than making them think.'],
    };
  }
  if (!isOpenQuestion(normalized)) {
    return {
      verdict: 'neutral',
      kind: 'closed',
      reasons: [`Touches ${THEME_LABELS[theme].toLowerCase()}, but a yes/no answer ends the thought; ask it open.`],
      suggestion: `Start with "what" or "how" so they explain rather than confirm.`,
    };
  }
  return {
    verdict: 'curious',
    kind: theme,
    reasons: [`Open and about their side (${THEME_LABELS[theme].toLowerCase()}): it makes them stop and think.`],
  };
}

// Worst wins when a line holds several questions: one self-serving question spoils the line.
const SEVERITY: Readonly<Record<Verdict, number>> = { self_serving: 2, neutral: 1, curious: 0 };

function excerpt(text: string): string {
  return text.length > 48 ? `${text.slice(0, 45)}…` : text;
}

/** Assesses one question, or every question in a line; the worst verdict wins and reasons say which. */
export function assessQuestion(text: string): Assessment {
  // Each piece is normalized once; the rules and the question test share the result.
  const pieces = splitUtterances(text).map((piece) => ({ piece, prepared: prepare(piece) }));
  const hasQuestion = pieces.some(({ prepared }) => isQuestionLike(prepared));
  // Statements only matter when there is no question to judge (or when they pitch).
  const judged = hasQuestion ? pieces : pieces.slice(0, 1);
  if (judged.length === 0) {
    return { verdict: 'neutral', kind: 'not_a_question', reasons: ['Empty: there is no question to assess.'] };
  }
  const results = judged
    .map(({ piece, prepared }) => ({ piece, result: assessOne(prepared) }))
    .filter(({ result }) => !hasQuestion || result.kind !== 'not_a_question');
  if (results.length === 1) return results[0]!.result;
  let worst = results[0]!;
  for (const entry of results) if (SEVERITY[entry.result.verdict] > SEVERITY[worst.result.verdict]) worst = entry;
  const reasons = results
    .filter(({ result }) => result.verdict === worst.result.verdict)
    .flatMap(({ piece, result }) => result.reasons.map((reason) => `"${excerpt(piece)}": ${reason}`));
  return { ...worst.result, reasons };
}

export interface ScriptAssessment {
  question: string;
  assessment: Assessment;
}

/** Assesses every question in a pasted call script, in order. */
export function assessScript(script: string): ScriptAssessment[] {
  return splitQuestions(script).map((question) => ({ question, assessment: assessQuestion(question) }));
}

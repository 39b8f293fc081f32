/**
 * What makes a question "curious": it is open (the customer has to compose an answer) and it is
 * about something on their side that is worth thinking about. Situation questions ("How many
 * people are on your team?") are open but only fetch facts the rep could often look up.
 */
import type { Theme } from '../shared/domain';

/** Words that start a question or a prompt that works as one ("Walk me through…"). */
const QUESTION_START =
  /^(?:so,? |and,? |but,? |also,? |ok,? |okay,? )?(?:what|how|why|which|where|who|whose|whom|when|is|are|am|do|does|did|can|could|would|will|should|shall|have|has|had|may|might|was|were|tell me|walk me|talk me|help me|describe|explain)\b/;

const OPEN_START =
  /^(?:so,? |and,? |but,? |also,? )?(?:what|how|why|which|where|who|whose|when|in what|tell me|walk me|talk me|help me|describe|explain)\b/;
// An open clause after a condition or a yes/no lead-in: "If nothing changes, what…", "…, and why?"
const OPEN_CLAUSE = /(?:,|\band|\bor) (?:what|how|why|which|where|who|whose)\b/;

// Typed without a question mark, a line can still ask: a tag at the end ("…, wouldn't it") or a
// question inside it ("so on a scale of one to ten how ready are you"). Full stops mean a statement.
const TAG_END = /, (?:(?:would|do|does|did|is|are|was|were|will|could|should|have|has|can) not \w+|cannot \w+|(?:would|do|does|is|are|will|could|can|have|has) (?:it|you|they|we|that|there) not|right|yeah|correct|eh|no)\s*$|(?<!\b(?:what|where|why|how|when|who|which) )\b(?:would|do|does|is|are|will|could|can|have|has) not (?:it|you|they|we|that|there)$/;
const EMBEDDED_QUESTION = /\b(?:how|what|which|why|when|where|who) (?:\w+ )?(?:are|is|do|does|did|would|will|can|could) (?:you|your|they|we)\b/;

export function isQuestionLike(normalized: string): boolean {
  if (normalized.endsWith('?') || QUESTION_START.test(normalized)) return true;
  return !/[.!]$/.test(normalized) && (TAG_END.test(normalized) || EMBEDDED_QUESTION.test(normalized) || /^any(?:one|body|thing)?\b/.test(normalized));
}

export function isOpenQuestion(normalized: string): boolean {
  return OPEN_START.test(normalized) || OPEN_CLAUSE.test(normalized);
}

/**
 * Customer-side themes and the words that signal them. Checked in this order; the first theme that
 * matches names the question's focus in the reason shown to the rep.
 */
const THEME_SIGNALS: readonly (readonly [Theme, RegExp])[] = [
  ['implications', /\b(?:costs?|costing|worth|impact|affect\w*|consequences?|at stake|happens? (?:if|when|downstream|to)|complain\w*|compar\w+|mean for|downstream|los(?:e|es|ing)|lost|value|downsides?|upsides?|knock-on|morale|churn|cash flow|opportunit\w+)\b/],
  ['risks', /\b(?:risks?|worr\w+|concerns?|cautious|go wrong|went wrong|fail\w*|afraid|nervous|non-starter|rule out|adopt\w*|safe|hesitat\w+|trouble|warning|danger\w*|threat\w*)\b/],
  ['success', /\b(?:success\w*|succeed|know (?:it|this|that) worked|sign that|measur\w+|win|proud|improv\w+|(?:getting|get|got) better|confident|progress|pa(?:y|ys|ying|id) off|(?:great|good|ideal|better) (?:\w+ )?look like)\b/],
  ['priorities', /\b(?:priorit\w+|matters? most|most important|first|rank\w*|trade-?offs?|weigh\w*|compet(?:ing|es)|dropped|protect|only (?:fix|one)|urgent|pressing|on your plate)\b/],
  ['what_changed', /\b(?:chang\w+|shift\w*|prompted|trigger\w*|rather than|since|recently|driving|happened|started|came up|moved|end(?:ed)? up)\b/],
  ['what_tried', /\b(?:tried|try|attempts?|stick|learn\w*|worked|handling (?:it|this|that)|approach|looked at|came closest|in-house|pilots?|get wrong|got wrong|differently|taught|teach\w*|lessons?)\b/],
  ['problems', /\b(?:problems?|challeng\w+|struggl\w+|frustrat\w+|hard\w*|difficult\w*|break\w* down|broken|fall short|fell short|workarounds?|issues?|stuck|on hold|in your way|held (?:\w+ ){0,3}back|hold\w* back|slip\w*|late|stop\w*|fix\w*|solv\w+|stall\w*|(?:you|we) (?:are )?up against|miss(?:ed|es|ing)?|gaps?|go(?:es|ne)? cold|go(?:es)? quiet)\b/],
  ['goals', /\b(?:goals?|achiev\w+|aim\w*|hop(?:e|es|ed|ing)|trying to|expect\w* (?:from|of)|objectives?|ambition|outcomes?|results?|deliver|measured on|different)\b/],
  ['decision', /\b(?:decid\w+|decisions?|convince|believe|whose|who else(?! (?:is|was|are|were) (?:on|in|cc))|care\w* about|feel the impact|explain|matters? to)\b/],
];

/**
 * Open questions that ask for the customer's own view (why, what if, how they feel or see it) are
 * curious even when they name no theme: "Why is that important to you?"
 */
const PERSPECTIVE = new RegExp(
  [
    '^(?:so,? |and,? )?why\\b',
    '\\b(?:what|how|where|who|which) would\\b',
    '\\b(?:you|your (?:\\w+ ){0,2}\\w+|they|the team|leadership|management) (?:(?:not |yet |really |still ){0,2})(?:feel|feels|felt|think|thought|see|saw|believe|expect|want|wish|fear|notice|prefer|disagree|agree|push back|arrive|hope|worry|care)\\b',
    // Asking for causes or for what their own words mean: "What made the last hires ramp faster?",
    // "When you say the pipeline feels soft, what does that look like?"
    '\\bwhat (?:made|makes|caused|causes|explains|drove)\\b',
    '\\bwhen you say\\b',
    '\\bwhat (?:does|did) (?:that|this) (?:look like|mean|feel like)\\b',
    // A condition they lived through, then an open question about it: "When the forecast missed, where…"
    '^(?:when|whenever|once|after|the last time) (?:your|you|the|a|an|they|we) [^,?]+, (?:what|how|why|where|which|who)\\b',
    '\\b(?:surpris\\w+|disappoint\\w+|uncertain|unsure|unclear|least sure|assum\\w+|important|wrong|target|deadline|milestones?|make the case|push back|led you|led to|made you|pick|chose|choose|react\\w*|cop(?:e|ing)|nobody|give up|knock-on|effects?|momentum|trust|behind|bother\\w*|story|like about|least)\\b',
  ].join('|'),
);

export function asksTheirView(normalized: string): boolean {
  return PERSPECTIVE.test(normalized);
}

/** The first customer-side theme a question touches, or undefined for a pure situation question. */
export function findTheme(normalized: string): Theme | undefined {
  for (const [theme, signal] of THEME_SIGNALS) if (signal.test(normalized)) return theme;
  return undefined;
}

/**
 * The lexicon behind lintGoal: phrasings that describe the rep's activity instead of something
 * observably true when the call ends, and the signals that make an outcome observable.
 */
import type { GoalType } from '../shared/domain';

export interface VaguePhrase {
  kind: string;
  pattern: RegExp;
  reason: string;
  /** Soft phrases ("check in with Mark to learn why usage dropped") are fine with a concrete outcome attached. */
  soft?: boolean;
}

export const VAGUE_PHRASES: readonly VaguePhrase[] = [
  {
    kind: 'check_in',
    soft: true,
    pattern: /\b(?:check(?:ing)? (?:in|on)|touch(?:ing)? base|follow(?:ing)?[- ]?up|get a meeting|catch(?:ing)? up)\b/,
    reason: 'Describes a contact, not a result: nothing tells you afterwards whether the call worked.',
  },
  {
    kind: 'check_in',
    pattern: /\b(?:see (?:how|where|if)|how (?:things|it|they|the \w+) (?:is|are) going|where (?:they|things) (?:are|stand)(?: at)?|say hi|stay top of mind|ping|reconnect|re-?engage|circle back|keep in touch|keep (?:the conversation|things) going|continue the (?:discussion|conversation)|next steps?$)\b/,
    reason: 'A catch-up with no result attached: the customer gets nothing from it and you learn nothing you can check.',
  },
  {
    kind: 'self_centred',
    pattern: /\b(?:introduce (?:myself|ourselves|our|us|the product)|pitch|present (?:our|the new|the product)|demo (?:the|our)|tell them about|update them on|send more info|get them excited|upsell|make a sale|win the deal|close (?:the|this) deal|convince|push (?:them|for)|get the deal moving|move (?:things|it|the deal) forward|get (?:a )?yes|get buy-in|get commitment|commit to something|sell (?:the|them|our)|secure the|ask for the business|(?:over|across) the line|lock in|overcome|show them the value|nudge|remind them|keep them warm|warm up)\b/,
    reason: 'About what you want to do or get, not what the customer will decide or tell you.',
  },
  {
    kind: 'no_outcome',
    pattern: /\b(?:learn more|learn about|find out about|understand (?:their|the) (?:needs|business|account|situation|company)|understand the account|build rapport|get to know|discuss|talk about|have a (?:good |quick )?(?:conversation|chat|call)|explore|gather (?:some )?info\w*|qualify|budget and timeline|pick their brains?|(?:run|do) discovery|relationship building|hear their thoughts|go over|get a (?:feel|sense)|dig into|probe|intel|align on)\b/,
    reason: 'Names a topic, not an answer: say what you will know after the call that you do not know now.',
  },
];

/** Commitments and arrangements a rep can see happen on the call. */
export const OBSERVABLE_ACTION =
  /\b(?:agrees?|agreed|commits?|committed|signs?|signed|confirms?|confirmed|chooses?|decides? (?:whether|between|which)|books?|booked|schedules?|scheduled|set up|introduces? me|intro|shares?|sends?|sending|presents?|tests?|runs?|tries|trying|drafts?|attends?|(?:in|on|into) (?:both |the |their |our |his |her |your |my )?(?:calendars?|diar(?:y|ies))|a date (?:for|in)|diary|agenda|expands?|picks?|selects?|follow(?:ing)? up with (?:the|a|an|their) (?!team|client|customer|account|contact)\w+)\b/;

/**
 * What makes an arrangement concrete: a number or date, a named person, or a role on their side.
 * "Book a call" is an action but says nothing you could check; "Book a call with their CFO" does.
 */
export const SPECIFICS =
  /\d|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|week|month|quarter|today|tomorrow|before|by|until|end of)\b|\b(?:cfo|ceo|coo|cto|ciso|vp|head of|leads?|managers?|director|team|admin|owners?|sponsors?|board|it|office|site)\b/;
/** A proper noun after the first word: "Marco agrees…", "…to the Lyon site". Checked on the raw text. */
export const NAMED = /\s[A-Z][a-z]+/;

/** A learning outcome is observable when it names what exactly will be known. */
export const SPECIFIC_LEARNING =
  /\b(?:learn|find out|understand|hear|get|know)\b.*\b(?:what|which|why|how|who|whether|when|top|biggest|main|two|three|four|five|examples?|\d+)\b/;

export const VAGUE_SUCCESS_TEST =
  /^(?:(?:it|the call) (?:goes|went) (?:well|ok|okay|fine)|they (?:like|liked|love) it|(?:a )?good (?:call|conversation|chat)|positive(?: vibe| feeling)?|they (?:seem|seemed|are|were) (?:interested|happy|engaged|keen)|we (?:talk|talked|connect|connected)|yes|done|n\/?a|tbd|\?+)[.!]*$/;

/** One sharp goal per type, so the example always matches what the rep is trying to do. */
export const SHARP_GOAL_EXAMPLES: Readonly<Record<GoalType, string>> = {
  learn: 'Learn the two biggest reasons their renewals slip and what each one costs them per quarter.',
  commit: 'They agree to run a two-week pilot with the support team, starting on a date we fix on the call.',
  next_step: 'A 30-minute meeting with their head of operations is in both calendars for next week, agenda agreed.',
};

export const SUCCESS_TEST_EXAMPLES: Readonly<Record<GoalType, string>> = {
  learn: 'I can write down both reasons and a rough cost for each in their words.',
  commit: 'They name the pilot team and a start date before we hang up.',
  next_step: 'The invite is accepted and the attendees are named.',
};

export const OPENER_EXAMPLES: Readonly<Record<GoalType, string>> = {
  learn: 'I am calling because you mentioned slow onboarding last time; what has changed since then?',
  commit: 'I am calling to settle whether a pilot makes sense for your team; what would you need to decide today?',
  next_step: 'I am calling to find the right people for a working session; who on your side feels this problem most?',
};

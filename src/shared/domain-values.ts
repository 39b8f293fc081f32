/**
 * The fixed vocabulary of the domain (goal types, stages, themes, sites) as plain constants and labels.
 * Free of zod so the sidebar can show them without bundling the schema library; domain.ts builds the
 * schemas on these same tuples, so the two can never disagree.
 */
/** What should be true when the rep hangs up. */
export const GOAL_TYPES = ['learn', 'commit', 'next_step'] as const;
export type GoalType = (typeof GOAL_TYPES)[number];

export const GOAL_TYPE_LABELS: Record<GoalType, string> = {
  learn: 'Learn',
  commit: 'Commit',
  next_step: 'Next step',
};

/** Where the deal is, which changes what a good question is. */
export const STAGES = ['first_conversation', 'discovery', 'follow_up', 'stalled', 'renewal_expansion'] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  first_conversation: 'First conversation',
  discovery: 'Discovery',
  follow_up: 'Follow-up',
  stalled: 'Stalled deal',
  renewal_expansion: 'Renewal or expansion',
};

/** What a question is about, always from the customer's side. */
export const THEMES = [
  'goals',
  'problems',
  'implications',
  'what_changed',
  'what_tried',
  'priorities',
  'success',
  'risks',
  'decision',
] as const;
export type Theme = (typeof THEMES)[number];

export const THEME_LABELS: Record<Theme, string> = {
  goals: 'Their goals',
  problems: 'Problems',
  implications: 'Implications and cost',
  what_changed: 'What changed',
  what_tried: 'What they tried',
  priorities: 'Priorities',
  success: 'What success looks like',
  risks: 'Risks',
  decision: 'How they decide',
};

export const SITES = [
  'salesforce',
  'hubspot',
  'pipedrive',
  'zoho',
  'dynamics',
  'close',
  'gmail',
  'outlook',
  'linkedin',
  'generic',
  'demo',
] as const;
export type Site = (typeof SITES)[number];

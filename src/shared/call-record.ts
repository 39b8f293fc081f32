/**
 * One call, from plan to outcome to follow-up: the record the background stores (one per call, keyed by id),
 * the dashboard counts and the exports carry. A plan is a call record that has no outcome yet.
 */
import * as z from 'zod';
import { GATE_MODES, GOAL_MET, REACHED } from './call-options';
import { GoalType, PageContext, Stage, Theme } from './domain';

export { GATE_MODES, GOAL_MET, REACHED };

export const GateMode = z.enum(GATE_MODES);
export type GateMode = z.infer<typeof GateMode>;

export const Reached = z.enum(REACHED);
export type Reached = z.infer<typeof Reached>;

export const GoalMet = z.enum(GOAL_MET);
export type GoalMet = z.infer<typeof GoalMet>;

/** Milliseconds since the epoch; every time in a record is one of these. */
const Time = z.number().int().nonnegative();
const ShortText = z.string().max(500);
const LongText = z.string().max(5000);

export const Goal = z.object({
  type: GoalType,
  /** What should be true when the rep hangs up. */
  outcome: z.string().trim().min(1).max(300),
  /** "I'll know it worked if …" */
  successTest: z.string().trim().min(1).max(300),
  opener: ShortText.optional(),
});
export type Goal = z.infer<typeof Goal>;

export const PlannedQuestion = z.object({
  text: z.string().trim().min(1).max(500),
  /** Set when the question came from the library; absent for the rep's own. */
  questionId: z.string().max(100).optional(),
  theme: Theme.optional(),
});
export type PlannedQuestion = z.infer<typeof PlannedQuestion>;

export const Dial = z.object({
  /** planned: goal saved, no dial yet; dialed: went through the gate with a goal; without_goal: gentle mode's skip or mode off. */
  status: z.enum(['planned', 'dialed', 'without_goal']),
  at: Time.optional(),
  /** The number or link dialed, so the log shows which line was called. */
  target: z.string().max(2048).optional(),
});

export const Outcome = z.object({
  reached: Reached,
  /** Only when connected and a goal was stated. */
  goalMet: GoalMet.optional(),
  questionsAsked: z.array(z.string().max(500)).max(50),
  learned: LongText,
  nextStep: z.object({ text: ShortText.min(1), due: Time }).optional(),
  coaching: z.object({ note: z.string().max(2000) }).optional(),
  loggedAt: Time,
});
export type Outcome = z.infer<typeof Outcome>;

export const FollowUp = z.object({
  due: Time,
  status: z.enum(['open', 'done']),
  doneAt: Time.optional(),
  /** Set once the reminder fired, so it never fires twice (promise 25). */
  notifiedAt: Time.optional(),
  /**
   * Set together with notifiedAt, cleared once the notification is on screen. A worker stopped in between leaves it
   * set, and the next start shows the reminder then, so it is neither lost nor shown twice (promise 25).
   */
  showing: z.literal(true).optional(),
  snoozedUntil: Time.optional(),
});
export type FollowUp = z.infer<typeof FollowUp>;

export const Rep = z.object({ name: z.string().max(100), team: z.string().max(100) });
export type Rep = z.infer<typeof Rep>;

export const CallRecord = z.object({
  id: z.string().uuid(),
  rep: Rep,
  context: PageContext,
  stage: Stage,
  goal: Goal.nullable(),
  questions: z.array(PlannedQuestion).max(20),
  gateMode: GateMode,
  dial: Dial,
  outcome: Outcome.optional(),
  followUp: FollowUp.optional(),
  createdAt: Time,
  updatedAt: Time,
  /** Set on records merged from a team export: which file brought them in. */
  source: z.object({ file: z.string().max(300), importedAt: Time }).optional(),
});
export type CallRecord = z.infer<typeof CallRecord>;

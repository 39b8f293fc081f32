/**
 * Schemas of what the background sends the options page about reports, imports and exports. The background parses
 * its own replies against these before they leave (handle-message.ts), so a shape drift fails loudly in tests.
 */
import * as z from 'zod';
import { CallRecord, Goal, GoalMet, Reached, Rep } from '../call-record';
import { GoalType, Site } from '../domain';

const Count = z.number().int().nonnegative();
const Time = z.number().int().nonnegative();

export const RateSchema = z.object({ numerator: Count, denominator: Count, value: z.number().min(0).max(1).nullable() });

export const MetricsSchema = z.object({
  calls: Count,
  connects: Count,
  coachingRequests: Count,
  planRate: RateSchema,
  goalHitRate: RateSchema,
  goalPartlyRate: RateSchema,
  followUpOnTime: RateSchema,
});

const BreakdownRowSchema = MetricsSchema.extend({ key: z.string(), label: z.string() });

export const ReportSchema = z.object({
  range: z.object({ from: Time, to: Time }),
  now: Time,
  totals: MetricsSchema,
  byWeek: z.array(BreakdownRowSchema),
  byGoalType: z.array(BreakdownRowSchema),
  byRep: z.array(BreakdownRowSchema.extend({ rep: Rep })),
  bySite: z.array(BreakdownRowSchema),
});

export const ReportFilterSchema = z
  .object({
    repName: z.string().max(100).optional(),
    team: z.string().max(100).optional(),
    site: Site.optional(),
    goalType: z.union([GoalType, z.literal('none')]).optional(),
  })
  .strict();

export const CoachingRequestSchema = z.object({
  id: z.string(),
  rep: Rep,
  at: Time,
  goal: Goal.nullable(),
  reached: Reached,
  goalMet: GoalMet.optional(),
  learned: z.string(),
  nextStep: z.string().optional(),
  note: z.string(),
  recordUrl: z.string(),
});

/** Everything the dashboard shows, computed in one pass by the background so only this crosses the wire. */
export const DashboardSchema = z.object({
  report: ReportSchema,
  topQuestions: z.array(z.object({ text: z.string(), count: Count })),
  coaching: z.array(CoachingRequestSchema),
  /** All coaching requests in range; `coaching` holds at most the newest 200. */
  coachingTotal: Count,
});
export type Dashboard = z.infer<typeof DashboardSchema>;

/** A resume point in [createdAt, id] order, the call index's own order. */
export const CallCursor = z.object({ createdAt: Time, id: z.string().max(100) }).strict();
export type CallCursor = z.infer<typeof CallCursor>;

export const CallPageSchema = z.object({ calls: z.array(CallRecord), next: CallCursor.nullable() });

/** One side of a conflict, enough for a manager to find both records. */
export interface ImportConflictSide {
  file: string;
  rep: Rep;
  updatedAt: number;
  goal: string;
}

export interface ImportConflictView {
  id: string;
  kept: ImportConflictSide;
  incoming: ImportConflictSide;
}

/** What a team import did; the options page writes the import itself (shared/team-import), so this crosses no message. */
export interface ImportCallsResult {
  files: number;
  /** Records new to the store. */
  inserted: number;
  /** Records already stored with the same content (or repeated within the batch). */
  unchanged: number;
  /** At most the first 500 conflicts. */
  conflicts: ImportConflictView[];
  /** All conflicts. */
  conflictTotal: number;
}

/**
 * Every message a context may send to the background: its request and response schemas and who may send it.
 * Receivers check the sender, then parse, then handle, and fail closed. Content scripts get a short
 * low-privilege allowlist; anything that reads or changes the rep's data is for our own pages only.
 */
import * as z from 'zod';
import { CallRecord, Goal, PlannedQuestion } from './call-record';
import { PageContext, Stage } from './domain';
import type { SenderKind } from './sender';
import { Settings } from './settings';
import { LibraryQuestion } from '../coach/library-question-schema';
import {
  CallCursor,
  CallPageSchema,
  DashboardSchema,
  ReportFilterSchema,
} from './report/report-schemas';

const Empty = z.object({}).strict();
const Ok = z.object({ ok: z.literal(true) }).strict();

const GoalCounts = z.object({ asked: z.number().int().nonnegative(), met: z.number().int().nonnegative() }).strict();
const CountsByGoal = z.object({ learn: GoalCounts, commit: GoalCounts, next_step: GoalCounts }).strict();
/** At most this many questions' records cross to the sidebar: the most-asked ones, which are all the ranking can use. */
export const MAX_QUESTION_STATS = 5000;
export const CoachData = z.object({
  teamQuestions: z.array(LibraryQuestion).max(5000),
  stats: z.object({
    overall: CountsByGoal,
    byQuestion: z.array(z.tuple([z.string().max(2000), CountsByGoal])).max(MAX_QUESTION_STATS),
  }),
});
export type CoachData = z.infer<typeof CoachData>;

/** A dial the gate held: what was clicked, so it can be replayed exactly once. */
export const HeldDial = z
  .object({
    attemptId: z.string().uuid(),
    context: PageContext,
    target: z.string().max(2048),
    at: z.number().int().nonnegative(),
  })
  .strict();
export type HeldDial = z.infer<typeof HeldDial>;

export const TabState = z.object({
  tabId: z.number().int(),
  context: PageContext.nullable(),
  heldDial: HeldDial.nullable(),
});
export type TabState = z.infer<typeof TabState>;

/** Broadcast by the background to our own pages whenever a tab's contact or held dial changes. */
export interface TabStateChanged {
  type: 'tab-state-changed';
  state: TabState;
}

export const PlanDraft = z
  .object({
    /** The draft's id is the record id: saving the same draft twice never makes two records. */
    id: z.string().uuid(),
    context: PageContext,
    stage: Stage,
    goal: Goal,
    questions: z.array(PlannedQuestion).max(20),
  })
  .strict();
export type PlanDraft = z.infer<typeof PlanDraft>;

/** Custom CRM origins and whether each is live (in settings and granted, so the script runs there). */
const CustomDomainList = z.object({ domains: z.array(z.object({ origin: z.string(), active: z.boolean() })) });

function define<Req extends z.ZodType, Res extends z.ZodType>(from: readonly SenderKind[], request: Req, response: Res) {
  return { from, request, response };
}

export const MESSAGES = {
  /** Liveness and version: lets a page tell "extension updated" apart from other failures. */
  ping: define(['content', 'page'], Empty, z.object({ version: z.string() })),
  'get-settings': define(['content', 'page'], Empty, Settings),
  'save-settings': define(['page'], Settings.strict(), Settings),
  /** The content script proposes whom this tab is about; it never reads anyone's history. */
  'report-context': define(['content'], z.object({ context: PageContext.nullable() }).strict(), Ok),
  /** A real click on a phone number: proceed, hold for a goal, or remind (gentle mode). */
  'dial-attempt': define(
    ['content'],
    z.object({ context: PageContext, target: z.string().min(1).max(2048) }).strict(),
    z.object({ action: z.enum(['proceed', 'hold', 'remind']), attemptId: z.string().uuid().optional() }),
  ),
  'get-tab-state': define(['page'], Empty, TabState),
  'save-plan': define(['page'], z.object({ plan: PlanDraft, attemptId: z.string().uuid().optional() }).strict(), CallRecord),
  'dial-without-goal': define(['page'], z.object({ attemptId: z.string().uuid() }).strict(), Ok),
  'cancel-dial': define(['page'], z.object({ attemptId: z.string().uuid() }).strict(), Ok),
  'get-history': define(['page'], z.object({ context: PageContext, limit: z.number().int().min(1).max(200) }).strict(), z.array(CallRecord)),
  /** What the question coach ranks with: the team's added questions and how past questions did, per goal type. */
  'get-coach-data': define(['page'], Empty, CoachData),
  // Options page (reports, team import, question bank, custom domains): privileged, our own pages only.
  /** The dashboard for [from, to), computed in the background in one pass; only the result crosses. */
  'get-report': define(
    ['page'],
    z.object({ from: z.number().int().nonnegative(), to: z.number().int().nonnegative(), filter: ReportFilterSchema.optional() }).strict(),
    DashboardSchema,
  ),
  /** One page of every stored call for exports, resuming after `after`; pages keep each message small. */
  'get-calls-page': define(['page'], z.object({ after: CallCursor.nullable(), limit: z.number().int().min(1).max(5000) }).strict(), CallPageSchema),
  /**
   * A team import is checked and written by the page itself (shared/team-import: ~70 MB of files do not fit runtime
   * messages). First the background opens the store, upgrading it if it must, and refuses a read-only one.
   */
  'prepare-team-import': define(['page'], Empty, Ok),
  /** After the page wrote a team import: the background forgets what it cached from the stored calls. */
  'finish-team-import': define(['page'], Empty, Ok),
  'get-team-questions': define(['page'], Empty, z.object({ questions: z.array(LibraryQuestion) })),
  'import-team-questions': define(
    ['page'],
    z.object({ questions: z.array(LibraryQuestion).min(1).max(5000) }).strict(),
    z.object({ questions: z.array(LibraryQuestion), added: z.number().int(), updated: z.number().int() }),
  ),
  'remove-team-question': define(['page'], z.object({ id: z.string().max(100) }).strict(), z.object({ questions: z.array(LibraryQuestion) })),
  'list-custom-domains': define(['page'], Empty, CustomDomainList),
  /** Sent after the page's permissions.request was granted; the background checks the grant itself. */
  'add-custom-domain': define(['page'], z.object({ origin: z.string().min(1).max(300) }).strict(), CustomDomainList),
  'remove-custom-domain': define(['page'], z.object({ origin: z.string().min(1).max(300) }).strict(), CustomDomainList),
  // After the call (issue #6): the log prompt, outcomes, follow-ups, and deleting everything.
  /** The content script saw its tab come back (visible or focused); the background decides if a log is due. */
  'tab-returned': define(['content'], Empty, Ok),
  /** Dialed calls still without an outcome (newest first, at most 20 of `total`), and the one prompted in this tab. */
  'get-outcome-queue': define(
    ['page'],
    Empty,
    z.object({ pending: z.array(CallRecord).max(20), total: z.number().int().nonnegative(), prompt: z.string().uuid().nullable() }),
  ),
  /** Acked only after the commit; a next step becomes the call's open follow-up. */
  'log-outcome': define(
    ['page'],
    z.object({ id: z.string().uuid(), outcome: CallRecord.shape.outcome.unwrap().omit({ loggedAt: true }).strict() }).strict(),
    CallRecord,
  ),
  /** Open follow-ups, soonest first; with `dueBy`, only those ringing at or before it. */
  'list-follow-ups': define(
    ['page'],
    z.object({ dueBy: z.number().int().nonnegative().optional(), limit: z.number().int().min(1).max(500).optional() }).strict(),
    z.array(CallRecord),
  ),
  'complete-follow-up': define(['page'], z.object({ id: z.string().uuid() }).strict(), Ok),
  'snooze-follow-up': define(['page'], z.object({ id: z.string().uuid(), until: z.number().int().nonnegative() }).strict(), Ok),
  /** Empties every call store, alarm, notification, tab state and the badge. Settings are kept. */
  'delete-all-data': define(['page'], Empty, Ok),
} as const;

export type MessageName = keyof typeof MESSAGES;
export type RequestOf<N extends MessageName> = z.input<(typeof MESSAGES)[N]['request']>;
export type ResponseOf<N extends MessageName> = z.output<(typeof MESSAGES)[N]['response']>;

/** What crosses the wire: a name and a payload. Anything else is rejected before a handler runs. */
export const Envelope = z.object({ type: z.string().max(64), payload: z.unknown() }).strict();

export const ERROR_CODES = ['unknown_message', 'forbidden', 'invalid', 'failed', 'quota', 'unavailable'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
export interface MessageErrorData {
  code: ErrorCode;
  message: string;
}
export type Reply<T> = { ok: true; value: T } | { ok: false; error: MessageErrorData };

export const ReplySchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: z.enum(ERROR_CODES), message: z.string() }) }),
]);

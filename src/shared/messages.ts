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

const Empty = z.object({}).strict();
const Ok = z.object({ ok: z.literal(true) }).strict();

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

/**
 * The words Precall speaks in: goals, stages, question themes and the contact a page is about.
 * Every context and the coach share these; schemas are zod so each boundary can parse them.
 */
import * as z from 'zod';

import { GOAL_TYPE_LABELS, GOAL_TYPES, SITES, STAGE_LABELS, STAGES, THEME_LABELS, THEMES } from './domain-values';

export { GOAL_TYPE_LABELS, GOAL_TYPES, SITES, STAGE_LABELS, STAGES, THEME_LABELS, THEMES };

/** What should be true when the rep hangs up. */
export const GoalType = z.enum(GOAL_TYPES);
export type GoalType = z.infer<typeof GoalType>;
/** Where the deal is, which changes what a good question is. */
export const Stage = z.enum(STAGES);
export type Stage = z.infer<typeof Stage>;
/** What a question is about, always from the customer's side. */
export const Theme = z.enum(THEMES);
export type Theme = z.infer<typeof Theme>;
export const Site = z.enum(SITES);
export type Site = z.infer<typeof Site>;

export const PhoneNumber = z.object({
  /** As shown on the page, normalized for safe display. */
  raw: z.string().min(1).max(100),
  /** E.164 (+ and up to 15 digits) when the number parses; absent numbers are kept but not dialable. */
  e164: z
    .string()
    .regex(/^\+[1-9]\d{6,14}$/)
    .optional(),
  /** Extension digits, kept apart from the E.164 number. */
  ext: z
    .string()
    .regex(/^\d{1,10}$/)
    .optional(),
  /** The page's own label: "Mobile", "Work", "Direct". */
  label: z.string().max(60).optional(),
});
export type PhoneNumber = z.infer<typeof PhoneNumber>;

const BoundedName = z.string().min(1).max(200);

/** Whom the rep is looking at, as read from a page. Never the signed-in user. */
export const PageContext = z.object({
  site: Site,
  kind: z.enum(['record', 'thread', 'compose', 'profile']),
  /** The page that shows this contact: where a follow-up notification leads back to. */
  recordUrl: z.string().url().max(2048),
  /** The CRM's own id for the record when the URL or page carries one. */
  recordId: z.string().min(1).max(200).optional(),
  person: z.object({ name: BoundedName, title: z.string().min(1).max(200).optional() }).optional(),
  company: BoundedName.optional(),
  emails: z.array(z.string().email().max(320)).max(20),
  phones: z.array(PhoneNumber).max(20),
});
export type PageContext = z.infer<typeof PageContext>;

/**
 * The schema of one coaching question, shared by the built-in library and team question banks, so an
 * imported question is held to exactly the same rules as ours. Apart from library-question.ts so the
 * sidebar, which only reads the built-in library, does not bundle zod.
 */
import * as z from 'zod';
import { GoalType, Stage, Theme } from '../shared/domain';

/** Stable slugs: they are stored in call records, so they never change once shipped. */
const Slug = z
  .string()
  .min(3)
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug like "goals-next-year"');

const Tag = z.string().trim().min(1).max(60);

export const LibraryQuestion = z.strictObject({
  id: Slug,
  text: z.string().trim().min(10).max(300),
  goalTypes: z.array(GoalType).min(1).max(3),
  stages: z.array(Stage).min(1).max(5),
  theme: Theme,
  /** When set, the question fits only these roles (e.g. "finance"); absent means any role. */
  roles: z.array(Tag).min(1).max(20).optional(),
  /** When set, the question fits only these industries; absent means any industry. */
  industries: z.array(Tag).min(1).max(20).optional(),
});
export type LibraryQuestion = z.infer<typeof LibraryQuestion>;

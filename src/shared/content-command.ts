/**
 * Commands the background sends into a tab's content script. zod/mini rather than zod: the content script's budget
 * is 30 KB gzip and the full zod build alone is ~26 KB; mini parses the same way at ~6 KB.
 */
import * as z from 'zod/mini';

const AttemptId = z.string().check(z.regex(/^[0-9a-f-]{36}$/i));

export const ContentCommand = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('toggle-sidebar') }),
  z.strictObject({ type: z.literal('open-sidebar') }),
  z.strictObject({ type: z.literal('release-dial'), attemptId: AttemptId }),
  z.strictObject({ type: z.literal('drop-dial'), attemptId: AttemptId }),
]);
export type ContentCommand = z.infer<typeof ContentCommand>;

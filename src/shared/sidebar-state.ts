/**
 * Sidebar chrome state, written by the content script: open or closed per site, and its width. This zod/mini schema
 * is the specification; the content script checks it with content/sidebar-state-item.ts (no zod at run time, for the
 * host page's sake), which its test proves equivalent.
 */
import * as z from 'zod/mini';

export const SidebarState = z.object({
  openBySite: z.record(z.string().check(z.maxLength(300)), z.boolean()),
  width: z.number().check(z.int(), z.minimum(280), z.maximum(640)),
});
export type SidebarState = z.infer<typeof SidebarState>;

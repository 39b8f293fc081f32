/**
 * Sidebar chrome state, written by the content script: open or closed per site, and its width.
 * zod/mini for the same budget reason as content-command.ts.
 */
import * as z from 'zod/mini';
import { browser } from './browser';
import { defineItem } from './storage';

export const SidebarState = z.object({
  openBySite: z.record(z.string().check(z.maxLength(300)), z.boolean()),
  width: z.number().check(z.int(), z.minimum(280), z.maximum(640)),
});
export type SidebarState = z.infer<typeof SidebarState>;
export const DEFAULT_SIDEBAR_STATE: SidebarState = { openBySite: {}, width: 360 };

export const sidebarStateItem = defineItem(
  { key: 'sidebar', schema: SidebarState, defaultValue: DEFAULT_SIDEBAR_STATE, version: 1 },
  () => browser.storage.local,
);

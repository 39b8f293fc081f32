/**
 * The sidebar's open/closed state per site and its width, in storage.local, checked by parse-sidebar-state.ts.
 */
import { browser } from '../shared/browser';
import { defineItem } from '../shared/storage';
import { DEFAULT_SIDEBAR_STATE, parseSidebarState } from './parse-sidebar-state';

export const sidebarStateItem = defineItem(
  { key: 'sidebar', schema: { parse: parseSidebarState }, defaultValue: DEFAULT_SIDEBAR_STATE, version: 1 },
  () => browser.storage.local,
);

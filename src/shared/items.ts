/**
 * storage.local keys of the rep's settings. Call data is never here: it lives in the background's IndexedDB.
 * The sidebar's open/closed state is in sidebar-state.ts, kept apart so the content script need not load full zod.
 */
import { browser } from './browser';
import { DEFAULT_SETTINGS, Settings } from './settings';
import { defineItem } from './storage';

const local = () => browser.storage.local;

export const settingsItem = defineItem(
  {
    key: 'settings',
    schema: Settings,
    defaultValue: DEFAULT_SETTINGS,
    version: 1,
  },
  local,
);

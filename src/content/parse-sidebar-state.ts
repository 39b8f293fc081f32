/**
 * The sidebar state (open per site, width) checked by hand rather than with the zod/mini schema in
 * shared/sidebar-state.ts, which is its specification: building zod schemas at every start cost each host page
 * ~20 ms of main-thread time (see parse-command.ts). parse-sidebar-state.test.ts proves the two agree.
 */
import type { SidebarState } from '../shared/sidebar-state';

export const DEFAULT_SIDEBAR_STATE: SidebarState = { openBySite: {}, width: 360 };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What SidebarState.parse returns, or throws as it does (the storage item quarantines what throws). */
export function parseSidebarState(value: unknown): SidebarState {
  if (!isPlainObject(value)) throw new TypeError('sidebar state is not an object');
  const { openBySite, width } = value;
  if (!isPlainObject(openBySite)) throw new TypeError('openBySite is not an object');
  const open: Record<string, boolean> = {};
  for (const key of Object.keys(openBySite)) {
    if (key === '__proto__') continue; // as zod does: never copied, so it cannot set the result's prototype
    const flag = openBySite[key];
    if (key.length > 300 || typeof flag !== 'boolean') throw new TypeError(`openBySite has a bad entry ${key.slice(0, 40)}`);
    open[key] = flag;
  }
  if (typeof width !== 'number' || !Number.isInteger(width) || width < 280 || width > 640) throw new TypeError('width is out of range');
  return { openBySite: open, width };
}


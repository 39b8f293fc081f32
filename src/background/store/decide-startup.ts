/**
 * What the background does with the call database at start-up, as a pure table (promise 6).
 * Every cell ends in a normal start, a migration, a restore or a reset that carries a warning for
 * the rep: never a silently empty database.
 */

export type Health = 'ok' | 'missing' | 'corrupt';

export interface StartupState {
  primary: Health;
  backup: Health;
  /** The primary's schema: 'old' means an upgrade is due. Irrelevant when the primary is unusable. */
  schema: 'old' | 'current';
  /**
   * True only when the caller knows this is a fresh install (runtime.onInstalled reason 'install').
   * A missing database without that knowledge may be lost data, so it is warned about.
   */
  firstRun?: boolean;
}

export type StartupDecision =
  | { action: 'normal'; warning?: string }
  | { action: 'migrate'; warning?: string }
  | { action: 'restore'; warning: string }
  | { action: 'reset_with_warning'; warning: string };

const BACKUP_UNREADABLE = 'The last backup of your calls is unreadable; a new one will be taken now.';

export function decideStartup(state: StartupState): StartupDecision {
  const { primary, backup, schema, firstRun = false } = state;
  if (primary === 'ok') {
    const action = schema === 'old' ? 'migrate' : 'normal';
    return backup === 'corrupt' ? { action, warning: BACKUP_UNREADABLE } : { action };
  }
  if (backup === 'ok') {
    return {
      action: 'restore',
      warning:
        primary === 'missing'
          ? 'Your call database was missing; Precall restored your calls from the last backup. Calls saved after it may be lost.'
          : 'Your call database was damaged; Precall restored your calls from the last backup. Calls saved after it may be lost.',
    };
  }
  if (primary === 'missing' && backup === 'missing' && firstRun) return { action: 'normal' };
  const what = primary === 'missing' ? 'could not be found' : 'is damaged';
  const why = backup === 'missing' ? 'there is no backup' : 'the backup is damaged too';
  return {
    action: 'reset_with_warning',
    warning: `Your call history ${what} and ${why}, so Precall started with an empty history. Import an export file to bring calls back.`,
  };
}

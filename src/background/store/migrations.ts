/**
 * Every schema version of the call database, one frozen step each (Bitwarden's state-migrations).
 * A step never changes once released: a new shape means a new step appended here, with a fixture
 * of the old shape and a test (migrations.test.ts). All steps run inside the one versionchange
 * transaction, so a throw anywhere aborts the upgrade and leaves the stored bytes as they were.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { fromStored, toStored, type CallDbSchema } from './stored-call';

export type UpgradeTx = IDBPTransaction<CallDbSchema, StoreNames<CallDbSchema>[], 'versionchange'>;

export interface Migration {
  /** The version this step produces. */
  readonly version: number;
  readonly why: string;
  /** Creates or changes stores and indexes. */
  readonly upgradeSchema: (db: IDBPDatabase<CallDbSchema>, tx: UpgradeTx) => void;
  /** Rewrites one stored call; pure, and idempotent so an interrupted upgrade can simply run again. */
  readonly migrateCall?: (value: unknown) => unknown;
}

const v1: Migration = Object.freeze({
  version: 1,
  why: 'First shape: one record per call keyed by its id (never an array of calls).',
  upgradeSchema(db: IDBPDatabase<CallDbSchema>) {
    const calls = db.createObjectStore('calls', { keyPath: 'id' });
    calls.createIndex('byCreatedAt', 'createdAt');
  },
});

const v2: Migration = Object.freeze({
  version: 2,
  why:
    'Contact history and reminders need derived index keys; corrupt records need a quarantine, ' +
    'backups a store of their own, and the version a meta store.',
  upgradeSchema(db: IDBPDatabase<CallDbSchema>, tx: UpgradeTx) {
    const calls = tx.objectStore('calls');
    // [createdAt, id] orders ties, so batched exports can resume exactly after the last record read.
    calls.deleteIndex('byCreatedAt');
    calls.createIndex('byCreatedAt', ['createdAt', 'id']);
    calls.createIndex('byRecordKey', '_keys.recordKey');
    calls.createIndex('byEmail', '_keys.emails', { multiEntry: true });
    calls.createIndex('byPhone', '_keys.phones', { multiEntry: true });
    calls.createIndex('byFollowUpDue', '_keys.followUp');
    calls.createIndex('byPendingOutcome', '_keys.pendingOutcome');
    db.createObjectStore('meta', { keyPath: 'key' });
    db.createObjectStore('quarantine', { autoIncrement: true });
    db.createObjectStore('backup', { keyPath: 'key' });
  },
  // Content is unchanged in v2; only the derived keys are added. A value that does not parse is left
  // as it is, to be quarantined (not dropped) the first time it is read.
  migrateCall(value: unknown): unknown {
    const parsed = fromStored(value);
    return parsed.ok ? toStored(parsed.record) : value;
  },
});

const v3: Migration = Object.freeze({
  version: 3,
  why:
    'Imported team records move to append-only chunks (shared/team-store.ts): one put per call made an import ' +
    'of 100,000 calls take over 30 s. Records imported before stay where they are, in the calls store.',
  upgradeSchema(db: IDBPDatabase<CallDbSchema>) {
    db.createObjectStore('teamIndex', { keyPath: 'key' });
    db.createObjectStore('teamData', { keyPath: 'key' });
  },
});

export const MIGRATIONS: readonly Migration[] = Object.freeze([v1, v2, v3]);
export const SCHEMA_VERSION = MIGRATIONS.length;

/** Runs the steps from oldVersion to the last one inside the versionchange transaction. */
export async function runMigrations(
  db: IDBPDatabase<CallDbSchema>,
  tx: UpgradeTx,
  oldVersion: number,
  migrations: readonly Migration[],
): Promise<void> {
  for (const step of migrations.slice(oldVersion)) {
    step.upgradeSchema(db, tx);
    // A fresh database has no calls to rewrite; skip the cursor rather than open one on an empty store.
    if (!step.migrateCall || oldVersion === 0) continue;
    let cursor = await tx.objectStore('calls').openCursor();
    while (cursor) {
      await cursor.update(step.migrateCall(cursor.value));
      cursor = await cursor.continue();
    }
  }
  // v1 had no meta store; every later version records itself.
  if (db.objectStoreNames.contains('meta')) await tx.objectStore('meta').put({ key: 'schemaVersion', value: migrations.length });
}

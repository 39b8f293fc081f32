/**
 * Opens (creating or upgrading) the call database from an injected IDBFactory, so tests hand in
 * fake-indexeddb and the service worker hands in `indexedDB`. idb's openDB always uses the global
 * factory, hence the hand-rolled open around idb's `wrap`.
 */
import { wrap, type IDBPDatabase } from 'idb';
import { MIGRATIONS, runMigrations, type Migration, type UpgradeTx } from './migrations';
import { StoreError, toStoreError } from '../../shared/store-error';
import type { CallDbSchema } from './stored-call';

export interface CallDb {
  readonly db: IDBPDatabase<CallDbSchema>;
  /** True when the database was written by a newer Precall: reads work, every write is refused. */
  readonly readOnly: boolean;
  readonly version: number;
}

export interface OpenCallDbOptions {
  /** Tests swap in failing steps; production always uses MIGRATIONS. */
  readonly migrations?: readonly Migration[];
  /**
   * Told when this connection closed under its owner: another context upgrading, or the browser closing it after an
   * I/O error (a full disk). Every later transaction on it would fail, so the owner opens a new one.
   */
  readonly onClosed?: () => void;
}

function openRaw(
  factory: IDBFactory,
  name: string,
  version: number | undefined,
  migrations: readonly Migration[],
): { opened: Promise<IDBPDatabase<CallDbSchema>>; failure: () => unknown } {
  const request = factory.open(name, version);
  let failure: unknown;
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as unknown as IDBPDatabase<CallDbSchema>;
    const tx = wrap(request.transaction as IDBTransaction) as unknown as UpgradeTx;
    // idb gives every wrapped transaction a done promise; an aborted upgrade is reported through the
    // open request below, so this one must not also surface as an unhandled rejection.
    tx.done.catch(() => undefined);
    runMigrations(db, tx, event.oldVersion, migrations).catch((error: unknown) => {
      failure = error;
      // Aborting the versionchange transaction is what leaves the old data and version untouched.
      try {
        tx.abort();
      } catch {
        // Already aborted by the failed request itself; the failure is recorded above and rethrown.
      }
    });
  });
  return { opened: wrap(request) as unknown as Promise<IDBPDatabase<CallDbSchema>>, failure: () => failure };
}

/** Closes this connection when another wants to upgrade, so an old tab never blocks a new version. */
function yieldToUpgrades(db: IDBPDatabase<CallDbSchema>, onClosed: () => void = () => {}): void {
  db.addEventListener('versionchange', () => {
    db.close();
    onClosed();
  });
  db.addEventListener('close', onClosed); // only fired when the browser closed it, never for db.close()
}

export async function openCallDb(
  factory: IDBFactory,
  name = 'precall',
  options: OpenCallDbOptions = {},
): Promise<CallDb> {
  const migrations = options.migrations ?? MIGRATIONS;
  const known = migrations.length;
  const { opened, failure } = openRaw(factory, name, known, migrations);
  try {
    const db = await opened;
    yieldToUpgrades(db, options.onClosed);
    return { db, readOnly: false, version: known };
  } catch (error) {
    const cause = failure();
    if (cause !== undefined) {
      const detail = cause instanceof Error ? cause.message : String(cause);
      throw new StoreError(
        'unavailable',
        `Upgrading the call database to version ${known} failed, so nothing was changed: ${detail}`,
        { cause },
      );
    }
    if ((error as { name?: unknown } | null)?.name !== 'VersionError') throw toStoreError(error, 'open the call database');
  }
  // A newer Precall wrote this database (e.g. after a rollback): open it as it is, never downgrade it.
  try {
    // No steps: if the database vanished in between, creating it here would be wrong, so that open fails.
    const db = await openRaw(factory, name, undefined, []).opened;
    yieldToUpgrades(db, options.onClosed);
    if (!db.objectStoreNames.contains('calls')) {
      db.close();
      throw new StoreError('corrupt', 'The call database has no calls store; it cannot be read.');
    }
    return { db, readOnly: true, version: db.version };
  } catch (error) {
    throw toStoreError(error, 'open the call database read-only');
  }
}

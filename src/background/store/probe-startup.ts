/**
 * Looks at the databases before anything opens them for real, to feed decideStartup (promise 6).
 * The backup lives in a database of its own so the two can fail independently: a deleted or damaged
 * primary must not take its backup with it.
 */
import { wrap, type IDBPDatabase } from 'idb';
import { CallStore } from './call-store';
import type { Health, StartupState } from './decide-startup';
import { SCHEMA_VERSION } from './migrations';
import type { OnCorrupt } from './quarantine-calls';

export const BACKUP_DB_SUFFIX = '-backup';

interface PrimaryState {
  primary: Health;
  schema: 'old' | 'current';
}

/** Opens without a version so nothing is created or upgraded; an upgradeneeded means "does not exist". */
async function probePrimary(factory: IDBFactory, name: string): Promise<PrimaryState> {
  const request = factory.open(name);
  let missing = false;
  request.addEventListener('upgradeneeded', () => {
    missing = true;
    // Aborting the creation leaves no empty database behind to be mistaken for a healthy one later.
    request.transaction?.abort();
  });
  let db: IDBPDatabase;
  try {
    db = (await wrap(request)) as IDBPDatabase;
  } catch {
    // Either our own abort (missing) or a database the browser cannot open: both are answers, not errors.
    return { primary: missing ? 'missing' : 'corrupt', schema: 'current' };
  }
  try {
    const schema = db.version < SCHEMA_VERSION ? 'old' : 'current';
    if (!db.objectStoreNames.contains('calls')) return { primary: 'corrupt', schema };
    if (db.version >= 2 && !db.objectStoreNames.contains('meta')) return { primary: 'corrupt', schema };
    return { primary: 'ok', schema };
  } finally {
    db.close();
  }
}

async function probeBackup(factory: IDBFactory, name: string, onCorrupt: OnCorrupt): Promise<Health> {
  try {
    const store = await CallStore.open(factory, `${name}${BACKUP_DB_SUFFIX}`, { onCorrupt });
    try {
      return (await store.readBackup()).status;
    } finally {
      store.close();
    }
  } catch {
    // An unopenable backup database is a corrupt backup; decideStartup turns that into a warning.
    return 'corrupt';
  }
}

/** The caller adds firstRun (from runtime.onInstalled) before calling decideStartup. */
export async function probeStartup(factory: IDBFactory, name: string, onCorrupt: OnCorrupt): Promise<StartupState> {
  const { primary, schema } = await probePrimary(factory, name);
  return { primary, schema, backup: await probeBackup(factory, name, onCorrupt) };
}

/** Opens the backup database as a CallStore, whose `backup` store holds the latest snapshot. */
export function openBackupStore(factory: IDBFactory, name: string, onCorrupt: OnCorrupt): Promise<CallStore> {
  return CallStore.open(factory, `${name}${BACKUP_DB_SUFFIX}`, { onCorrupt });
}

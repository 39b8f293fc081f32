/**
 * Opens the call database for the page's team-import write, at exactly TEAM_STORE_VERSION and never otherwise: the
 * background owns migrations (background/store/migrations.ts), so a database that is older (or missing) is not
 * upgraded here, and one written by a newer Precall is refused, like the background refuses writes to it.
 */
import { StoreError, toStoreError } from '../store-error';
import { CALL_DB, TEAM_STORE_VERSION } from '../team-store';

const NOT_READY =
  'The call database is not ready for an import (the extension may have just been updated). Nothing was imported; ' +
  'reload this page and try again.';
const NEWER =
  'This call database was written by a newer version of Precall, so this version only reads it. ' +
  'Nothing was imported; update Precall to import team files.';

export function openTeamDb(factory: IDBFactory = indexedDB, name = CALL_DB): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let upgradeRefused = false;
    const open = factory.open(name, TEAM_STORE_VERSION);
    open.onupgradeneeded = () => {
      upgradeRefused = true;
      open.transaction?.abort();
    };
    open.onsuccess = () => {
      const db = open.result;
      // Close when the background wants to upgrade, so the page never blocks a new version: a write already running
      // still commits or aborts whole first (close waits for it), and no other starts on this connection.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    open.onerror = () => {
      if (upgradeRefused) reject(new StoreError('unavailable', NOT_READY));
      else if (open.error?.name === 'VersionError') reject(new StoreError('unavailable', NEWER));
      else reject(toStoreError(open.error, 'open the call database'));
    };
  });
}

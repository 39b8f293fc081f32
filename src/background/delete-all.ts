/**
 * "Delete all my data" (promise 24): every call store (main database and its backup database), every alarm, our
 * notifications, every tab's session state and the badge. Settings are kept: they are preferences (gate mode, delay,
 * custom CRM domains whose host permissions stay granted), not call data; the options page resets them on its own.
 */
import { browser } from '../shared/browser';
import { refreshBadge } from './badge';
import { ALARM_PREFIX } from './store/reconcile-alarms';
import { BACKUP_DB_SUFFIX } from './store/probe-startup';
import { asMessageError, callStore, CALL_DB_NAME } from './services';

function deleteDatabase(factory: IDBFactory, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`Could not delete ${name}.`));
    // Blocked means another connection is open; the deletion still happens once it closes, and nothing opens it meanwhile.
    request.onblocked = () => resolve();
  });
}

export async function deleteAllData(): Promise<{ ok: true }> {
  try {
    await (await callStore()).deleteAll();
    await deleteDatabase(indexedDB, `${CALL_DB_NAME}${BACKUP_DB_SUFFIX}`);
  } catch (error) {
    throw asMessageError(error);
  }
  await browser.alarms.clearAll();
  const shown = Object.keys(await browser.notifications.getAll());
  await Promise.all(shown.filter((id) => id.startsWith(ALARM_PREFIX)).map((id) => browser.notifications.clear(id)));
  await browser.storage.session.clear();
  await refreshBadge();
  return { ok: true };
}

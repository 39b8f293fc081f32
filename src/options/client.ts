/** What the options page asks of the extension; components get this interface, tests a fake. */
import type { LibraryQuestion } from '../coach';
import { browser } from '../shared/browser';
import type { CallRecord } from '../shared/call-record';
import type { RequestOf, ResponseOf } from '../shared/messages';
import type { Dashboard, ImportCallsResult } from '../shared/report/report-schemas';
import { sendMessage } from '../shared/send-message';
import type { Settings } from '../shared/settings';
import { importTeamFiles } from '../shared/team-import/import-team-files';
import { openTeamDb } from '../shared/team-import/open-team-db';
import { readTeamData, type TeamDataValue } from '../shared/team-store';
import { prepareInWorkers, warmUpWorkers } from './team/prepare-in-workers';

export type ReportQuery = RequestOf<'get-report'>;
export type CustomDomainList = ResponseOf<'list-custom-domains'>;

/** Calls per export message: ~2,500 calls with notes is ~1.5 MB, far under any message limit. */
export const EXPORT_PAGE_SIZE = 2500;

export interface OptionsClient {
  getSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<Settings>;
  version(): Promise<string>;
  getDashboard(query: ReportQuery): Promise<Dashboard>;
  /** Every call in the calls store (the rep's own), in createdAt order; reports progress as calls arrive. */
  allCalls(onProgress?: (loaded: number) => void): Promise<CallRecord[]>;
  /** Imported team chunks, read straight from IndexedDB (read-only): one getAll, no message per page. */
  teamData(): Promise<TeamDataValue[]>;
  /** Checks every picked file and imports the batch in one transaction, or nothing with one line per bad file. */
  importCalls(files: readonly File[]): Promise<ImportCallsResult>;
  /** The manager is reaching for the import (pointer, focus or a drag over it): get ready to check files. */
  warmUpImport(): void;
  teamQuestions(): Promise<LibraryQuestion[]>;
  importTeamQuestions(questions: LibraryQuestion[]): Promise<ResponseOf<'import-team-questions'>>;
  removeTeamQuestion(id: string): Promise<LibraryQuestion[]>;
  customDomains(): Promise<CustomDomainList>;
  /** Asks the browser for access first: call it straight from a click handler (user gesture), before any await. */
  addCustomDomain(origin: string): Promise<CustomDomainList>;
  removeCustomDomain(origin: string): Promise<CustomDomainList>;
}

async function allCalls(onProgress?: (loaded: number) => void): Promise<CallRecord[]> {
  const calls: CallRecord[] = [];
  let after: RequestOf<'get-calls-page'>['after'] = null;
  do {
    const page: ResponseOf<'get-calls-page'> = await sendMessage('get-calls-page', { after, limit: EXPORT_PAGE_SIZE });
    for (const call of page.calls) calls.push(call);
    onProgress?.(calls.length);
    after = page.next;
  } while (after !== null);
  return calls;
}

/**
 * The page checks and writes a team import itself (shared/team-import), so ~70 MB of files never cross a message.
 * The background is asked first to open the store (it alone upgrades it) while workers check the files, and told
 * after, so the question coach stops counting from its cache.
 */
async function importCalls(files: readonly File[]): Promise<ImportCallsResult> {
  const ready = sendMessage('prepare-team-import', {});
  ready.catch(() => undefined); // awaited in openDb; a batch refused before then ignores the answer
  const openDb = async () => {
    await ready;
    return openTeamDb();
  };
  const result = await importTeamFiles(files, { prepare: prepareInWorkers, openDb }, Date.now());
  // The import is committed whatever this answers, so the result is shown without waiting for it (a stopped worker
  // takes a while to wake); a background that cannot be reached restarts with no cache.
  void sendMessage('finish-team-import', {}).catch(() => undefined);
  return result;
}

export function backgroundOptionsClient(): OptionsClient {
  return {
    getSettings: () => sendMessage('get-settings', {}),
    saveSettings: (settings) => sendMessage('save-settings', settings),
    version: async () => (await sendMessage('ping', {})).version,
    getDashboard: (query) => sendMessage('get-report', query),
    allCalls,
    teamData: () => readTeamData(),
    importCalls,
    warmUpImport: () => warmUpWorkers(),
    teamQuestions: async () => (await sendMessage('get-team-questions', {})).questions,
    importTeamQuestions: (questions) => sendMessage('import-team-questions', { questions }),
    removeTeamQuestion: async (id) => (await sendMessage('remove-team-question', { id })).questions,
    customDomains: () => sendMessage('list-custom-domains', {}),
    async addCustomDomain(origin) {
      // permissions.request needs the click's user gesture, so it comes first; the background re-checks the grant.
      const granted = await browser.permissions.request({ origins: [`${origin}/*`] });
      if (!granted) throw new Error(`Access to ${origin} was not granted; nothing was added.`);
      return sendMessage('add-custom-domain', { origin });
    },
    removeCustomDomain: (origin) => sendMessage('remove-custom-domain', { origin }),
  };
}

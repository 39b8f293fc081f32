/** What the options page asks of the extension; components get this interface, tests a fake. */
import type { LibraryQuestion } from '../coach';
import { browser } from '../shared/browser';
import type { CallRecord } from '../shared/call-record';
import type { RequestOf, ResponseOf } from '../shared/messages';
import type { Dashboard, ImportCallsResult } from '../shared/report/report-schemas';
import { sendMessage } from '../shared/send-message';
import type { Settings } from '../shared/settings';
import { readTeamData, type TeamDataValue } from '../shared/team-store';

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
  /** The files' text; the background parses, validates and imports the batch in one transaction. */
  importCalls(files: { fileName: string; text: string }[]): Promise<ImportCallsResult>;
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
 * Chrome refuses a message over 64 MiB (serialised, quotes escaped), so files go in parts of at most this many
 * characters, all under one batch id: the background validates each part as it comes and writes the whole batch in
 * one transaction with the last part (background/team-import.ts). A rejected part ends the batch with nothing written.
 */
export const IMPORT_GROUP_CHARS = 40 * 1024 * 1024;

/** Files in order, cut into parts of at most IMPORT_GROUP_CHARS characters (a bigger file is a part of its own). */
export function importParts<T extends { text: string }>(files: readonly T[], limit = IMPORT_GROUP_CHARS): T[][] {
  const parts: T[][] = [[]];
  let size = 0;
  for (const file of files) {
    const last = parts[parts.length - 1] as T[];
    if (last.length > 0 && size + file.text.length > limit) {
      parts.push([file]);
      size = file.text.length;
    } else {
      last.push(file);
      size += file.text.length;
    }
  }
  return parts;
}

async function importCalls(files: { fileName: string; text: string }[]): Promise<ImportCallsResult> {
  const parts = importParts(files);
  if (parts.length === 1) return sendMessage('import-calls', { files });
  const id = crypto.randomUUID();
  let result: ImportCallsResult | null = null;
  for (const [part, group] of parts.entries()) result = await sendMessage('import-calls', { files: group, batch: { id, part, parts: parts.length } });
  return result as ImportCallsResult;
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

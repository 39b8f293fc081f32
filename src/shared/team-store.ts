/**
 * Where a manager's imported team records live, and the read-only view of them the options page uses for exports.
 * The options page also writes them (shared/team-import): see write-team-import.ts for why and how.
 *
 * Why not one IndexedDB record per imported call, like the rep's own calls: Chromium pays ~0.15 ms per put, so
 * 100,000 imported calls took over 30 s to write and seconds to read back. Imported records are never edited
 * (a changed record under a known id is a conflict, listed and not written), so they are stored append-only in
 * chunks of a few thousand, written once in the import's one transaction and never read-modified-written. Each
 * chunk is two values under one key: `teamIndex` (ids, and the dashboard's slim rows as JSON) and `teamData`
 * (the records as JSON and their call-log CSV lines). Both are derived from records validated on import.
 */
import type { CallRecord } from './call-record';
import { request } from './idb-request';
import type { ReportCall } from './report/report-row';

/** Same name as the background's CALL_DB_NAME. */
export const CALL_DB = 'precall';

/**
 * The call database version whose teamIndex and teamData shapes this file describes: the page writes team chunks only
 * into a database at exactly this version, never migrating it (the background does). migrations.test.ts keeps it
 * equal to the background's SCHEMA_VERSION, so a new migration makes someone look here and at shared/team-import.
 */
export const TEAM_STORE_VERSION = 3;

export interface TeamIndexValue {
  key: number;
  ids: string[];
  /** JSON of ReportCall[], in the order of `ids`. */
  rows: string;
  /**
   * Earliest and latest createdAt in the chunk. Chunks are cut from records sorted by createdAt, so a dashboard of
   * the last 8 weeks parses only the few chunks that overlap it. Absent on chunks written before these existed.
   */
  first?: number;
  last?: number;
}

export interface TeamDataValue {
  key: number;
  /** JSON of CallRecord[] (with `source`), in the order of `ids`. */
  calls: string;
  /** Each call's createdAt, for ordering exports without parsing `calls`. */
  createdAt: number[];
  /** Each call's call-log CSV line (csvLine), formula-safe. */
  csv: string[];
}

export function parseRows(value: TeamIndexValue): ReportCall[] {
  return JSON.parse(value.rows) as ReportCall[];
}

/** False only when no row of the chunk can fall in [from, to): then its rows need not be parsed at all. */
export function mayOverlap(value: TeamIndexValue, range: { from: number; to: number }): boolean {
  return value.first === undefined || value.last === undefined || (value.last >= range.from && value.first < range.to);
}

export function parseCalls(value: TeamDataValue): CallRecord[] {
  return JSON.parse(value.calls) as CallRecord[];
}

/**
 * Every chunk's data, read in one read-only transaction from the page (same extension origin), so an export of
 * 100,000 imported calls is one getAll instead of dozens of message round trips. Never creates or upgrades the
 * database: when it is missing or predates the team store there is nothing imported to read.
 */
export async function readTeamData(factory: IDBFactory = indexedDB): Promise<TeamDataValue[]> {
  const open = factory.open(CALL_DB);
  open.onupgradeneeded = () => open.transaction?.abort();
  let db: IDBDatabase;
  try {
    db = await request(open);
  } catch {
    return [];
  }
  // Close at once if the background wants to upgrade, so this page never blocks a new version.
  db.onversionchange = () => db.close();
  try {
    if (!db.objectStoreNames.contains('teamData')) return [];
    return await request(db.transaction('teamData', 'readonly').objectStore('teamData').getAll() as IDBRequest<TeamDataValue[]>);
  } finally {
    db.close();
  }
}

/**
 * The background's call store, the only writer of call records: one IndexedDB record per call,
 * keyed by its id, every write one strict-durability transaction acknowledged only after commit.
 * Imported team records are the exception: the options page appends them as chunks (shared/team-import).
 */
import type { CallRecord } from '../../shared/call-record';
import type { PageContext } from '../../shared/domain';
import { readBackup, restoreCalls, writeBackup, type BackupState } from './backup-store';
import { completed, notified, shown, snoozed } from './follow-up-changes';
import { importMany, type ImportOptions, type ImportResult } from './import-many';
import { teamCalls, teamRows } from './read-team';
import { mayOverlap, parseRows } from '../../shared/team-store';
import type { ReportCall } from '../../shared/report/report-row';
import { deleteAllData } from './delete-all-data';
import { assertWritable, inTransaction, type StoreName, type Tx } from './in-transaction';
import { openCallDb, type CallDb, type OpenCallDbOptions } from './open-call-db';
import { queryHistory } from './query-history';
import { DEFAULT_BATCH, readCallBatches, type CreatedRange } from './read-call-batches';
import { acceptParsed, keyedById, type OnCorrupt } from './quarantine-calls';
import { buildSnapshot, type Snapshot } from './snapshot';
import type { QuarantineEntry } from './stored-call';
import { saveCall } from './save-call';
import { updateCall } from './update-call';

export interface CallStoreOptions extends OpenCallDbOptions {
  /** Told about every record that failed the schema on read; required so corruption is never silent. */
  onCorrupt: OnCorrupt;
  now?: () => number;
}

export class CallStore {
  private constructor(
    private readonly callDb: CallDb,
    private readonly onCorrupt: OnCorrupt,
    private readonly now: () => number,
  ) {}

  static async open(factory: IDBFactory, name: string, options: CallStoreOptions): Promise<CallStore> {
    return new CallStore(await openCallDb(factory, name, options), options.onCorrupt, options.now ?? Date.now);
  }

  get readOnly(): boolean {
    return this.callDb.readOnly;
  }

  close(): void {
    this.callDb.db.close();
  }

  /** Replaces the call with this id (the draft id is the idempotency key); refuses to go back in time. */
  save(input: unknown): Promise<CallRecord> {
    return saveCall(this.callDb, input, this.onCorrupt, this.now());
  }

  async get(id: string): Promise<CallRecord | undefined> {
    const value = await this.read('read the call', (tx) => tx.objectStore('calls').get(id));
    return value === undefined ? undefined : (await this.accept([value]))[0];
  }

  /** Every call matching the contact's record, emails or phones, newest first, at most `limit`. */
  async history(contact: PageContext, limit = 50): Promise<CallRecord[]> {
    return acceptParsed(this.callDb, await queryHistory(this.callDb, contact, limit), this.onCorrupt, this.now);
  }

  /** Dialed calls still waiting for an outcome, newest first; bounded, as reps may never log some. */
  async pendingOutcomes(limit = 200): Promise<CallRecord[]> {
    const values = await this.read('read calls without outcome', async (tx) => {
      const found: unknown[] = [];
      let cursor = await tx.objectStore('calls').index('byPendingOutcome').openCursor(null, 'prev');
      for (; cursor && found.length < limit; cursor = await cursor.continue()) found.push(cursor.value);
      return found;
    });
    return this.accept(values);
  }

  /** Open follow-ups, notified or not, soonest first. */
  async openFollowUps(): Promise<CallRecord[]> {
    const values = await this.read('read follow-ups', (tx) => tx.objectStore('calls').index('byFollowUpDue').getAll());
    const due = (call: CallRecord): number => call.followUp?.snoozedUntil ?? call.followUp?.due ?? 0;
    return (await this.accept(values)).sort((a, b) => due(a) - due(b));
  }

  /** Open, not yet notified follow-ups whose (snoozed) due time is at or before `now`. */
  async dueFollowUps(now: number): Promise<CallRecord[]> {
    const range = IDBKeyRange.bound([0, 0], [0, now]);
    return this.accept(await this.read('read due follow-ups', (tx) => tx.objectStore('calls').index('byFollowUpDue').getAll(range)));
  }

  /** True exactly once per reminder: the caller shows the notification only when this returns true. */
  markNotified(id: string, at: number): Promise<boolean> {
    return updateCall(this.callDb, id, 'mark the reminder as shown', (r) => notified(r, at), this.onCorrupt, at);
  }

  /** The notification claimed by markNotified is on screen; false when there was no such claim. */
  markShown(id: string, at: number): Promise<boolean> {
    return updateCall(this.callDb, id, 'settle the shown reminder', (r) => shown(r, at), this.onCorrupt, at);
  }

  completeFollowUp(id: string, at: number): Promise<boolean> {
    return updateCall(this.callDb, id, 'complete the follow-up', (r) => completed(r, at), this.onCorrupt, at);
  }

  snoozeFollowUp(id: string, until: number, at = this.now()): Promise<boolean> {
    return updateCall(this.callDb, id, 'snooze the follow-up', (r) => snoozed(r, until, at), this.onCorrupt, at);
  }

  /** Every call by createdAt, optionally within [from, to]; see read-call-batches.ts for consistency. */
  async *all(range: CreatedRange = {}, batchSize = DEFAULT_BATCH): AsyncGenerator<CallRecord> {
    for await (const values of readCallBatches(this.callDb, range, batchSize)) yield* await this.accept(values);
  }

  count(): Promise<number> {
    return this.read('count calls', (tx) => tx.objectStore('calls').count());
  }

  async importMany(records: readonly unknown[], options: ImportOptions = {}): Promise<ImportResult> {
    assertWritable(this.callDb);
    return importMany(this.callDb, records, options);
  }

  /** Throws the store's read-only error when a newer Precall wrote this database; the page asks before a team import. */
  assertWritable(): void {
    assertWritable(this.callDb);
  }

  /** The dashboard's slim rows of imported team records (those in chunks that may overlap `range`); own calls are read with all(). */
  async teamRows(range?: { from: number; to: number }): Promise<ReportCall[]> {
    return (await teamRows(this.callDb)).filter((chunk) => range === undefined || mayOverlap(chunk, range)).flatMap(parseRows);
  }

  teamCalls(from?: number): Promise<CallRecord[]> {
    return teamCalls(this.callDb, from);
  }

  /** "Delete all data" (promise 24). */
  deleteAll(): Promise<void> {
    return deleteAllData(this.callDb);
  }

  quarantined(): Promise<QuarantineEntry[]> {
    return this.read('read quarantined calls', (tx) => tx.objectStore('quarantine').getAll(), ['quarantine']);
  }

  async exportSnapshot(): Promise<Snapshot> {
    const calls: CallRecord[] = [];
    for await (const call of this.all()) calls.push(call);
    return buildSnapshot(calls, this.callDb.version, this.now());
  }

  restoreSnapshot(snapshot: unknown): Promise<number> {
    return restoreCalls(this.callDb, snapshot, this.callDb.version);
  }

  /** Writes a snapshot into `into`'s backup store: pass the backup database's store (probe-startup.ts). */
  async backupNow(into: CallStore = this): Promise<Snapshot> {
    const snapshot = await this.exportSnapshot();
    await writeBackup(into.callDb, snapshot);
    return snapshot;
  }

  readBackup(): Promise<BackupState> {
    return readBackup(this.callDb, this.callDb.version);
  }

  // Only the stores a read needs: a newer (read-only) database may have reshaped the others.
  private read<T>(doing: string, work: (tx: Tx<'readonly'>) => Promise<T>, stores: StoreName[] = ['calls']): Promise<T> {
    return inTransaction(this.callDb.db, stores, 'readonly', doing, work);
  }

  private accept(values: unknown[]): Promise<CallRecord[]> {
    return acceptParsed(this.callDb, keyedById(values), this.onCorrupt, this.now);
  }
}

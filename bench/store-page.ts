/**
 * Bundled by measure-store.mjs into a page of its own on 127.0.0.1: the extension's CallStore on the
 * browser's real IndexedDB (the same engine the service worker uses), with the bench's call generator.
 */
import { CallStore } from '../src/background/store/call-store';
import { contactOf, generateCalls } from './generate-calls';

/** A corrupt record would make every figure meaningless: fail the run instead of quarantining quietly. */
function openStore(name: string): Promise<CallStore> {
  return CallStore.open(indexedDB, name, {
    onCorrupt: (report) => {
      throw new Error(`corrupt record in the bench store: ${JSON.stringify(report)}`);
    },
  });
}

(globalThis as unknown as { PrecallBench: unknown }).PrecallBench = { openStore, contactOf, generateCalls };

/** What "Delete all my data" asks of the background; its own client so the section mounts with one line. */
import { sendMessage } from '../../shared/send-message';

export interface DeleteDataClient {
  /** Empties every call store, alarm, reminder and tab state; settings stay. */
  deleteAllData(): Promise<void>;
}

export function backgroundDeleteDataClient(): DeleteDataClient {
  return { deleteAllData: async () => void (await sendMessage('delete-all-data', {})) };
}

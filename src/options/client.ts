/** What the options page asks of the extension; components get this interface, tests a fake. */
import { sendMessage } from '../shared/send-message';
import type { Settings } from '../shared/settings';

export interface OptionsClient {
  getSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<Settings>;
  version(): Promise<string>;
}

export function backgroundOptionsClient(): OptionsClient {
  return {
    getSettings: () => sendMessage('get-settings', {}),
    saveSettings: (settings) => sendMessage('save-settings', settings),
    version: async () => (await sendMessage('ping', {})).version,
  };
}

/**
 * Chrome's own network log (--log-net-log) sees every request from every context of the browser: the service
 * worker, content scripts, extension pages and the pages themselves. Used to prove Precall sends nothing off the
 * machine (promise 23).
 */
import { readFileSync } from 'node:fs';

export interface LoggedRequest {
  url: string;
  initiator?: string;
}

/** Every URL request in a finished net log (the browser must be closed so the file is complete). */
export function requestsInNetLog(file: string): LoggedRequest[] {
  const text = readFileSync(file, 'utf8').trim();
  // A log cut short by a crash lacks its closing brackets; the events before the cut are still valid.
  const log = JSON.parse(text.endsWith('}') ? text : `${text.replace(/,\s*$/, '')}]}`) as {
    events: { type: number; params?: { url?: string; initiator?: string } }[];
    constants: { logEventTypes: Record<string, number> };
  };
  const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events.filter((e) => e.type === start && e.params?.url).map((e) => ({ url: e.params!.url!, initiator: e.params!.initiator }));
}

/** Requests that left the machine: anything but loopback, extension, data and blob URLs. */
export function offMachine(requests: LoggedRequest[]): LoggedRequest[] {
  return requests.filter(({ url }) => {
    const { protocol, hostname } = new URL(url);
    if (['chrome-extension:', 'moz-extension:', 'data:', 'blob:', 'chrome:', 'about:'].includes(protocol)) return false;
    return !(hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]');
  });
}

import type { ErrorCode, MessageErrorData } from './messages';

/** An error that crosses the message boundary as data and is rethrown on the caller's side. */
export class MessageError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }

  toData(): MessageErrorData {
    return { code: this.code, message: this.message };
  }
}

/** True when the extension was reloaded or updated under this page: its runtime is gone for good. */
export function isContextInvalidated(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /context invalidated|Receiving end does not exist|Could not establish connection|extension context/i.test(message);
}

/**
 * True when the background went away while it held the request, so no answer will come: Chrome's "message channel
 * closed before a response was received" / "message port closed", Firefox's "Message manager disconnected" and
 * "Promised response … went out of scope". The extension itself is still there; a new request starts a new worker.
 */
export function isWorkerStoppedMidRequest(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /message (channel|port) closed|message manager disconnected|went out of scope/i.test(message);
}

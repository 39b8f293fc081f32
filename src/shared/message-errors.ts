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

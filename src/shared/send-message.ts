/**
 * The typed client every context uses to talk to the background. Errors come back as data and are rethrown here.
 * It imports the registry's types only: the background parses every request on receipt, and keeping zod's runtime
 * out of this file keeps it out of the content script, which runs on every CRM and mail tab.
 */
import { browser } from './browser';
import type { ErrorCode, MessageName, RequestOf, ResponseOf } from './messages';
import { MessageError } from './message-errors';

type RawReply = { ok: true; value: unknown } | { ok: false; error: { code: ErrorCode; message: string } };

function isReply(raw: unknown): raw is RawReply {
  if (typeof raw !== 'object' || raw === null) return false;
  const reply = raw as Partial<RawReply> & { error?: { message?: unknown } };
  return reply.ok === true || (reply.ok === false && typeof reply.error?.message === 'string');
}

export async function sendMessage<N extends MessageName>(type: N, payload: RequestOf<N>): Promise<ResponseOf<N>> {
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage({ type, payload });
  } catch (error) {
    throw new MessageError('unavailable', error instanceof Error ? error.message : String(error));
  }
  if (!isReply(raw)) throw new MessageError('unavailable', 'Precall did not answer. Reload the page if it was just updated.');
  if (!raw.ok) throw new MessageError(raw.error.code, raw.error.message);
  return raw.value as ResponseOf<N>;
}

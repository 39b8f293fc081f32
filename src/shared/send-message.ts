/**
 * The typed client every context uses to talk to the background. Errors come back as data and are rethrown here.
 * It imports the registry's types only: the background parses every request on receipt, and keeping zod's runtime
 * out of this file keeps it out of the content script, which runs on every CRM and mail tab.
 */
import { browser } from './browser';
import type { ErrorCode, MessageName, RequestOf, ResponseOf } from './messages';
import { isWorkerStoppedMidRequest, MessageError } from './message-errors';

type RawReply = { ok: true; value: unknown } | { ok: false; error: { code: ErrorCode; message: string } };

/**
 * Requests that only read. When the service worker stops while holding one (the browser stopped it, or it was
 * stopped just as the sidebar loaded), the answer is lost but nothing changed, so it is simply asked again; a worker
 * starts for the retry. Writes are never retried: whether a lost write ran is unknown, and the caller shows the error.
 */
const READS: ReadonlySet<MessageName> = new Set<MessageName>([
  'ping',
  'get-settings',
  'get-tab-state',
  'get-history',
  'get-coach-data',
  'get-report',
  'get-calls-page',
  'get-team-questions',
  'list-custom-domains',
  'get-outcome-queue',
  'list-follow-ups',
]);
/** Pauses before each retry of a read: the first catches a worker restarting at once, the second a slow start. */
const READ_RETRY_DELAYS_MS = [50, 500];

function isReply(raw: unknown): raw is RawReply {
  if (typeof raw !== 'object' || raw === null) return false;
  const reply = raw as Partial<RawReply> & { error?: { message?: unknown } };
  return reply.ok === true || (reply.ok === false && typeof reply.error?.message === 'string');
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function send(type: MessageName, payload: unknown): Promise<unknown> {
  const retryDelays = READS.has(type) ? READ_RETRY_DELAYS_MS : [];
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await browser.runtime.sendMessage({ type, payload });
    } catch (error) {
      const delay = retryDelays[attempt];
      if (delay === undefined || !isWorkerStoppedMidRequest(error)) {
        throw new MessageError('unavailable', error instanceof Error ? error.message : String(error));
      }
      await pause(delay);
    }
  }
}

export async function sendMessage<N extends MessageName>(type: N, payload: RequestOf<N>): Promise<ResponseOf<N>> {
  const raw = await send(type, payload);
  if (!isReply(raw)) throw new MessageError('unavailable', 'Precall did not answer. Reload the page if it was just updated.');
  if (!raw.ok) throw new MessageError(raw.error.code, raw.error.message);
  return raw.value as ResponseOf<N>;
}

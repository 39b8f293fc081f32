/**
 * The background's receiver: sender check, then schema parse, then the handler; every failure becomes a typed
 * error reply. It never throws and never runs a handler for a message it did not fully validate.
 */
import { Envelope, MESSAGES, type MessageName, type Reply, type RequestOf, type ResponseOf } from './messages';
import { MessageError } from './message-errors';
import { classifySender, type SenderInfo } from './sender';

export type Handlers = {
  [N in MessageName]: (payload: RequestOf<N>, sender: SenderInfo) => Promise<ResponseOf<N>>;
};

export interface ExtensionIdentity {
  id: string;
  origin: string;
}

function fail(code: MessageError['code'], message: string): Reply<never> {
  return { ok: false, error: { code, message } };
}

function isMessageName(type: string): type is MessageName {
  return Object.prototype.hasOwnProperty.call(MESSAGES, type);
}

export function createMessageHandler(handlers: Partial<Handlers>, identity: ExtensionIdentity) {
  return async function handleMessage(raw: unknown, sender: SenderInfo): Promise<Reply<unknown>> {
    try {
      const envelope = Envelope.safeParse(raw);
      if (!envelope.success || !isMessageName(envelope.data.type)) return fail('unknown_message', 'Unknown message.');
      const name = envelope.data.type;
      const definition = MESSAGES[name];
      const kind = classifySender(sender, identity.id, identity.origin);
      if (!definition.from.includes(kind)) return fail('forbidden', `"${name}" may not be sent from here.`);
      const request = definition.request.safeParse(envelope.data.payload);
      if (!request.success) return fail('invalid', `"${name}": ${request.error.issues[0]?.message ?? 'invalid request'}`);
      const handler = handlers[name] as ((payload: unknown, sender: SenderInfo) => Promise<unknown>) | undefined;
      if (!handler) return fail('unknown_message', `"${name}" is not handled.`);
      const value = definition.response.parse(await handler(request.data, sender));
      return { ok: true, value };
    } catch (error) {
      if (error instanceof MessageError) return { ok: false, error: error.toData() };
      return fail('failed', error instanceof Error ? error.message : 'The request failed.');
    }
  };
}

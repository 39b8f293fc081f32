/**
 * An in-memory stand-in for the WebExtension APIs the after-call modules use (alarms, notifications, action badge,
 * storage, tabs), reset before each test. Only behaviour the modules rely on is modelled.
 */
type Area = Map<string, unknown>;

function area(data: Area) {
  return {
    async get(keys?: string | string[] | null) {
      const wanted = keys == null ? [...data.keys()] : typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(wanted.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
    },
    async set(items: Record<string, unknown>) {
      for (const [key, value] of Object.entries(items)) data.set(key, structuredClone(value));
    },
    async remove(keys: string | string[]) {
      for (const key of typeof keys === 'string' ? [keys] : keys) data.delete(key);
    },
    async clear() {
      data.clear();
    },
  };
}

export function fakeBrowser() {
  const alarms = new Map<string, number>();
  const notifications = new Map<string, { title: string; message: string }>();
  const session: Area = new Map();
  const local: Area = new Map();
  const sent: { tabId: number; message: unknown; options?: unknown }[] = [];
  const opened: string[] = [];
  const badge = { text: '' };
  const browser = {
    runtime: { id: 'test-extension', getURL: (path: string) => `chrome-extension://test-extension/${path.replace(/^\//, '')}` },
    alarms: {
      async create(name: string, info: { when: number }) {
        alarms.set(name, info.when);
      },
      clear: async (name: string) => alarms.delete(name),
      async clearAll() {
        alarms.clear();
        return true;
      },
      getAll: async () => [...alarms].map(([name, scheduledTime]) => ({ name, scheduledTime })),
    },
    notifications: {
      async create(id: string, options: { title: string; message: string }) {
        notifications.set(id, { title: options.title, message: options.message });
        return id;
      },
      clear: async (id: string) => notifications.delete(id),
      getAll: async () => Object.fromEntries([...notifications.keys()].map((id) => [id, true])),
    },
    action: {
      async setBadgeText({ text }: { text: string }) {
        badge.text = text;
      },
      async setBadgeBackgroundColor() {},
    },
    storage: { session: area(session), local: area(local) },
    scripting: {
      // A command for the content script (content-command.ts): recorded like a message to the tab's frame 0.
      async executeScript({ target, args }: { target: { tabId: number; frameIds?: number[] }; args?: unknown[] }) {
        sent.push({ tabId: target.tabId, message: args?.[0], options: { frameId: target.frameIds?.[0] } });
        return [{ frameId: target.frameIds?.[0] ?? 0, result: true }];
      },
    },
    tabs: {
      async sendMessage(tabId: number, message: unknown, options?: unknown) {
        sent.push({ tabId, message, options });
        return { ok: true };
      },
      async create({ url }: { url: string }) {
        opened.push(url);
        return { id: 99, url };
      },
    },
  };
  return { browser, alarms, notifications, session, local, sent, opened, badge };
}
export type FakeBrowser = ReturnType<typeof fakeBrowser>;

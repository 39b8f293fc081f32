/**
 * Typed storage: each key is defined once with its schema, default, version and migrations, and parsed on every read.
 * Values are stored as { v, value } so an old shape is recognised and migrated. A value that cannot be migrated or
 * parsed is moved under `quarantine:<key>` (never dropped) and the default is used, with the reason reported.
 */

/** The subset of storage.StorageArea we use, so tests can pass an in-memory area. */
export interface StorageAreaLike {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** Migrations are frozen pure functions: migrations[n] turns a version-n value into version n+1. */
export type Migration = (old: unknown) => unknown;

export interface ItemDefinition<T> {
  key: string;
  /** A zod (or zod/mini) schema: anything with parse() that throws on bad input. */
  schema: { parse(value: unknown): T };
  defaultValue: T;
  version: number;
  migrations?: Readonly<Record<number, Migration>>;
}

export interface StorageItem<T> {
  readonly key: string;
  get(): Promise<T>;
  set(value: T): Promise<T>;
  update(change: (current: T) => T): Promise<T>;
  /** Parses a raw stored entry (e.g. from storage.onChanged) the same way get() does, without quarantining. */
  decode(raw: unknown): T;
}

export type QuarantineReporter = (key: string, reason: string) => void;

interface Envelope {
  v: number;
  value: unknown;
}

function isEnvelope(raw: unknown): raw is Envelope {
  return typeof raw === 'object' && raw !== null && typeof (raw as Envelope).v === 'number' && 'value' in raw;
}

export function defineItem<T>(
  definition: ItemDefinition<T>,
  area: () => StorageAreaLike,
  onQuarantine: QuarantineReporter = () => {},
): StorageItem<T> {
  const { key, schema, defaultValue, version, migrations = {} } = definition;

  function migrate(raw: unknown): T {
    if (!isEnvelope(raw)) throw new Error('not a versioned value');
    if (raw.v > version) throw new Error(`stored version ${raw.v} is newer than this build knows (${version})`);
    let value = raw.value;
    for (let from = raw.v; from < version; from += 1) {
      const step = migrations[from];
      if (!step) throw new Error(`no migration from version ${from}`);
      value = step(value);
    }
    return schema.parse(value);
  }

  async function get(): Promise<T> {
    const stored = (await area().get(key))[key];
    if (stored === undefined) return defaultValue;
    try {
      return migrate(stored);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      await area().set({ [`quarantine:${key}`]: { at: Date.now(), reason, stored } });
      await area().remove(key);
      onQuarantine(key, reason);
      return defaultValue;
    }
  }

  async function set(value: T): Promise<T> {
    const parsed = schema.parse(value);
    await area().set({ [key]: { v: version, value: parsed } satisfies Envelope });
    return parsed;
  }

  function decode(raw: unknown): T {
    if (raw === undefined) return defaultValue;
    try {
      return migrate(raw);
    } catch {
      return defaultValue;
    }
  }

  return { key, get, set, update: async (change) => set(change(await get())), decode };
}

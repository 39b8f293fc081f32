import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { memoryStorage } from '../../tests/setup/memory-storage';
import { defineItem } from './storage';

const Prefs = z.object({ mode: z.enum(['strict', 'gentle', 'off']), minutes: z.number() });
type Prefs = z.infer<typeof Prefs>;
const DEFAULTS: Prefs = { mode: 'strict', minutes: 120 };
// Version 1 stored { strict: boolean, hours }; version 2 is the current shape. Frozen: never edit a released step.
const MIGRATIONS = Object.freeze({
  1: (old: unknown) => {
    const v1 = old as { strict: boolean; hours: number };
    return { mode: v1.strict ? 'strict' : 'gentle', minutes: v1.hours * 60 };
  },
});

function prefsItem(area = memoryStorage(), onQuarantine = vi.fn()) {
  return { area, onQuarantine, item: defineItem({ key: 'prefs', schema: Prefs, defaultValue: DEFAULTS, version: 2, migrations: MIGRATIONS }, () => area, onQuarantine) };
}

describe('defineItem', () => {
  it('returns the default when nothing is stored', async () => {
    expect(await prefsItem().item.get()).toEqual(DEFAULTS);
  });

  it('round-trips a valid value and stores it with its version', async () => {
    const { area, item } = prefsItem();
    await item.set({ mode: 'off', minutes: 30 });
    expect(await item.get()).toEqual({ mode: 'off', minutes: 30 });
    expect(area.data.get('prefs')).toEqual({ v: 2, value: { mode: 'off', minutes: 30 } });
  });

  it('refuses to write an invalid value and keeps the old one', async () => {
    const { item } = prefsItem();
    await item.set({ mode: 'gentle', minutes: 5 });
    await expect(item.set({ mode: 'loud', minutes: 5 } as unknown as Prefs)).rejects.toThrow();
    expect(await item.get()).toEqual({ mode: 'gentle', minutes: 5 });
  });

  it('migrates a fixture of the old shape', async () => {
    const { item } = prefsItem(memoryStorage({ prefs: { v: 1, value: { strict: false, hours: 3 } } }));
    expect(await item.get()).toEqual({ mode: 'gentle', minutes: 180 });
  });

  it('quarantines what it cannot parse instead of dropping it', async () => {
    const broken = { v: 2, value: { mode: 42 } };
    const { area, item, onQuarantine } = prefsItem(memoryStorage({ prefs: broken }));
    expect(await item.get()).toEqual(DEFAULTS);
    expect(onQuarantine).toHaveBeenCalledWith('prefs', expect.any(String));
    expect(area.data.get('quarantine:prefs')).toMatchObject({ stored: broken });
  });

  it('does not downgrade a value written by a newer version', async () => {
    const newer = { v: 9, value: { mode: 'strict', minutes: 1, extra: true } };
    const { area, item } = prefsItem(memoryStorage({ prefs: newer }));
    expect(await item.get()).toEqual(DEFAULTS);
    expect(area.data.get('quarantine:prefs')).toMatchObject({ reason: expect.stringMatching(/newer/) });
  });

  it('surfaces a write error and changes nothing', async () => {
    const { area, item } = prefsItem();
    await item.set({ mode: 'gentle', minutes: 5 });
    area.failWrites(new Error('QuotaExceededError'));
    await expect(item.set({ mode: 'off', minutes: 1 })).rejects.toThrow(/Quota/);
    expect(await item.get()).toEqual({ mode: 'gentle', minutes: 5 });
  });
});

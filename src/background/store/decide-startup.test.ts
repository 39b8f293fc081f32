import { describe, expect, it } from 'vitest';
import { decideStartup, type Health, type StartupDecision } from './decide-startup';

const HEALTH: Health[] = ['ok', 'missing', 'corrupt'];
const SCHEMAS = ['old', 'current'] as const;

/** The full table, written out so a change to any cell is a visible diff. */
function expected(primary: Health, backup: Health, schema: 'old' | 'current', firstRun: boolean): StartupDecision['action'] {
  if (primary === 'ok') return schema === 'old' ? 'migrate' : 'normal';
  if (backup === 'ok') return 'restore';
  if (primary === 'missing' && backup === 'missing' && firstRun) return 'normal';
  return 'reset_with_warning';
}

describe('decideStartup (promise 6)', () => {
  const cells = HEALTH.flatMap((primary) =>
    HEALTH.flatMap((backup) => SCHEMAS.flatMap((schema) => [false, true].map((firstRun) => ({ primary, backup, schema, firstRun })))),
  );

  it.each(cells)('%o', (state) => {
    const decision = decideStartup(state);
    expect(decision.action).toBe(expected(state.primary, state.backup, state.schema, state.firstRun));
  });

  it('never a silent empty database: losing the primary always warns, unless this is a first install', () => {
    for (const state of cells) {
      const decision = decideStartup(state);
      const lost = state.primary !== 'ok' && !(state.firstRun && state.primary === 'missing' && state.backup === 'missing');
      if (lost) expect(decision.warning?.length ?? 0).toBeGreaterThan(20);
      if (decision.action === 'reset_with_warning') expect(decision.warning).toMatch(/empty/);
    }
  });

  it('a damaged backup is mentioned even when the primary is fine', () => {
    expect(decideStartup({ primary: 'ok', backup: 'corrupt', schema: 'current' }).warning).toMatch(/backup/);
    expect(decideStartup({ primary: 'ok', backup: 'ok', schema: 'current' })).toEqual({ action: 'normal' });
  });
});

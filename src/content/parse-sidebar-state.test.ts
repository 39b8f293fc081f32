import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SidebarState } from '../shared/sidebar-state';
import { parseSidebarState } from './parse-sidebar-state';

const key = fc.oneof(fc.string({ maxLength: 10 }), fc.string({ minLength: 295, maxLength: 305 }), fc.constantFrom('__proto__', 'constructor'));
const state = fc.oneof(
  fc.record({
    openBySite: fc.oneof(fc.dictionary(key, fc.oneof(fc.boolean(), fc.boolean(), fc.anything()), { maxKeys: 4 }), fc.anything()),
    width: fc.oneof(fc.integer({ min: 270, max: 650 }), fc.double({ min: 270, max: 650 }), fc.anything()),
  }, { requiredKeys: [] }),
  fc.anything(),
);

const outcome = (run: () => unknown) => {
  try {
    return { ok: true, value: run() };
  } catch {
    return { ok: false };
  }
};

describe('parseSidebarState', () => {
  it('agrees with SidebarState.parse on random input: same value, or both throw', () => {
    fc.assert(
      fc.property(state, (raw) => {
        expect(outcome(() => parseSidebarState(raw))).toEqual(outcome(() => SidebarState.parse(raw)));
      }),
      { numRuns: 10_000 },
    );
  });

  it('keeps a valid state and refuses a width out of range', () => {
    expect(parseSidebarState({ openBySite: { 'crm.example': true }, width: 400 })).toEqual({ openBySite: { 'crm.example': true }, width: 400 });
    expect(() => parseSidebarState({ openBySite: {}, width: 700 })).toThrow();
    expect(() => parseSidebarState({ openBySite: { x: 'yes' }, width: 400 })).toThrow();
  });
});

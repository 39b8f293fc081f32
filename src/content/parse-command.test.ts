import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContentCommand } from '../shared/content-command';
import { parseContentCommand } from './parse-command';

const attemptId = fc.oneof(fc.uuid(), fc.string({ minLength: 30, maxLength: 40, unit: fc.constantFrom(...'0123456789abcdefABCDEF-xZ') }), fc.anything());
const command = fc.oneof(
  fc.record({ type: fc.constantFrom('toggle-sidebar', 'open-sidebar', 'release-dial', 'drop-dial', 'other') }),
  fc.record({ type: fc.constantFrom('release-dial', 'drop-dial', 'open-sidebar'), attemptId }),
  fc.record({ type: fc.constantFrom('release-dial', 'toggle-sidebar'), attemptId, extra: fc.anything() }, { requiredKeys: ['type'] }),
  fc.anything(),
);

describe('parseContentCommand', () => {
  it('agrees with ContentCommand.safeParse on random input', () => {
    fc.assert(
      fc.property(command, (raw) => {
        const zod = ContentCommand.safeParse(raw);
        const ours = parseContentCommand(raw);
        expect(ours).toEqual(zod.success ? zod.data : null);
      }),
      { numRuns: 10_000 },
    );
  });

  it('accepts each command and refuses near misses', () => {
    const id = '3b0f6c1e-5a44-4c3a-9a51-0e2f4b6b9a10';
    expect(parseContentCommand({ type: 'toggle-sidebar' })).toEqual({ type: 'toggle-sidebar' });
    expect(parseContentCommand({ type: 'release-dial', attemptId: id })).toEqual({ type: 'release-dial', attemptId: id });
    expect(parseContentCommand({ type: 'release-dial' })).toBeNull();
    expect(parseContentCommand({ type: 'open-sidebar', attemptId: id })).toBeNull();
    expect(parseContentCommand({ type: 'drop-dial', attemptId: `${id}0` })).toBeNull();
    expect(parseContentCommand([{ type: 'toggle-sidebar' }])).toBeNull();
  });
});

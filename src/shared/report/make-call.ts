/**
 * A small, valid call record for hand-written tests: everything a test does not mention is a neutral
 * default, so each test shows only the fields its expected numbers depend on.
 */
import type { CallRecord } from '../call-record';

export const ANN = { name: 'Ann', team: 'East' } as const;
export const BOB = { name: 'Bob', team: 'West' } as const;

/** A valid v4 uuid that reads as a counter: call 1 is …-000000000001. */
export function testId(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

export type CallOverrides = Partial<Omit<CallRecord, 'context'>> & {
  n: number;
  context?: Partial<CallRecord['context']>;
};

export function makeCall(overrides: CallOverrides): CallRecord {
  const { n, context, ...rest } = overrides;
  const createdAt = rest.createdAt ?? Date.UTC(2026, 10, 16, 9);
  return {
    id: testId(n),
    rep: { ...ANN },
    context: {
      site: 'salesforce',
      kind: 'record',
      recordUrl: `https://acme.my.salesforce.com/r/${n}`,
      emails: [],
      phones: [],
      ...context,
    },
    stage: 'discovery',
    goal: null,
    questions: [],
    gateMode: 'strict',
    dial: { status: 'planned' },
    createdAt,
    updatedAt: createdAt,
    ...rest,
  };
}

/** A goal of the given type with fixed text: the tests count goals, they never read them. */
export function goal(type: 'learn' | 'commit' | 'next_step'): NonNullable<CallRecord['goal']> {
  return { type, outcome: `Outcome for ${type}`, successTest: `They said yes to ${type}` };
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so generated data and any failure reproduce. */
export function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Generated calls fall in this year: from GENERATED_START, over GENERATED_SPAN milliseconds. */
export const GENERATED_START = Date.UTC(2026, 0, 1);
export const GENERATED_SPAN = 365 * 86_400_000;

import { describe, expect, it } from 'vitest';
import type { CallRecord } from '../shared/call-record';
import { decideDial, findCoveringPlan } from './decide-dial';

const NOW = Date.UTC(2026, 10, 23, 15, 0);
const minutesAgo = (m: number) => NOW - m * 60_000;

function call(overrides: Partial<CallRecord>): CallRecord {
  return {
    id: crypto.randomUUID(),
    rep: { name: 'Ana', team: 'West' },
    context: { site: 'demo', kind: 'record', recordUrl: 'http://127.0.0.1/demo/contacts/1', emails: [], phones: [] },
    stage: 'discovery',
    goal: { type: 'learn', outcome: 'Learn what the Q3 audit found', successTest: 'They name the two findings' },
    questions: [],
    gateMode: 'strict',
    dial: { status: 'planned' },
    createdAt: minutesAgo(10),
    updatedAt: minutesAgo(10),
    ...overrides,
  };
}

describe('findCoveringPlan', () => {
  it('picks the newest unlogged plan with a goal inside the window', () => {
    const older = call({ createdAt: minutesAgo(90) });
    const newer = call({ createdAt: minutesAgo(5) });
    expect(findCoveringPlan([older, newer], NOW, 120)).toBe(newer);
  });

  it('ignores plans outside the window, without a goal, or already logged', () => {
    const history = [
      call({ createdAt: minutesAgo(121) }),
      call({ goal: null }),
      call({ outcome: { reached: 'voicemail', questionsAsked: [], learned: '', loggedAt: minutesAgo(1) } }),
    ];
    expect(findCoveringPlan(history, NOW, 120)).toBeNull();
  });
});

describe('decideDial', () => {
  const plan = call({});
  it('lets a covered dial through in every mode', () => {
    for (const mode of ['strict', 'gentle', 'off'] as const) expect(decideDial(mode, plan)).toEqual({ action: 'proceed', plan });
  });
  it('holds in strict mode, reminds in gentle mode, and stays out of the way when off', () => {
    expect(decideDial('strict', null)).toEqual({ action: 'hold' });
    expect(decideDial('gentle', null)).toEqual({ action: 'remind' });
    expect(decideDial('off', null)).toEqual({ action: 'proceed', plan: null });
  });
});

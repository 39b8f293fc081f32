/** Promise 25's start-up half: the alarm reconciler, property-tested. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alarmName, reconcileAlarms, ringTime, unshownClaims, type AlarmPlan, type AlarmState, type FollowUpState } from './reconcile-alarms';

const NOW = 1_000;
const time = fc.integer({ min: 0, max: 2_000 });
const followUpArb = fc.record(
  { id: fc.constantFrom('a', 'b', 'c', 'd', 'e'), due: time, status: fc.constantFrom('open' as const, 'done' as const), notifiedAt: time, snoozedUntil: time },
  { requiredKeys: ['id', 'due', 'status'] },
);
const followUpsArb = fc.uniqueArray(followUpArb, { selector: (f) => f.id, maxLength: 5 });
const alarmsArb = fc.array(
  fc.record({ name: fc.constantFrom('followup:a', 'followup:b', 'followup:c', 'followup:z', 'digest'), scheduledTime: time }),
  { maxLength: 6 },
);

/** What the background does with a plan: clear, create, and mark the fired ones notified. */
function apply(plan: AlarmPlan, followUps: FollowUpState[], alarms: AlarmState[]): [FollowUpState[], AlarmState[]] {
  const kept = alarms.filter((alarm) => !plan.clear.includes(alarm.name));
  const created = plan.create.map(({ name, when }) => ({ name, scheduledTime: when }));
  const notified = followUps.map((f) => (plan.fireNow.includes(f.id) ? { ...f, notifiedAt: NOW } : f));
  return [notified, [...kept.filter((a) => !created.some((c) => c.name === a.name)), ...created]];
}

const needsAlarm = (f: FollowUpState): boolean => f.status === 'open' && f.notifiedAt === undefined;

describe('reconcileAlarms', () => {
  it('after applying the plan: one alarm per pending future follow-up, at its ring time; none for others', () => {
    fc.assert(
      fc.property(followUpsArb, alarmsArb, (followUps, alarms) => {
        const plan = reconcileAlarms(followUps, alarms, NOW);
        const [, after] = apply(plan, followUps, alarms);
        expect(new Set(plan.create.map((c) => c.name)).size).toBe(plan.create.length);
        for (const f of followUps) {
          const mine = after.filter((a) => a.name === alarmName(f.id));
          if (needsAlarm(f) && ringTime(f) > NOW) expect(mine).toEqual([{ name: alarmName(f.id), scheduledTime: ringTime(f) }]);
          else expect(mine).toEqual([]);
          expect(plan.fireNow.includes(f.id)).toBe(needsAlarm(f) && ringTime(f) <= NOW);
        }
        // Alarms for follow-ups that no longer exist are cleared; other features' alarms are untouched.
        expect(after.filter((a) => a.name === 'followup:z')).toEqual([]);
        expect(after.filter((a) => a.name === 'digest')).toEqual(alarms.filter((a) => a.name === 'digest'));
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent: reconciling the applied result asks for nothing more', () => {
    fc.assert(
      fc.property(followUpsArb, alarmsArb, (followUps, alarms) => {
        const [f2, a2] = apply(reconcileAlarms(followUps, alarms, NOW), followUps, alarms);
        expect(reconcileAlarms(f2, a2, NOW)).toEqual({ create: [], clear: [], fireNow: [] });
      }),
      { numRuns: 2000 },
    );
  });

  it('a snoozed follow-up rings at its snooze time; a notified one never fires again', () => {
    const plan = reconcileAlarms(
      [
        { id: 'a', due: 10, status: 'open', snoozedUntil: 5_000 },
        { id: 'b', due: 10, status: 'open', notifiedAt: 12 },
        { id: 'c', due: 10, status: 'open' },
      ],
      [{ name: 'followup:b', scheduledTime: 10 }],
      NOW,
    );
    expect(plan).toEqual({ create: [{ name: 'followup:a', when: 5_000 }], clear: ['followup:b'], fireNow: ['c'] });
  });
});

describe('claims an earlier worker never showed', () => {
  it('are exactly the open, still-showing ones claimed before this start; never re-armed as alarms', () => {
    fc.assert(
      fc.property(followUpsArb, fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), (followUps, flags) => {
        const states: FollowUpState[] = followUps.map((f, i) => (flags[i] ? { ...f, showing: true as const } : f));
        const ids = unshownClaims(states, NOW);
        for (const f of states) {
          const expected = f.status === 'open' && f.showing === true && f.notifiedAt !== undefined && f.notifiedAt < NOW;
          expect(ids.includes(f.id)).toBe(expected);
        }
        // A claimed reminder is shown by the caller, never by a new alarm or a second fire.
        const plan = reconcileAlarms(states, [], NOW);
        for (const id of ids) expect([...plan.fireNow, ...plan.create.map((c) => c.name.slice('followup:'.length))]).not.toContain(id);
      }),
      { numRuns: 1_000 },
    );
  });
});

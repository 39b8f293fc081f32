/**
 * Rebuilds the reminder alarms from the stored follow-ups at every start (promise 25): alarms are lost
 * on Firefox restart and on Chrome update or disable→enable. Pure, so its guarantees are property-tested:
 * every open, un-notified follow-up has exactly one alarm at its (snoozed) due time, overdue ones fire now,
 * done or notified ones have none. Firing "now" is exactly-once only because the caller shows a
 * notification only after CallStore.markNotified returns true.
 */

export const ALARM_PREFIX = 'followup:';

export interface FollowUpState {
  id: string;
  due: number;
  status: 'open' | 'done';
  notifiedAt?: number;
  showing?: true;
  snoozedUntil?: number;
}

export interface AlarmState {
  name: string;
  scheduledTime: number;
}

export interface AlarmPlan {
  create: { name: string; when: number }[];
  /** Cleared before anything is created. */
  clear: string[];
  /** Follow-up ids to notify now: overdue and never notified. */
  fireNow: string[];
}

export const alarmName = (id: string): string => `${ALARM_PREFIX}${id}`;

/** When the reminder should ring: a snooze replaces the original due time. */
export const ringTime = (followUp: FollowUpState): number => followUp.snoozedUntil ?? followUp.due;

export function reconcileAlarms(followUps: readonly FollowUpState[], existingAlarms: readonly AlarmState[], now: number): AlarmPlan {
  const wanted = new Map<string, number>();
  const fireNow: string[] = [];
  for (const followUp of followUps) {
    if (followUp.status !== 'open' || followUp.notifiedAt !== undefined || wanted.has(alarmName(followUp.id))) continue;
    const when = ringTime(followUp);
    if (when <= now) {
      if (!fireNow.includes(followUp.id)) fireNow.push(followUp.id);
    } else {
      wanted.set(alarmName(followUp.id), when);
    }
  }
  // Other features' alarms are not ours to touch.
  const ours = existingAlarms.filter((alarm) => alarm.name.startsWith(ALARM_PREFIX));
  const times = new Map<string, number[]>();
  for (const alarm of ours) times.set(alarm.name, [...(times.get(alarm.name) ?? []), alarm.scheduledTime]);

  const clear: string[] = [];
  const create: AlarmPlan['create'] = [];
  for (const [name, scheduled] of times) {
    const when = wanted.get(name);
    const exact = scheduled.length === 1 && scheduled[0] === when;
    if (!exact) clear.push(name);
  }
  for (const [name, when] of wanted) {
    const scheduled = times.get(name);
    if (!(scheduled?.length === 1 && scheduled[0] === when)) create.push({ name, when });
  }
  return { create, clear, fireNow };
}

/** The reconciler's input from stored calls: one state per call that has a follow-up. */
export function followUpStatesOf(calls: readonly { id: string; followUp?: Omit<FollowUpState, 'id'> | undefined }[]): FollowUpState[] {
  return calls.flatMap((call) => (call.followUp ? [{ ...call.followUp, id: call.id }] : []));
}

/**
 * Reminders claimed by an earlier worker (notifiedAt before this start) that never reached the screen: that worker
 * was stopped between the claim and the notification. The caller shows each unless it is already on screen.
 */
export function unshownClaims(followUps: readonly FollowUpState[], startedAt: number): string[] {
  return followUps
    .filter((f) => f.status === 'open' && f.showing === true && f.notifiedAt !== undefined && f.notifiedAt < startedAt)
    .map((f) => f.id);
}

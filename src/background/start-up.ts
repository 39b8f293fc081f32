/**
 * What every start of the background does, and the alarm dispatcher. Alarms are lost on Firefox restart and on
 * Chrome update or disable→enable, so follow-up alarms are rebuilt from the store on runtime.onStartup and
 * onInstalled, and also on the first event of every worker life (an event may wake a worker whose alarms were lost).
 * The memo is a cache of "already done in this worker", not state: a new worker simply does it again.
 */
import { refreshBadge } from './badge';
import { callIdOf, notifyFollowUp, reconcileFollowUps } from './follow-ups';
import { LOG_ALARM_PREFIX, onLogAlarm } from './log-prompt';

let started: Promise<void> | null = null;

async function startUp(): Promise<void> {
  await reconcileFollowUps();
  await refreshBadge();
}

/** Runs the start-up work once per worker life; a failure lets the next event try again. */
export function startOnce(): Promise<void> {
  started ??= startUp().catch((error: unknown) => {
    started = null;
    console.warn('Precall could not restore reminders at start.', error);
  });
  return started;
}

export async function onAlarm(alarm: { name: string }): Promise<void> {
  await startOnce();
  const followUpId = callIdOf(alarm.name);
  if (followUpId !== null) await notifyFollowUp(followUpId);
  else if (alarm.name.startsWith(LOG_ALARM_PREFIX)) await onLogAlarm(alarm.name.slice(LOG_ALARM_PREFIX.length));
}

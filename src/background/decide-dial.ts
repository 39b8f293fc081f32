/** The gate's decision for one real click on a phone number. Pure, so every mode is tested without a browser. */
import type { CallRecord, GateMode } from '../shared/call-record';

export type DialDecision =
  /** A fresh goal covers this dial: let it go and mark the plan dialed. */
  | { action: 'proceed'; plan: CallRecord }
  /** No goal and the gate is off: let it go, recorded as a dial without a goal. */
  | { action: 'proceed'; plan: null }
  /** Strict: hold the dial until a goal is saved. */
  | { action: 'hold' }
  /** Gentle: hold, but offer "dial without a goal". */
  | { action: 'remind' };

/** The newest plan with a goal, stated within the window and not yet logged, covers a dial to that contact. */
export function findCoveringPlan(history: readonly CallRecord[], now: number, windowMinutes: number): CallRecord | null {
  const since = now - windowMinutes * 60_000;
  let best: CallRecord | null = null;
  for (const call of history) {
    if (!call.goal || call.outcome || call.createdAt < since || call.createdAt > now) continue;
    if (!best || call.createdAt > best.createdAt) best = call;
  }
  return best;
}

export function decideDial(mode: GateMode, coveringPlan: CallRecord | null): DialDecision {
  if (coveringPlan) return { action: 'proceed', plan: coveringPlan };
  if (mode === 'off') return { action: 'proceed', plan: null };
  return { action: mode === 'strict' ? 'hold' : 'remind' };
}

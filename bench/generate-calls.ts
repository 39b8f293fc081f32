/**
 * Deterministic call records at scale (mulberry32, seed 42) shaped like a rep's year: mixed goals, sites,
 * outcomes and follow-ups, each with a contact of its own so history lookups hit the indexes realistically.
 * Pure: bundled into the browser for the store measurements and imported in node for the report ones.
 */
import type { CallRecord } from '../src/shared/call-record';
import { GOAL_TYPES, SITES } from '../src/shared/domain';
import { GENERATED_SPAN, GENERATED_START, goal, makeCall, seededRandom, testId } from '../src/shared/report/make-call';


/** The contact of call n: about 5 calls per contact, so a history lookup returns a handful. */
export function contactOf(n: number): CallRecord['context'] {
  const person = Math.floor(n / 5);
  const digits = String(1_000_000 + (person % 9_000_000)).slice(-7);
  return {
    site: 'salesforce',
    kind: 'record',
    recordUrl: `https://acme.my.salesforce.com/r/${person}`,
    recordId: `003${String(person).padStart(12, '0')}`,
    person: { name: `Person ${person}` },
    emails: [`p${person}@corp${person % 97}.example`],
    phones: [{ raw: `+1 212 ${digits}`, e164: `+1212${digits}` }],
  };
}

export function generateCalls(count: number, firstId = 1, seed = 42): CallRecord[] {
  const rnd = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;
  const calls: CallRecord[] = [];
  for (let n = firstId; n < firstId + count; n++) {
    const createdAt = GENERATED_START + Math.floor(rnd() * GENERATED_SPAN);
    const type = pick([...GOAL_TYPES, null]);
    const call = makeCall({
      n,
      id: testId(n),
      createdAt,
      updatedAt: createdAt,
      rep: { name: pick(['Ann', 'Bob', 'Cy']), team: pick(['East', 'West']) },
      context: { ...contactOf(n), site: pick(SITES) },
      goal: type === null ? null : goal(type),
      questions: type === null ? [] : [{ text: 'What would have to be true for this to be worth it?' }],
      dial: { status: pick(['planned', 'dialed', 'without_goal'] as const) },
    });
    if (rnd() < 0.7) {
      const reached = pick(['connected', 'voicemail', 'no_answer'] as const);
      const met = pick(['yes', 'partly', 'no', undefined] as const);
      call.outcome = { reached, questionsAsked: [], learned: 'They run two depots.', loggedAt: createdAt, ...(met && { goalMet: met }) };
    }
    if (rnd() < 0.5) {
      const due = createdAt + Math.floor(rnd() * 14 * 86_400_000);
      call.followUp = rnd() < 0.6 ? { due, status: 'done', doneAt: due + 3_600_000 } : { due, status: 'open' };
    }
    calls.push(call);
  }
  return calls;
}

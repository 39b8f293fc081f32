/**
 * fast-check generators for valid call records, shared by the report, export and merge tests.
 * Every generated record is a fixed point of CallRecord.parse (trimmed where zod trims, within every max),
 * so a round trip that changes it is the code's fault, not the generator's.
 */
import fc from 'fast-check';
import type { CallRecord, Rep } from '../call-record';
import { GATE_MODES, GOAL_MET, REACHED } from '../call-record';
import { GOAL_TYPES, SITES, STAGES, THEMES } from '../domain';

/** Plain Object prototypes, like JSON.parse and zod produce, so toStrictEqual compares content only. */
const PLAIN = { noNullPrototype: true } as const;

/** Any Unicode text: emoji, CJK, RTL, combining marks; short enough to stay under every max length. */
export const arbText = (maxLength = 40): fc.Arbitrary<string> => fc.string({ unit: 'binary', maxLength });
const arbNonEmpty = (maxLength = 40): fc.Arbitrary<string> => arbText(maxLength).filter((s) => s.length > 0);
/** For fields zod trims: already trimmed and non-empty. */
const arbTrimmed = (maxLength = 40): fc.Arbitrary<string> =>
  arbText(maxLength).map((s) => s.trim()).filter((s) => s.length > 0);
const arbWord = fc.stringMatching(/^[a-z0-9]{1,12}$/);
/** Times from 1970 to 2100, in ms. */
export const arbTime = fc.integer({ min: 0, max: 4_102_444_800_000 });

export const arbRep: fc.Arbitrary<Rep> = fc.record({ name: arbText(30), team: arbText(30) }, PLAIN);

const arbPhone = fc.record(
  {
    raw: arbNonEmpty(30),
    e164: fc.stringMatching(/^\+[1-9]\d{6,14}$/),
    ext: fc.stringMatching(/^\d{1,10}$/),
    label: arbText(20),
  },
  { noNullPrototype: true, requiredKeys: ['raw'] },
);

const arbContext = fc.record(
  {
    site: fc.constantFrom(...SITES),
    kind: fc.constantFrom('record', 'thread', 'compose', 'profile'),
    recordUrl: fc.tuple(arbWord, arbWord).map(([host, path]) => `https://${host}.example.com/r/${path}`),
    recordId: arbNonEmpty(20),
    person: fc.record({ name: arbNonEmpty(30), title: arbNonEmpty(30) }, { noNullPrototype: true, requiredKeys: ['name'] }),
    company: arbNonEmpty(30),
    emails: fc.array(fc.tuple(arbWord, arbWord).map(([user, host]) => `${user}@${host}.com`), { maxLength: 3 }),
    phones: fc.array(arbPhone, { maxLength: 3 }),
  },
  { noNullPrototype: true, requiredKeys: ['site', 'kind', 'recordUrl', 'emails', 'phones'] },
);

const arbGoal = fc.record(
  {
    type: fc.constantFrom(...GOAL_TYPES),
    outcome: arbTrimmed(),
    successTest: arbTrimmed(),
    opener: arbText(),
  },
  { noNullPrototype: true, requiredKeys: ['type', 'outcome', 'successTest'] },
);

const arbQuestion = fc.record(
  { text: arbTrimmed(), questionId: arbWord, theme: fc.constantFrom(...THEMES) },
  { noNullPrototype: true, requiredKeys: ['text'] },
);

const arbOutcome = fc.record(
  {
    reached: fc.constantFrom(...REACHED),
    goalMet: fc.constantFrom(...GOAL_MET),
    questionsAsked: fc.array(arbText(), { maxLength: 4 }),
    learned: arbText(80),
    nextStep: fc.record({ text: arbNonEmpty(), due: arbTime }, PLAIN),
    coaching: fc.record({ note: arbText(60) }, PLAIN),
    loggedAt: arbTime,
  },
  { noNullPrototype: true, requiredKeys: ['reached', 'questionsAsked', 'learned', 'loggedAt'] },
);

const arbFollowUp = fc.record(
  {
    due: arbTime,
    status: fc.constantFrom('open', 'done'),
    doneAt: arbTime,
    notifiedAt: arbTime,
    snoozedUntil: arbTime,
  },
  { noNullPrototype: true, requiredKeys: ['due', 'status'] },
);

export const arbCallRecord: fc.Arbitrary<CallRecord> = fc.record(
  {
    id: fc.uuid({ version: 4 }),
    rep: arbRep,
    context: arbContext,
    stage: fc.constantFrom(...STAGES),
    goal: fc.option(arbGoal, { nil: null }),
    questions: fc.array(arbQuestion, { maxLength: 3 }),
    gateMode: fc.constantFrom(...GATE_MODES),
    dial: fc.record(
      { status: fc.constantFrom('planned', 'dialed', 'without_goal'), at: arbTime, target: arbText(30) },
      { noNullPrototype: true, requiredKeys: ['status'] },
    ),
    outcome: arbOutcome,
    followUp: arbFollowUp,
    createdAt: arbTime,
    updatedAt: arbTime,
    source: fc.record({ file: arbText(30), importedAt: arbTime }, PLAIN),
  },
  { noNullPrototype: true, requiredKeys: ['id', 'rep', 'context', 'stage', 'goal', 'questions', 'gateMode', 'dial', 'createdAt', 'updatedAt'] },
);

/** Records with ids drawn from a small pool, so merges see the same id with equal and different content. */
export const arbCallRecordFromIdPool = (ids: readonly string[]): fc.Arbitrary<CallRecord> =>
  fc.tuple(arbCallRecord, fc.constantFrom(...ids)).map(([call, id]) => ({ ...call, id }));

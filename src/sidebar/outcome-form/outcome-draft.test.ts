import { describe, expect, it } from 'vitest';
import { buildOutcome, EMPTY_FIELDS } from './outcome-draft';
import { dueOf } from './quick-picks';

describe('buildOutcome', () => {
  it('the typical connected log: goal met, learned, next step with a day', () => {
    const result = buildOutcome({ ...EMPTY_FIELDS, goalMet: 'yes', learned: ' Two sites failed ', nextText: 'Send proposal', nextDate: '2026-12-01' }, true);
    expect(result).toEqual({
      ok: true,
      draft: { reached: 'connected', goalMet: 'yes', questionsAsked: [], learned: 'Two sites failed', nextStep: { text: 'Send proposal', due: dueOf('2026-12-01') } },
    });
  });

  it('asks whether the goal was met only when connected with a goal', () => {
    expect(buildOutcome(EMPTY_FIELDS, true)).toMatchObject({ ok: false });
    expect(buildOutcome(EMPTY_FIELDS, false)).toMatchObject({ ok: true, draft: { reached: 'connected' } });
    const voicemail = buildOutcome({ ...EMPTY_FIELDS, reached: 'voicemail', goalMet: 'yes' }, true);
    expect(voicemail.ok && 'goalMet' in voicemail.draft).toBe(false);
    expect(voicemail.ok).toBe(true);
  });

  it('a next step needs both its text and a real day', () => {
    expect(buildOutcome({ ...EMPTY_FIELDS, reached: 'no_answer', nextText: 'Call again' }, false)).toMatchObject({ ok: false });
    expect(buildOutcome({ ...EMPTY_FIELDS, reached: 'no_answer', nextDate: '2026-12-01' }, false)).toMatchObject({ ok: false });
    expect(buildOutcome({ ...EMPTY_FIELDS, reached: 'no_answer', nextText: 'x', nextDate: '2026-02-30' }, false)).toMatchObject({ ok: false });
  });

  it('carries asked questions and a coaching request', () => {
    const result = buildOutcome({ ...EMPTY_FIELDS, reached: 'gatekeeper', asked: ['Who decides?'], coach: true, coachNote: ' Blocked early ' }, true);
    expect(result).toEqual({ ok: true, draft: { reached: 'gatekeeper', questionsAsked: ['Who decides?'], learned: '', coaching: { note: 'Blocked early' } } });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GOAL_TYPES, STAGES, THEMES } from '../shared/domain';
import type { LibraryQuestion } from './library-question';
import { exportQuestionBank, parseQuestionBank } from './question-bank';
import { QUESTION_LIBRARY } from './question-library';

const bank = (questions: unknown[], extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ format: 'precall.questions', version: 1, questions, ...extra });
const good = QUESTION_LIBRARY[0]!;

// Texts drawn from the library keep generated questions curious, so the round trip tests the format.
const arbQuestion: fc.Arbitrary<LibraryQuestion> = fc.record(
  {
    id: fc.stringMatching(/^[a-z0-9]{3,12}(?:-[a-z0-9]{1,8}){0,3}$/),
    text: fc.constantFrom(...QUESTION_LIBRARY.map((q) => q.text)),
    goalTypes: fc.uniqueArray(fc.constantFrom(...GOAL_TYPES), { minLength: 1, maxLength: 3 }),
    stages: fc.uniqueArray(fc.constantFrom(...STAGES), { minLength: 1, maxLength: 5 }),
    theme: fc.constantFrom(...THEMES),
    roles: fc.array(fc.stringMatching(/^[a-z]{2,10}$/), { minLength: 1, maxLength: 3 }),
    industries: fc.array(fc.stringMatching(/^[a-z]{2,10}$/), { minLength: 1, maxLength: 3 }),
  },
  { requiredKeys: ['id', 'text', 'goalTypes', 'stages', 'theme'] },
);

describe('question bank files', () => {
  it('round-trips any valid bank', () => {
    fc.assert(
      fc.property(fc.uniqueArray(arbQuestion, { selector: (q) => q.id, maxLength: 20 }), (questions) => {
        expect(parseQuestionBank(exportQuestionBank(questions), 'team.json')).toEqual({ ok: true, questions });
      }),
    );
  });

  it('round-trips the whole built-in library', () => {
    expect(parseQuestionBank(exportQuestionBank(QUESTION_LIBRARY), 'lib.json')).toEqual({ ok: true, questions: QUESTION_LIBRARY });
  });

  it('never throws on arbitrary input and always names the file on failure', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const result = parseQuestionBank(text, 'x.json');
        if (!result.ok) expect(result.error.startsWith('x.json: ')).toBe(true);
      }),
    );
  });

  it.each([
    ['{not json', /team\.json: not valid JSON/],
    [bank([good], { format: 'other' }), /team\.json: field format/],
    [bank([good], { version: 2 }), /team\.json: field version/],
    [bank([good], { extra: true }), /team\.json: .*extra/],
    [bank([good, { ...good, goalTypes: ['sell'] }]), /team\.json: question 2, field goalTypes\[0\]/],
    [bank([{ ...good, colour: 'red' }]), /team\.json: question 1.*colour/],
    [bank([good, { ...good, text: 'A different question about what changed for them?' }]), /question 2, field id: duplicate id/],
    [bank([good, { ...good, id: 'budget-check', text: 'Do you have budget set aside for this?' }]), /question 2, field text: self-serving \(qualification\)/],
    ['{"format":"precall.questions","version":1,"questions":[],"__proto__":{"polluted":true}}', /__proto__/],
  ])('rejects %s', (text, error) => {
    const result = parseQuestionBank(text, 'team.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });

  it('rejects files over 5 MB before parsing them', () => {
    const huge = bank([good]).replace('[', `[${' '.repeat(5 * 1024 * 1024)}`);
    expect(parseQuestionBank(huge, 'big.json')).toEqual({ ok: false, error: 'big.json: file is larger than 5 MB' });
  });
});

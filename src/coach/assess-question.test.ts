import { describe, expect, it } from 'vitest';
import { assessQuestion, assessScript } from './assess-question';
import { SELF_SERVING_KINDS } from './assessment-rule';
import { splitQuestions } from './split-questions';

describe('assessQuestion', () => {
  it.each([
    ['What does your purchasing process look like?', 'qualification'],
    ['If I could get you 20% off, would you sign today?', 'closing_pressure'],
    ["Wouldn't you agree your reporting is too slow?", 'leading'],
    ['How are you doing today?', 'empty_opener'],
    ['Have you heard about our new dashboard?', 'pitch'],
    ['What keeps you up at night?', 'cliche'],
  ])('flags %s as %s with a reason and a customer-side rewrite', (text, kind) => {
    const result = assessQuestion(text);
    expect(result).toMatchObject({ verdict: 'self_serving', kind });
    expect(result.reasons[0]?.length).toBeGreaterThan(30);
    expect(result.suggestion?.length).toBeGreaterThan(30);
  });

  it('turns budget, authority and timeline into the customer-side question', () => {
    expect(assessQuestion('Do you have budget for this?').suggestion).toMatch(/worth/);
    expect(assessQuestion('Are you the decision maker?').suggestion).toMatch(/impact|goals/);
    expect(assessQuestion('When are you planning to buy?').suggestion).toMatch(/driving the timing/);
    expect(assessQuestion('What does your purchasing process look like?').suggestion).toMatch(/idea to a decision/);
  });

  it('accepts budget asked from the customer side', () => {
    expect(assessQuestion('What would fixing this be worth to you, given what it costs you today?').verdict).toBe('curious');
  });

  it('ignores casing, punctuation, curly quotes and contraction style', () => {
    const variants = ['Don’t you think it’s time to change?', "DON'T YOU THINK IT'S TIME TO CHANGE??", 'do not you think it is time to change', 'dont you think its time to change?!'];
    for (const text of variants) expect(assessQuestion(text).kind, text).toBe('leading');
  });

  it('judges each question in a line; the worst wins and the reason names it', () => {
    const result = assessQuestion('What changed this year? And who signs off on the contract?');
    expect(result.verdict).toBe('self_serving');
    expect(result.reasons.join(' ')).toContain('who signs off');
  });

  it('calls a statement neutral because it is not a question', () => {
    const result = assessQuestion('Thanks for making the time today.');
    expect(result).toMatchObject({ verdict: 'neutral', kind: 'not_a_question' });
    expect(result.reasons[0]).toMatch(/not a question/i);
  });

  it('still flags a pitch made as a statement', () => {
    expect(assessQuestion('Our platform cuts onboarding time in half.')).toMatchObject({ verdict: 'self_serving', kind: 'pitch' });
  });

  it('separates situation questions from curious ones', () => {
    expect(assessQuestion('How many people are on your team?')).toMatchObject({ verdict: 'neutral', kind: 'situation' });
    expect(assessQuestion('What is it costing your team when handoffs slip?').verdict).toBe('curious');
    expect(assessQuestion('Is this a problem for you?')).toMatchObject({ verdict: 'neutral', kind: 'closed' });
  });

  it('handles empty and whitespace input', () => {
    expect(assessQuestion('   ').verdict).toBe('neutral');
  });

  it('knows every self-serving kind', () => {
    expect(SELF_SERVING_KINDS).toEqual(expect.arrayContaining(['qualification', 'closing_pressure', 'leading', 'empty_opener', 'pitch']));
  });

});

describe('splitQuestions and assessScript', () => {
  const script = `Intro: thank them for the time.
1. How are you doing today?
2. What prompted you to look at this now? What did you try before.
- Who else are you talking to?
We help teams like yours close 30% more deals.`;

  it('keeps only the questions, without list markers', () => {
    expect(splitQuestions(script)).toEqual([
      'How are you doing today?',
      'What prompted you to look at this now?',
      'What did you try before.',
      'Who else are you talking to?',
    ]);
  });

  it('assesses every question in order', () => {
    expect(assessScript(script).map((entry) => entry.assessment.verdict)).toEqual(['self_serving', 'curious', 'curious', 'self_serving']);
  });

  it('does not split decimals', () => {
    expect(splitQuestions('Did churn go from 2.5% to 4%? Why?')).toEqual(['Did churn go from 2.5% to 4%?', 'Why?']);
  });
});

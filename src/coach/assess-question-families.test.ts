/**
 * The phrasing families reps actually use, each with wordings that appear in no data set: a rule
 * that only knew its training sentences would fail here.
 */
import { describe, expect, it } from 'vitest';
import { assessQuestion } from './assess-question';

describe('assessQuestion on families of phrasing', () => {
  it.each([
    ['Is Pipedrive still in the frame as well?', 'qualification'],
    ['Who are we up against on this one?', 'qualification'],
    ['Are you also evaluating Outreach?', 'qualification'],
    ['What kind of timeframe do you have in mind?', 'qualification'],
    ['When do you want this live by?', 'qualification'],
    ['Is the spend signed off already?', 'qualification'],
    ['Would you be comfortable signing before the renewal?', 'closing_pressure'],
    ['How likely are you to move forward, honestly?', 'closing_pressure'],
    ['Anything holding you back from signing this week?', 'closing_pressure'],
    ['Would you go ahead today if we dropped the setup fee?', 'closing_pressure'],
    ['Your managers hate chasing updates, yeah?', 'leading'],
    ['I bet the month-end scramble is painful?', 'leading'],
    ['Would it save you a headache if reps logged calls automatically?', 'leading'],
    ['What if your team never had to write another call summary?', 'leading'],
    ['How was the holiday, go anywhere nice?', 'empty_opener'],
    ['Is it alright to talk for a couple of minutes?', 'empty_opener'],
    ['Just checking in on the proposal - where are we at?', 'empty_opener'],
    ['Did you have a good long weekend?', 'empty_opener'],
    ['Fancy a peek at the latest release?', 'pitch'],
    ['Would you be open to a platform that scores every call for you?', 'pitch'],
    ['What are your three biggest problems right now?', 'cliche'],
    ['What are the main challenges facing your company?', 'cliche'],
    ['If a genie gave you one wish for your team, what would it be?', 'cliche'],
  ])('flags %s as %s', (text, kind) => {
    const result = assessQuestion(text);
    expect(result).toMatchObject({ verdict: 'self_serving', kind });
    expect(result.suggestion?.length).toBeGreaterThan(30);
  });

  it.each([
    'Which of your competitors is winning the customers you want, and why?',
    'What are you getting out of the coaching budget you already have, and which part is paying off?',
    'When your renewal rate dipped, where did the churn actually come from?',
    'What did the last reorganisation teach you?',
    'When you say the team is stretched, what does that look like on a Monday?',
    'What made the spring cohort ramp faster than the autumn one?',
    'Where is the gap between what you forecast and what you close?',
  ])('does not flag the customer-side question %s', (text) => {
    expect(assessQuestion(text).verdict).toBe('curious');
  });

  it.each([
    'When did your team switch to annual pricing?',
    'How do your reps stack up against each other on activity?',
    'What is the timeline for the second region rollout?',
    'How do managers check in with reps between one-to-ones?',
  ])('leaves the plain situation question %s neutral', (text) => {
    expect(assessQuestion(text).verdict).toBe('neutral');
  });

  it('reads an unpunctuated tag or embedded question as a question', () => {
    expect(assessQuestion('That would be a big relief for the team, would it not').kind).toBe('leading');
    expect(assessQuestion('so out of ten how ready are you to sign').kind).toBe('closing_pressure');
    expect(assessQuestion('I will send the recap after the call.').kind).toBe('not_a_question');
    // Typed fast: no apostrophes, no question mark.
    expect(assessQuestion('thats where the time goes isnt it').kind).toBe('leading');
    expect(assessQuestion('whos signing this off on your side').kind).toBe('qualification');
    // A question word before the negative makes it a real question, not a tag.
    expect(assessQuestion('Where is it working, and where isnt it?').verdict).not.toBe('self_serving');
  });
});

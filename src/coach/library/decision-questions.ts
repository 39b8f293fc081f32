/**
 * Questions about how the customer's organisation decides, asked from their side: who is affected and
 * how change happens there, never "who signs?" (that lives in assess-question's qualification rules).
 */
import { defineQuestions } from '../library-question';

export const DECISION_QUESTIONS = defineQuestions('decision', [
  ['fixed-first', 'LN', 'FD',
    'How does your organisation choose which problems to fix first?'],
  ['past-decisions', 'LN', 'D',
    'How have decisions about changes like this been made at your company in the past?'],
  ['feel-impact', 'LN', 'D',
    'Which people on your side would feel the impact of this change first?'],
  ['whose-goals', 'LN', 'DU',
    'Beyond yours, whose goals would this project touch?'],
  ['who-cares', 'LN', 'D',
    'Who else cares about solving this, and why does it matter to them?'],
  ['convince-team', 'LC', 'DU',
    'What would your team need to see before deciding this deserves their time?'],
  ['team-believe', 'LC', 'DU',
    'What would your team have to believe before changing how they work?'],
  ['explain-value', 'LC', 'DU',
    'How would you explain the value of fixing this to your leadership?'],
  ['see-differently', 'L', 'D',
    'How do you see the problem differently from your manager?'],
  ['idea-to-decision', 'LN', 'D',
    'When your team took on something like this before, how did it go from idea to decision?'],
  ['stalled-where', 'LN', 'S',
    'Where did this get stuck on your side, and who would know why?'],
  ['renewal-decide', 'LN', 'R',
    'How will your team decide whether this has been worth it over the past year?'],
  ['expansion-decide', 'LN', 'R',
    'How would the other teams decide whether this is right for them?'],
  ['commit-decide', 'C', 'US',
    'What would help you decide between the options you are weighing?'],
  ['next-decide', 'N', 'DUS',
    'Who should be part of the next conversation so the decision reflects what matters to them?'],
  ['finance-decide', 'LN', 'D', 'How does your finance team weigh the cost of the problem against the cost of fixing it?',
    { roles: ['finance', 'cfo', 'controller'] }],
  ['first-decide', 'L', 'F',
    'How does your team usually decide it is time to change the way it works?'],
]);

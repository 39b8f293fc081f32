/**
 * Sales clichés: questions customers have heard so often that they answer on autopilot. Three
 * families: stock phrases, fantasy framings (wands, genies, perfect worlds) and the generic
 * "biggest challenge" asked about nothing in particular. Asked about something specific ("the
 * biggest challenge your customers face when onboarding"), the same words are a real question.
 */
import { anyOf, group, type AssessmentRule } from './assessment-rule';

const END = '\\s*[?.!]*$';
/** Trouble in general, the noun of every "biggest challenge" question. */
const TROUBLE = group(
  'challenges?', 'problems?', 'issues?', 'pains?', 'pain points?', 'headaches?', 'struggles?', 'frustrations?',
  'obstacles?', 'hurdles?', 'blockers?',
);
/** A ranking in front of the trouble: "your biggest", "the top three", "the three biggest". */
const RANKED = `(?:your|the)(?: (?:two|three|four|five|\\d))? (?:biggest|main|top|greatest|largest|number one|#1|key)(?: (?:two|three|four|five|\\d))?`;
/** Whatever is left is about nothing in particular: the business, the role, today. */
const WHOLE_SCOPE = group(
  'business', 'company', 'organi[sz]ation', 'team', 'role', 'job', 'day-to-day', 'day to day', 'world', 'industry', 'work',
  'life', 'department', 'market',
);
const NOW = group('right now', 'at the moment', 'at the minute', 'today', 'currently', 'these days', 'this year', 'at work');
const GENERIC_TAIL = `(?: (?:(?:that )?(?:you are |you )?fac(?:e|es|ing)(?: (?:you|your \\w+|the \\w+))?|(?:for|in|of|at) (?:you|your|the) ${WHOLE_SCOPE}))?(?: ${NOW})?${END}`;

export const CLICHE_RULES: readonly AssessmentRule[] = [
  {
    kind: 'cliche',
    topic: 'cliche',
    pattern: anyOf(
      'keeps? (?:you|your \\w+|them|him|her|the \\w+) (?:up|awake) at night',
      'gets? you out of bed',
      'magic wand',
      'pain points?',
      'scale of (?:1|one) ?(?:to|-) ?(?:10|ten)',
      'low-?hanging fruit',
      'move the needle',
      'win-win',
      'wave a (?:magic )?wand',
      'silver bullet',
      'ruled the world',
      'biggest challenge',
      'bleeding',
      'number one (?:headache|pain|challenge)',
      'biggest headache',
      'number one (?:thing|problem|issue|challenge|pain|headache|frustration|obstacle|blocker)',
      'crystal ball',
      // Fantasy framings in any dress: no limits, genies, wishes, perfect worlds.
      'money (?:were|was) no object',
      'unlimited (?:resources|budget|money)',
      'all the (?:money|time|budget|resources|people) in the world',
      'if (?:budget|money|time|resources|cost) (?:were|was|is) (?:no (?:object|issue|problem)|unlimited|not an? (?:issue|problem|object|factor))',
      'blank (?:cheque|check)',
      'genie',
      '(?:snap|click) (?:your )?fingers',
      'press a (?:magic )?button and',
      '(?:three|3|one|a) wishes',
      '(?:on|top of) your wish ?list',
      'fairy godmother',
      'in an? (?:ideal|perfect) world',
      '(?:perfect|ideal|dream) world',
      'perfect (?:scenario|solution|day)',
      'dream (?:solution|scenario|tool|setup)',
      `if you could (?:change|fix|improve) (?:just )?one thing (?:about|in) (?:your|the) ${WHOLE_SCOPE}`,
      // Interview and survey stock questions.
      '(?:see yourself|you (?:want|like|hope|expect) to be) in (?:two|three|five|ten|\\d+) years',
      'make (?:your|their) (?:life|lives|job|day) easier',
      // Ranked or generic trouble: "top three challenges", "biggest challenges facing your business".
      `${RANKED} ${TROUBLE}${GENERIC_TAIL}`,
      `top (?:two|three|five|\\d) ${TROUBLE}`,
      `${group('biggest', 'main', 'top', 'greatest', 'number one', '#1')} ${TROUBLE} (?:(?:that |you are |you )?fac(?:e|ing)|in (?:your|the) ${WHOLE_SCOPE}|for (?:your|the) (?:business|company|organi[sz]ation))`,
      `^what ${TROUBLE} (?:are you|is your (?:team|business|company)|do you) (?:facing|dealing with|struggling with|up against|have|face)(?: ${NOW})?${END}`,
    ),
    reason: 'A sales cliché: customers have heard it so often they answer on autopilot.',
    suggestion: 'If this stayed unsolved for another quarter, what would it cost you or your team?',
  },
];

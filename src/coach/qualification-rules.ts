/**
 * Qualification asked out loud (budget, authority, timeline, purchasing process, competitors):
 * the rep's checklist, not the customer's problem. Each rule keeps the rep's intent and turns it
 * toward something the customer gains from thinking about.
 */
import { anyOf, CLOSED_START, CUSTOMER_SIDE, gap, group, type AssessmentRule } from './assessment-rule';

const qualification = (rule: Omit<AssessmentRule, 'kind'>): AssessmentRule => ({ kind: 'qualification', ...rule });

/** Either regex matching: a rule's own exceptions plus the shared customer-side frames. */
const either = (...patterns: readonly RegExp[]): RegExp => new RegExp(patterns.map((p) => p.source).join('|'));

// Semantic lexicons. Each names one thing the seller wants to know; the rules below combine them
// with question forms instead of listing whole sentences, so new wordings are caught too.

/** Time, effort and attention are spent and invested too; only money makes it a budget question. */
const NOT_MONEY = anyOf(
  `(?:time|hours?|days?|weeks?|months?|minutes?|effort|energy|attention|people|headcount) ${gap(4)}(?:spend|spent|invest|pay)\\w*`,
  `(?:spend|spent|spending|invest|investing|pay|paying) ${gap(2)}(?:time|hours?|days?|weeks?|minutes?|effort|energy|attention|on (?:it|this) each)`,
  'pay (?:attention|off)',
  'afford to (?:lose|wait|miss|ignore|let|fall|delay|get|keep)',
);

/** Money the customer has, would spend or pays: what a rep asks to size the deal. */
const MONEY = group(
  'budget\\w*',
  'fund(?:s|ing|ed)?',
  '(?:deep )?pockets',
  'money',
  'cash(?! flow)',
  'dollars?',
  'euros?',
  'bucks',
  'afford\\w*',
  'earmark\\w*',
  'allocat\\w+',
  'investment',
  '(?:you|your \\w+|they|we|it|i) ' + gap(3) + '(?:spend|spending|invest|investing|pay|paying)',
  'how much ' + gap(4) + '(?:spend|pay|invest|cost)',
  'price (?:range|point|bracket|band|tag)',
  '(?:sort|kind|level|type|amount|size) of (?:spend|investment|money|budget)',
  '(?:right|same) (?:range|ballpark)',
);

/** Who can say yes: approval, sign-off and the people above the contact. */
const APPROVAL = group(
  'approv\\w*',
  'sign(?:s|ing)? off',
  'sign-?off',
  'rubber-?stamp\\w*',
  'green-?light\\w*',
  'bless(?:ing)?',
  'veto',
  'authori[sz]\\w*',
  'ok(?:ay)? (?:it|this|that|the)',
);
const ABOVE_THEM = group(
  'boss',
  'bosses',
  'manager',
  'cfo',
  'ceo',
  'cto',
  'coo',
  'cio',
  'cro',
  's?vp',
  'evp',
  'director',
  'board',
  'leadership',
  'finance',
  'procurement',
  'legal',
  'management',
  'execs?',
  'executives?',
  'higher-?ups?',
  'superiors?',
  'budget holder',
  'head of \\w+',
);

/** A customer-side frame for a question about people and decisions: impact, beliefs, concerns. */
const THEIR_PEOPLE = anyOf(
  'affect\\w*',
  'impact',
  'feel\\w*',
  'care\\w*',
  'matters?',
  'goals?',
  'believe',
  'convince (?:them|him|her)',
  'need to see',
  'comfortable',
  'confident',
  'concerns?',
  'worr\\w*',
  'risks?',
  'success',
);

/** When they will buy: a timing word and a buying act in one question. */
const WHEN_WORD = group(
  'how soon',
  'how quickly',
  'how fast',
  'by when',
  'what date',
  'time ?frame',
  'timeline',
  'timescale',
  'realistic(?:ally)?',
  'q[1-4]',
  '(?:this|next|end of (?:the)?) ?(?:quarter|month|year|week|fiscal year)',
  'fiscal',
  'year-end',
  '(?:before|by) (?:the )?(?:end|year-end|summer|christmas|holidays|new year|next)',
);
const BUYING_ACT = group(
  'sign\\w*',
  'buy\\w*',
  'purchas\\w*',
  'decid\\w*',
  'decisions?',
  'choos\\w+',
  'choose',
  'pick(?:ing)? (?:a|one|the|us)',
  'select(?:ing)? (?:a|one|the|us)',
  'commit\\w*',
  'mov(?:e|ing) (?:forward|ahead)',
  'go(?:ing)? ahead',
  'pull the trigger',
  'make (?:a|the|your) (?:call|choice|move|decision|purchase)',
  'get (?:started|going)',
  'contract\\w*',
  'place (?:an|the) order',
);

/** Other sellers in the deal. */
const COMPETITOR = group(
  'competitors?',
  'competition',
  'other (?:vendors?|suppliers?|providers?|solutions?|tools?|options?|companies|platforms?|products?|partners?|players?|offers?|quotes?|bids?|proposals?)',
  'alternatives?',
  'shortlist\\w*',
  'short-list\\w*',
  'bake-?off',
  'rfps?',
  'rfq',
  'elsewhere',
  'shop(?:ping)? around',
  'on the market',
  'up against',
  'in the running',
);
const SHOPPING_VERB = group(
  'talk\\w*',
  'speak\\w*',
  'look\\w* at',
  'evaluat\\w*',
  'consider\\w*',
  'meet\\w*',
  'compar\\w*',
  'in the running',
  'on (?:the|your) (?:list|shortlist)',
  'bidding',
  'pitching',
  'quot\\w*',
  'demo\\w*',
  'interview\\w*',
  'in touch with',
  'get(?:ting)? (?:quotes|proposals|demos|pricing)',
);
// "Which other approaches have you looked at, and what appealed to you?" asks what they learned.
const THEIR_SEARCH = anyOf('appeal\\w*', 'approach\\w*', 'tried', 'try', 'learn\\w*', 'missing', 'came closest', 'in-house', 'internally', 'use', 'using', 'rely', 'matters? most', 'weigh\\w*', 'like (?:about|best|most)', 'work(?:ed)? (?:well|for you)');

/** budget: the phrasings first collected from real calls. */
const BUDGET_PHRASES = anyOf(
  'budget(?:s|ed)?',
  'money (?:set aside|available|earmarked|allocated)',
  'set aside',
  'earmarked',
  'funds? (?:allocated|available|approved|set aside)',
  '(?:a )?funded (?:project|initiative)',
  'price range',
  'how much (?:\\w+ ){1,4}(?:spend|pay|invest)',
  'how much money',
  'afford',
  '(?:currently|now|already) paying',
  'purchase order',
  'spend (?:for|on) (?:this|it|the project)',
  'investment (?:are you|you are) (?:\\w+ )?(?:prepared|willing|able|ready|looking)',
  '(?:prepared|willing|able) to (?:spend|invest|pay)',
  'ballpark',
  'stay under',
  'cost ceiling',
);
/** budget: lexicon × question-form patterns that catch new wordings of the same ask. */
const BUDGET_FORMS = new RegExp(`\\b${MONEY}\\b`);

/** authority: the phrasings first collected from real calls. */
const AUTHORITY_PHRASES = anyOf(
  'decision[- ]?makers?',
  'economic buyer',
  '(?:final|buying|purchasing|purchase) decision',
  'who (?:makes|signs|approves|has the final|controls|holds) (?:\\w+ ){0,3}(?:decision|contract|budget|purchases?|authority|say|purse)',
  'who (?:would|will|needs to|has to) (?:review|approve|sign)',
  'signs? off',
  'sign-off',
  'signing authority',
  '(?:the )?authority to (?:sign|buy|approve|purchase)',
  'purse strings',
  'anyone above you',
  'needs? to approve',
  'one (?:signing|who signs)',
  'approv(?:e|ing|al for) the purchase',
  'right person to (?:talk|speak) to about (?:buying|purchasing)',
  '(?:has|have|gets?) (?:a|the final) say',
  'who besides you',
  'the one who (?:approves|signs|decides|buys|pays)',
  'approves? (?:new )?(?:software|purchases|spend|spending|vendors|tools|contracts|budgets?)',
  '(?:gets?|get) (?:bought|purchased)',
);
/** authority: lexicon × question-form patterns that catch new wordings of the same ask. */
const AUTHORITY_FORMS = new RegExp(
  [
    `\\bwho(?: else)? ${gap(3)}${APPROVAL}\\b`,
    `\\bwho(?: else)? ${gap(2)}(?:decides?|signs?|pays|makes the (?:final |last |real )?(?:call|decision|choice)|has (?:the )?(?:final|last|real) (?:say|word|call)|calls the shots|pulls the trigger|holds the purse)\\b`,
    `${CLOSED_START} ${gap(6)}${APPROVAL}\\b`,
    `\\b${ABOVE_THEM} ${gap(3)}${APPROVAL}\\b`,
    `\\b(?:get|put|take|bring|introduce|connect|loop|pass) (?:me|us) (?:in front of|to|with|in with|in touch with|a meeting with|some time with|time with) (?:your|the|their) ${gap(1)}${ABOVE_THEM}\\b`,
    `\\b(?:are|would|will) you (?:be )?(?:the )?(?:one|person|only one|final|ultimate|main|sole) ${gap(2)}(?:who|that|to|making|signing|deciding|approving|with)\\b`,
    `\\b(?:anyone|anybody|someone|somebody|who) else ${gap(5)}(?:decision|decid\\w+|purchas\\w*|buy\\w*|sign\\w*|budget)\\b`,
    `\\b(?:higher-?ups?|above your head|pay grade|chain of command|above you)\\b`,
    `${CLOSED_START} ${gap(3)}${ABOVE_THEM} ${gap(2)}(?:need|needs|have|has|want|wants|got) to (?:look at|review|check|get involved|be involved|weigh in|sign|see it)\\b`,
  ].join('|'),
);

/** timeline: the phrasings first collected from real calls. */
const TIMELINE_PHRASES = anyOf(
  '(?:when|how soon) (?:are|do|will|would|could|can|might|is) (?:\\w+ ){0,4}(?:make a (?:decision|purchase)|decide|buy|purchase|sign|move forward with|pick a vendor|choose a vendor)',
  '(?:timeline|timeframe|time frame) for (?:the )?(?:purchas|buy|decision|signing)\\w*',
  '(?:buying|purchasing|purchase|decision) (?:timeline|timeframe)',
  'looking to (?:buy|purchase|sign)',
  '(?:buy|purchase|sign)\\w* (?:\\w+ ){0,3}(?:by|before) (?:the )?end of (?:the )?(?:quarter|month|year)',
  'time the purchase',
  'fiscal year end',
  'by when',
  '(?:vendor|supplier|solution|partner|provider) (?:selected|chosen|picked|signed)',
  '(?:get|be|been) approved (?:in|by|before|this) (?:q[1-4]|the|next|this|january|february|march|april|may|june|july|august|september|october|november|december)',
);
/** timeline: lexicon × question-form patterns that catch new wordings of the same ask. */
const TIMELINE_FORMS = new RegExp(
  [
    `^(?:when|how soon|by when|how quickly|how fast) (?:are|do|will|would|could|can|might|is|should|did|were) ${gap(5)}${BUYING_ACT}\\b`,
    `${CLOSED_START} ${gap(6)}\\b${WHEN_WORD}\\b ${gap(4)}${BUYING_ACT}\\b`,
    `${CLOSED_START} ${gap(6)}${BUYING_ACT}\\b ${gap(4)}${WHEN_WORD}\\b`,
    `\\b(?:time ?frame|timeline|timescale|deadline|target date|date) (?:for|on|to|of) ${gap(2)}${BUYING_ACT}\\b`,
    `\\b${BUYING_ACT} (?:time ?frame|timeline|timescale|date)\\b`,
  ].join('|'),
);

/** process: the phrasings first collected from real calls. */
const PROCESS_PHRASES = anyOf(
  '(?:purchasing|procurement|buying|approval|vendor onboarding|legal review) process',
  'procurement',
  'steps to (?:get|sign|close) (?:\\w+ ){0,2}(?:contract|deal|signed)',
  '(?:slow down|hold up|delay) the (?:contract|deal|purchase|signature)',
  'contracting',
  'new (?:suppliers|vendors)',
  'vendor (?:approval|selection|onboarding|registration)',
);
/** process: lexicon × question-form patterns that catch new wordings of the same ask. */
const PROCESS_FORMS = anyOf(
  'approval (?:chain|process|steps?|workflow)',
  'red ?tape',
  'hoops',
  `steps ${gap(3)}(?:to|before) (?:sign|buy|purchase|get (?:this|it) (?:approved|signed|through))`,
  'get (?:this|it|a deal|us) (?:approved|through|signed off|on the approved)',
  '(?:vendor|supplier) (?:list|setup|set-up|form)',
);

/** competition: the phrasings first collected from real calls. */
const COMPETITION_PHRASES = anyOf(
  'who else are you (?:talking|speaking|looking at|meeting|evaluating)',
  '(?:talking|speaking) (?:to|with) (?:anyone|anybody|someone) else',
  'other vendors?',
  '(?:our|my) competitors?',
  'vendors? (?:are|is) on your shortlist',
  'shortlist',
  'looking at (?:anyone|anybody) else',
  '(?:which|what|any) (?:other )?competitors?',
  'alternatives to (?:us|our|this)',
  'evaluating (?:any )?(?:alternatives|other|vendors|solutions|options)',
  'demos? from',
  '(?:are|is) (?:we|you) competing',
  'competing with (?:anyone|anybody|others)',
);
/** competition: lexicon × question-form patterns that catch new wordings of the same ask. */
const COMPETITION_FORMS = new RegExp(
  [
    `\\b(?:who|anyone|anybody|someone|somebody) else ${gap(3)}${SHOPPING_VERB}`,
    `\\b${COMPETITOR}\\b`,
    `\\b(?:which|what|any) (?:other )?(?:vendors?|suppliers?|providers?|companies|firms|agencies) (?:are|have|did|do|made|make|is)\\b`,
    `\\bonly (?:ones?|vendors?|company|supplier|provider|option) (?:you|you are|you have|in the)\\b`,
  ].join('|'),
);

export const QUALIFICATION_RULES: readonly AssessmentRule[] = [
  qualification({
    topic: 'budget',
    pattern: either(BUDGET_PHRASES, BUDGET_FORMS),
    // Budget asked as "what is it worth / what does it cost you" is the customer's own sizing of the problem.
    unless: either(
      anyOf('worth', 'costs? you', 'cost of (?:the problem|leaving|doing nothing|the issue)', 'protect', 'trade-?off', 'compared (?:with|to)', 'against the cost'),
      NOT_MONEY,
      CUSTOMER_SIDE,
    ),
    reason: 'Asks whether they can pay: it qualifies them for you and gives them nothing to think about.',
    suggestion: 'What would solving this be worth to you over the next year, compared with what it costs you today?',
  }),
  qualification({
    topic: 'authority',
    pattern: either(AUTHORITY_PHRASES, AUTHORITY_FORMS),
    unless: either(CUSTOMER_SIDE, THEIR_PEOPLE),
    reason: 'Checks whether this person can buy: it tells them you are sizing them up, not their problem.',
    suggestion: 'Who else will feel the impact of this, and whose goals does it touch?',
  }),
  qualification({
    topic: 'timeline',
    pattern: either(TIMELINE_PHRASES, TIMELINE_FORMS),
    // "What happens if the decision slips?" asks about their stakes, not your forecast.
    unless: either(CUSTOMER_SIDE, anyOf('would (?:need|have) to (?:change|happen|be true)', 'what happens', 'slip\\w*', 'if (?:it|this|that|nothing)')),
    reason: 'Asks when they will buy: your forecast, not their reason to act.',
    suggestion: 'What is driving the timing on your side, and what happens if it slips?',
  }),
  qualification({
    topic: 'process',
    pattern: either(PROCESS_PHRASES, PROCESS_FORMS),
    unless: CUSTOMER_SIDE,
    reason: 'Maps their purchasing steps for your pipeline; it does not help them decide anything.',
    suggestion: 'When your team took on something like this before, how did it go from idea to a decision?',
  }),
  qualification({
    topic: 'competition',
    pattern: either(COMPETITION_PHRASES, COMPETITION_FORMS),
    unless: either(THEIR_SEARCH, CUSTOMER_SIDE),
    reason: 'Asks about your competition: useful to you, but it makes them feel shopped rather than heard.',
    suggestion: 'What else are you weighing to solve this, and what matters most to you in choosing?',
  }),
];

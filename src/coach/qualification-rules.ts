/**
 * Qualification asked out loud (budget, authority, timeline, purchasing process; competitors are in
 * competition-rules.ts):
 * the rep's checklist, not the customer's problem. Each rule keeps the rep's intent and turns it
 * toward something the customer gains from thinking about.
 */
import { anyOf, CLOSED_START, CUSTOMER_SIDE, either, gap, group, type AssessmentRule } from './assessment-rule';

const qualification = (rule: Omit<AssessmentRule, 'kind'>): AssessmentRule => ({ kind: 'qualification', ...rule });


// Semantic lexicons. Each names one thing the seller wants to know; the rules below combine them
// with question forms instead of listing whole sentences, so new wordings are caught too.

/** Time, effort and attention are spent and invested too; only money makes it a budget question. */
const NOT_MONEY = anyOf(
  `(?:time|hours?|days?|weeks?|months?|minutes?|effort|energy|attention|people|headcount) ${gap(4)}(?:spend|spent|invest|pay)\\w*`,
  `(?:spend|spent|spending|invest|investing|pay|paying) ${gap(2)}(?:time|hours?|days?|weeks?|minutes?|effort|energy|attention|on (?:it|this) each)`,
  'pay(?:s|ing|ed)? (?:attention|off)',
  // Money they already spend, asked as whether it is working: their own return, not our deal size.
  '(?:budget|money|spend) (?:you|they) (?:already|currently) (?:have|spend|put)',
  'earn(?:s|ing)? its keep',
  'getting (?:value|a return|results) (?:from|out of|for)',
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
  'sign(?:s|ed|ing)? (?:it |this |that )?off',
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
  'mak(?:e|ing) (?:a|the|your) (?:call|choice|move|decision|purchase)',
  'get (?:started|going)',
  'contract\\w*',
  'place (?:an|the) order',
  // Our thing starting on their side: "When would you want to kick things off?", "…in place before Q3?"
  'kick\\w* (?:things |it |this )?off',
  'in place',
  'up and running',
  'go(?:ing)? live',
);

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
  '(?:numbers|figures?|money|spend|budget|investment) (?:are we|we are) talking',
  // How much there is, in slang: "How much have you got to play with?", "the rough budget envelope".
  '(?:got|have|had) to play with',
  'money (?:is )?(?:there|available|on the table)',
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
  '(?:the )?(?:authority|power|mandate) to (?:sign|buy|approve|purchase|decide|commit|spend|make (?:this|the|that|a) (?:call|decision|purchase))',
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
    `\\bwho(?: else)? ${gap(5)}${APPROVAL}\\b`,
    `\\bwho(?: else)? ${gap(2)}(?:decides?|signs?|pays|makes the (?:final |last |real )?(?:call|decision|choice)|has (?:the )?(?:final|last|real) (?:say|word|call)|calls the shots|pulls the trigger|holds the purse)\\b`,
    `${CLOSED_START} ${gap(6)}${APPROVAL}\\b`,
    `\\b${ABOVE_THEM} ${gap(3)}${APPROVAL}\\b`,
    `\\b(?:get|put|take|bring|introduce|connect|loop|pass) (?:me|us) (?:in front of|to|with|in with|in touch with|a meeting with|some time with|time with) (?:your|the|their) ${gap(1)}${ABOVE_THEM}\\b`,
    `\\b(?:are|would|will) you (?:be )?(?:the )?(?:one|person|only one|final|ultimate|main|sole) ${gap(2)}(?:who|that|to|making|signing|deciding|approving|with)\\b`,
    `\\b(?:anyone|anybody|someone|somebody|who) else ${gap(5)}(?:decision|decid\\w+|purchas\\w*|buy\\w*|sign\\w*|budget)\\b`,
    `\\b(?:higher-?ups?|above your head|pay grade|chain of command|above you)\\b`,
    // Someone else has to see it first: "Will you need to run this past anyone?", "Who else gets a vote?"
    `\\brun (?:it|this|that|things) (?:past|by) (?:anyone|anybody|someone|somebody|your \\w+|the \\w+)\\b`,
    `\\bwho(?: else)? ${gap(2)}(?:gets?|has|have) (?:a |the )?(?:vote|say|veto)(?: (?:in|on|over) (?:this|it|the (?:decision|purchase|deal|contract)))?\\s*[?.!]*$`,
    `\\b(?:this|it|that|the (?:decision|purchase|deal|contract|proposal|spend|business case)) (?:will |would |need to |needs to |have to |has to |usually |typically )?(?:go|goes|going) (?:to|through|in front of|before) (?:a |the )?(?:committee|board|procurement|finance|legal|exec\\w*|steering \\w+)\\b`,
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
    `^(?:when|how soon|by when|how quickly|how fast) (?:are|do|will|would|could|can|might|is|should) ${gap(5)}${BUYING_ACT}\\b`,
    `${CLOSED_START} ${gap(6)}\\b${WHEN_WORD}\\b ${gap(4)}${BUYING_ACT}\\b`,
    `${CLOSED_START} ${gap(6)}${BUYING_ACT}\\b ${gap(4)}${WHEN_WORD}\\b`,
    `\\b(?:time ?frame|timeline|timescale|deadline|target date|date) (?:for|on|to|of) ${gap(2)}${BUYING_ACT}\\b`,
    `\\b${BUYING_ACT} (?:time ?frame|timeline|timescale|date)\\b`,
    `\\b(?:earliest|soonest|how early)\\b ${gap(4)}${BUYING_ACT}`,
    `^how (?:does|do|would|is|are) ${gap(2)}${WHEN_WORD} ${gap(3)}(?:look|work|suit|sound)\\w* (?:for|to) ${gap(1)}${BUYING_ACT}`,
    // The bare ask, however dressed: "What's the timeline here?", "What timeframe are we working with?"
    `^(?:what is |what are )?(?:the|your) (?:rough |realistic |likely )?(?:time ?frame|timeline|timescale)(?: (?:here|on (?:this|it|your (?:end|side))|for (?:this|it)|looking like|like|we are \\w+ (?:with|to)|you are \\w+ (?:with|to)))?\\s*[?.!]*$`,
    `^what (?:time ?frame|timeline|timescale) (?:are|is) (?:we|you)\\b`,
    `\\b(?:time ?frames?|timelines?|timescales?) ${gap(1)}(?:are|is) (?:we|you) (?:looking|working|talking|thinking)\\b|\\b(?:time ?frames?|timelines?|timescales?|dates?) (?:do )?you (?:have )?in mind\\b`,
    `${CLOSED_START} ${gap(3)}(?:a|any|an actual|a specific|a target) (?:date|go-live|start date) (?:you are|you have|we are|in mind|for)\\b`,
    // When they need our thing in place: "When do you need this live by?"
    `^(?:when|by when) (?:do|would|will|did) you (?:need|want|hope|expect) (?:to (?:have )?)?(?:this|it|something|a solution|us|the (?:tool|platform|solution|contract)) ${gap(3)}(?:in place|live|up and running|signed|sorted|done|by|rolled out|implemented)\\b`,
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

export const QUALIFICATION_RULES: readonly AssessmentRule[] = [
  qualification({
    topic: 'budget',
    pattern: either(BUDGET_PHRASES, BUDGET_FORMS),
    // Budget asked as "what is it worth / what does it cost you" is the customer's own sizing of the problem.
    unless: either(
      anyOf('worth', 'costs? you', 'cost of (?:the problem|leaving|doing nothing|the issue)', 'protect', 'trade-?off', 'compared (?:with|to)', 'against the cost'),
      NOT_MONEY,
      CUSTOMER_SIDE,
      // How they share out their own money: "How do you decide which tools get budget?"
      anyOf('(?:get|gets|got|win|wins|won) (?:the |more |less |any )?(?:budget|funding|money)'),
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
];

/**
 * Competition asked out loud: who else is pitching, how we compare, where they are leaning. The
 * rep's map of the deal; the customer hears that they are being shopped. Their own market ("What
 * are your competitors doing better?") is a different, customer-side question and is left alone.
 */
import { anyOf, CLOSED_START, CUSTOMER_SIDE, either, gap, group, type AssessmentRule } from './assessment-rule';

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
  // "Who are we up against?", not "What are you up against this quarter?" (their own challenges).
  '(?:we|us) (?:\\w+ )?up against',
  'who (?:else )?(?:are|is) (?:you|we) up against',
  'in the running',
  // Who else is pitching, in the slang reps use: "Are the Gong guys in the mix?", "How do we stack up?"
  'in contention',
  '(?:we|us|our \\w+) stack(?:s|ing)? up',
  'stack(?:s|ing)? up against (?:us|the (?:others|competition|rest))',
  'other (?:names|players|guys)',
  // Where they are leaning: "Are you leaning towards anyone yet?", "Are we the preferred vendor?"
  'leaning (?:towards?) (?:anyone|anybody|any(?: one)?|one (?:vendor|option|of (?:them|us))|a (?:vendor|supplier|provider|particular))',
  'preferred (?:vendor|supplier|partner|provider|option|solution)',
  'front-?runners?',
  '(?:quotes?|proposals?|pricing|demos?|bids?|offers?) (?:from|by) (?:anyone|anybody|someone|somebody|another|other) ?(?:else|vendors?|suppliers?|providers?)?',
);
const SHOPPING_VERB = group(
  'talk\\w*',
  'chat\\w* (?:to|with)',
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
const THEIR_SEARCH = anyOf(
  // Their own market: "What are your competitors doing better than you?" is about their business.
  'your (?:own |main |biggest |closest )?(?:competitors?|competition|rivals?)',
  '(?:a|their|the) competitors? (?:solved|beat|won|launched|did|does|is doing|are doing|got there|overtook)',
  'choose a competitor',
  'appeal\\w*', 'approach\\w*', 'tried', 'try', 'learn\\w*', 'missing', 'came closest', 'in-house', 'internally', 'use', 'using', 'rely', 'matters? most', 'weigh\\w*', 'like (?:about|best|most)', 'work(?:ed)? (?:well|for you)');

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
    // Slang for a rival in the deal, at the end of the question: "Are the Gong guys in the mix as well?"
    `\\bin the (?:mix|frame|race|hunt|running|picture)(?: (?:as well|too|also|here|for (?:this|it|the (?:deal|contract|project|business))))?\\s*[?.!]*$`,
    `${CLOSED_START} ${gap(3)}on (?:your|the) (?:short ?)?list(?: (?:too|as well|also))?\\s*[?.!]*$`,
    // A rival named by its people: "Are the Salesforce lot still pitching?"
    `\\bthe \\w+ (?:lot|folks|guys|crowd) ${gap(2)}(?:pitching|bidding|quoting|offering|charging|in the (?:mix|running|frame|picture))\\b`,
    // "Are you also talking to Chorus?": shopping around, asked as a yes/no.
    `^(?:are|have|did|were|will) you also ${SHOPPING_VERB}`,
    `^(?:are|have|did|were|will) you ${SHOPPING_VERB} ${gap(3)}(?:too|as well|in parallel|alongside (?:us|this))\\s*[?.!]*$`,
    `\\bonly (?:ones?|vendors?|company|supplier|provider|option) (?:you|you are|you have|in the)\\b`,
  ].join('|'),
);

export const COMPETITION_RULES: readonly AssessmentRule[] = [
  {
    kind: 'qualification',
    topic: 'competition',
    pattern: either(COMPETITION_PHRASES, COMPETITION_FORMS),
    unless: either(THEIR_SEARCH, CUSTOMER_SIDE),
    reason: 'Asks about your competition: useful to you, but it makes them feel shopped rather than heard.',
    suggestion: 'What else are you weighing to solve this, and what matters most to you in choosing?',
  },
];

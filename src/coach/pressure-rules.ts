/**
 * Questions that push rather than ask: closing pressure and leading questions. Both try to get a
 * "yes" out of the customer instead of letting them think.
 */
import { anyOf, gap, type AssessmentRule } from './assessment-rule';

const AUX = '(?:would|do|does|did|is|are|was|were|will|could|should|have|has|can)';

export const PRESSURE_RULES: readonly AssessmentRule[] = [
  {
    kind: 'closing_pressure',
    topic: 'close',
    pattern: anyOf(
      'if (?:i|we) (?:could|can|were able to|was able to|did|throw|threw|get|got|match|matched|offer|offered) .* (?:would|will|could|can) (?:you|that|it)',
      '(?:sign|signing|buy|commit) (?:it |this )?(?:today|now|right now|this week)',
      'from (?:signing|buying)',
      '(?:stopping|preventing) you from (?:buying|signing|moving forward|going ahead|saying yes)',
      'ready to (?:sign|buy|move forward|go ahead|proceed|commit|get started)',
      'what would it take to (?:earn|win|get) (?:your|the) business',
      // "What would it take to get a yes today?": the price of their yes, on our clock.
      'what (?:would|will|is) it (?:going to )?take (?:for (?:us|me) )?to (?:get|earn|win|close|seal|have) (?:a |the |your |this |it )?(?:yes|business|deal|signature|order|contract|over the line|across the line|done|signed)',
      '(?:a|the|your) yes (?:today|now|this week|by)',
      'what (?:do|would|can) (?:i|we) (?:need|have) to do to (?:close|win|get)',
      '(?:send|send over|get) (?:you )?(?:over )?(?:the|a|an) (?:contract|order form|agreement|paperwork|docusign)',
      'paperwork',
      'any reason (?:(?:you|we) (?:would not|could not|cannot|should not|will not|would) |not to |why (?:you|we) (?:would not|could not|cannot|should not|will not) )(?:\\w+ ){0,2}(?:go ahead|move forward|sign|buy|proceed|get started|start|kick (?:it |things )?off)',
      '(?:annual|monthly|which) (?:plan|package|tier|option) (?:would you like|do you want)',
      '(?:go|start) with the (?:annual|monthly|basic|premium|pro|enterprise|starter) (?:plan|package|tier|one)',
      '(?:which|what) (?:plan|package|tier) (?:would you like|do you want)',
      '(?:get|have) (?:this|it|the contract|the deal) signed',
      'signed (?:before|by) (?:the )?(?:end|friday|monday|tomorrow)',
      '(?:price|pricing|offer|discount) is only (?:good|valid|available)',
      'lock in',
      'before (?:it|the price|pricing|the offer) (?:goes up|expires|ends)',
      'commit (?:by|to a decision)',
      'do we have a deal',
      'get us a deal',
      'get (?:a|the|this) deal (?:done|closed|signed)',
      'count on your (?:signature|business|order)',
      'when can we (?:get started|start|kick off|begin)',
      'put you down for',
      'get you set up',
      'get you started',
      'can we close',
      'close (?:this|it|the deal) (?:today|now|this|by|on|friday|monday)',
      'knock (?:\\w+ ){0,3}off',
      'verbal (?:yes|commitment|agreement)',
      'say yes',
      'your yes',
      'draw up (?:the|an?) (?:agreement|contract|order|paperwork)',
      'shall we\\s*[?.!]*$',
      'can we (?:agree|move|go|get|start|lock|close|sign|shake)',
      'shake on it',
      '(?:put|add) (?:\\w+ ){0,3}on the order',
      '(?:start|begin|go live) on the (?:first|\\d+\\w*|fifteenth|\\w+th)',
      'obstacle to (?:you )?(?:buying|signing|moving forward)',
      // Anything in the way of a yes today: "Anything stopping you from putting pen to paper today?"
      `(?:stopping|preventing|holding) (?:you|us) (?:back )?from ${gap(5)}(?:today|now|this (?:week|month|quarter)|before (?:the )?(?:end|friday|monday))`,
      'pen to paper',
      // Wrapping up on our clock: "Any chance we could wrap this up before month end?"
      '(?:wrap|tie|button|sew) (?:this|it|things|everything) up',
      'finali[sz]e (?:this|it|things|the (?:deal|contract|paperwork|order|agreement))',
      '(?:a|the) (?:\\w+ )?(?:start|kick-?off|go-live|start date|onboarding) (?:date )?work for you',
      'buying from us',
    ),
    reason: 'Pushes for a commitment on your schedule: it makes saying no the safest answer.',
    suggestion: 'What would you need to see or settle before you would feel confident about a next step?',
  },
  {
    kind: 'closing_pressure',
    topic: 'your agenda',
    // The rep as the actor ("Should we pencil in…", "If I throw in…", "Can you give me…"): the question
    // is about what the rep wants to happen next. "Can I ask…" is only politeness and is left alone.
    pattern: /^(?:so,? )?(?:if (?:i|we)\b|(?:can|could|should|shall|may) (?:i|we)\b(?! ask| include| copy| cc| add| invite)|how about (?:i|we)\b)|\b(?:give|get|send|show) (?:me|us) (?:a|an|the|your)\b|\bget (?:legal|the contract|you)\b|\bpull(?:ing)? the trigger\b/,
    reason: 'About what you want to happen next, not about them: it asks them to go along with your plan.',
    suggestion: 'What would you need to see or settle before a next step makes sense for you?',
  },
  {
    kind: 'closing_pressure',
    topic: 'commitment',
    // Commitment vocabulary in any wording: moving ahead, getting going, a signature, a start date,
    // or the rep's own quarter. Asked by the rep, each one is a push for a yes.
    pattern: new RegExp(
      [
        `\\b(?:are|can|shall|should|could|will|do) (?:we|you|they) ${gap(1)}(?:mov(?:e|ing)|go(?:ing)?|push(?:ing)?|press(?:ing)?) (?:ahead|forward)\\b`,
        `\\bready (?:to|for) (?:give (?:it|this|us) a (?:go|try|whirl|shot)|get (?:going|started|moving|rolling)|go|roll|kick|start|do (?:this|it)|make (?:it|this|a)|pull|place|take the|sign|buy|move|proceed|commit|(?:the )?next steps?|(?:the )?contract|paperwork|onboarding|launch)\\b`,
        `\\bget (?:going|the ball rolling|things (?:moving|rolling|going|started)|(?:this|it) (?:over the line|across the line|booked|on the books|moving|rolling))\\b`,
        `\\b(?:make (?:it|this) (?:official|happen)|go for it|seal the deal|take the plunge|dotted line|ink (?:the|this|it)|countersign\\w*|e-?sign\\w*|signatures?)\\b`,
        `\\b(?:which|what) ${gap(1)}(?:start|kick-?off|go-live|launch|onboarding|delivery|installation|signing) date\\b`,
        `\\b(?:my|our) (?:quarter|quota|numbers|month-end|year-end|target|forecast|commission)\\b`,
        `\\bnext step (?:is|would be|will be) (?:to )?(?:sign|the contract|paperwork|the order)\\b`,
        `\\b(?:are|is) (?:we|you|everyone|everybody|it) (?:all )?(?:good|clear|set|okay|ok) to (?:go|move|proceed|sign|start|buy)\\b`,
        // Asked to confirm they are willing: "If the pilot goes well, are you comfortable committing to the annual plan?"
        `\\b(?:are|would|will|do) (?:you|we) (?:be |feel )?(?:happy|comfortable|prepared|willing|okay|ok|keen|in a position) (?:to |with |about )?(?:go(?:ing)? ahead|proceed\\w*|sign\\w*|mov\\w+ forward|buy\\w*|pull\\w* the trigger|commit\\w*(?: to)?(?: (?:the|an?|our|a full))? ?(?:annual|monthly|multi-year|\\w+-year|plan|contract|deal|pilot|licen\\w+|order|purchase|subscription|seats|renewal|years?|term|it|this|that|us|now|today|[?.!]|$))`,
        // Readiness as a number or a degree: "On a scale of one to ten, how ready are you to move forward?"
        `\\bhow (?:ready|close|likely|committed|serious|keen|near) (?:are|is|would) (?:you|they|we|your \\w+|the team) ${gap(2)}(?:to )?(?:mov\\w+ (?:forward|ahead)|go(?:ing)? (?:ahead|with us)|sign\\w*|buy\\w*|commit\\w*|proceed\\w*|decid\\w*|(?:a |making a )?decision|pull\\w* the trigger|get(?:ting)? started|(?:a |the )?yes)\\b`,
        `\\bhow (?:interested|keen|serious|committed|ready) (?:are you|is your \\w+|would you be)\\s*[?.!]*$`,
        `^(?:so,? )?(?:are you|you) in\\s*[?.!]*$|\\b(?:have|get|got|give (?:us|me)) (?:your|the|a) go-?ahead\\b`,
        // The trial close: "Are you happy with the proposal as it stands?"
        `^(?:are|is) (?:you|everyone|the team) (?:happy|comfortable|ok|okay|good|fine) with (?:the|our|my) (?:proposal|quote|pricing|price|terms|offer|contract|numbers|order form)\\b`,
        // A concession traded for a commitment, in either order: "Would you commit to a pilot if I threw in onboarding?"
        `^(?:would|will|could|can) you ${gap(2)}(?:commit|sign|buy|go ahead|move forward|agree|proceed|start)\\w* .*\\bif (?:i|we) (?:could |can )?(?:threw|throw|includ\\w+|add\\w*|offer\\w*|gave|give|got|get|match\\w*|knock\\w*|cut|drop\\w*|waive\\w*|discount\\w*)\\b`,
      ].join('|'),
    ),
    // "What would you need to be ready to roll this out?" asks what they need, not for a yes.
    unless: /^(?:what|how|why|which) (?:would|do|does|will) (?:you|your \w+|they|the team) need\b/,
    reason: 'Pushes for a commitment on your schedule: it makes saying no the safest answer.',
    suggestion: 'What would you need to see or settle before you would feel confident about a next step?',
  },
  {
    kind: 'leading',
    topic: 'leading',
    pattern: new RegExp(
      [
        // "Wouldn't you agree…", "Don't you think…": a negative question that presumes the answer.
        `^(?:so,? |and,? |but,? )?${AUX} not \\w+`,
        `\\b(?:do|would|will|can|could) you not (?:agree|think|feel|want|see|believe)\\b`,
        // Tag questions: "…, isn't it?", "…, right?", "…, do you?"
        `, (?:${AUX} not|cannot) \\w+\\s*[?.!]*$`,
        `^(?:so,? |and,? |but,? )?${AUX} (?:it|that|this|you|they|we|there) not\\b`,
        `, (?:do|does|did|would|will|can|could|is|are) (?:you|it|they|we)\\s*[?.!]*$`,
        `, (?:right|correct|yes|yeah|yep|agreed|true|no|eh|ok|okay|fair|am i right|you know|(?:would|do) you (?:not )?(?:say|think|agree)|is (?:that|it) (?:not )?(?:right|fair|true))\\s*[?.!]*$`,
        `, (?:${AUX} not|cannot) \\w+ (?:say|think|agree|feel)\\s*[?.!]*$`,
        `, ${AUX} (?:it|you|they|we|that|there) not\\s*[?.!]*$`,
        // The same tag typed without a comma: "…where you are isnt it"
        `(?<!\\b(?:what|where|why|how|when|who|which) )\\b${AUX} not (?:it|you|they|we|that|there)\\s*[?.!]*$`,
        // A guess handed over for confirmation: "I'm guessing you'd want to avoid that?", "It's fair to say…?"
        `^(?:so,? )?(?:i am guessing|i guess|i bet|i assume|i take it|i (?:would )?imagine|i suppose|i (?:would|will) (?:guess|assume|bet)|presumably)\\b(?!.*(?:[,;-]|\\band|\\bor) (?:what|how|why|which|where|who)\\b)`,
        `\\b(?:fair|safe) to (?:say|assume)\\b`,
        `^(?:we|you) (?:both |all |would |can )?agree\\b`,
        // Need-payoff: "Would it help if your managers could…", "What if your reps never had to…"
        `^(?:would|could|will|might|does) (?:it|that|this) (?:help|make (?:a|any|the|much of a) (?:\\w+ )?difference|make (?:life|things|your \\w+) (?:\\w+ )?(?:easier|better|simpler)|save you \\w+) (?:\\w+ )?if\\b`,
        `^(?:what if|imagine(?: if)?) (?:you|your \\w+(?: \\w+)?|the team|they) (?:could|had|never had to|did not have to|no longer had to|were able to)\\b`,
        `^imagine (?:having|being able to|never having to|not having to|a world|what you could)\\b`,
        `\\b(?:could|would|can|do) you see (?:the |any |a )?(?:value|benefit|use|upside)\\b`,
        `^(?:would|could|will|might|do|does) (?:you|your \\w+|the team|they) (?:\\w+ )?(?:benefit from|get (?:value|a lot) (?:from|out of)|find (?:it|that|this) (?:useful|helpful|valuable))\\b`,
        `\\b(?:would you (?:agree|say)|you would agree|agree that|surely|obviously)\\b`,
        `\\bis it (?:fair|safe|true|not obvious) to say\\b|\\bis it not (?:true|obvious|clear)\\b`,
        `\\bi am sure you\\b|\\bimagine how\\b`,
        `\\bhow (?:much )?(?:easier|better|simpler|faster|smoother|happier|more \\w+) (?:would|could|will) ${gap(3)}be (?:if|with|once|when)\\b`,
        `\\b(?:can|could|do) you see how (?:this|that|it|we|our \\w+) (?:would|could|will|can|might) (?:help|save|fix|solve|change|improve|make)\\b`,
        `\\bhow (?:great|nice|much better|amazing|cool|good) would (?:it|that|\\w+ \\w+) be\\b`,
        `\\bhow much would (?:it|that) help\\b`,
        // Need-payoff questions that hand the customer our benefit and ask them to agree to it.
        `\\bwould (?:it|that|this) be (?:great|helpful|valuable|useful|nice|good|worth it|interesting)\\b`,
        `\\bwould you like to (?:increase|save|reduce|cut|grow|double|improve|boost|get more|have more)\\b`,
        `^(?:would|will|could|is|is not|would not) .*\\bbe (?:useful|helpful|valuable|great|nice|a relief|worth it|a game changer|a big help|good for you|a win|a big win)\\b`,
        `\\bsounds? like (?:exactly )?what you need\\b`,
        // Rhetorical: "Who wouldn't want more pipeline?" has only one answer.
        `^who (?:would not|does not|would|does|could) (?:want|love|like|say no to|turn down|enjoy)\\b`,
        `\\byou (?:must|surely|certainly|probably) (?:agree|want|see|know|admit|feel)\\b`,
        `\\bno-?brainer\\b`,
        `\\b(?:would|will|could)(?: not)? ${gap(2)}be (?:thrilled|delighted|relieved|excited|better off|amazing|awesome|fantastic|wonderful|a game-?changer)\\b`,
      ].join('|'),
    ),
    reason: 'A leading question: it hands them the answer you want and asks them to agree.',
    suggestion: 'Ask it open: "How do you see it?" or "What has your experience been?", then listen.',
  },
];

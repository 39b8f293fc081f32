/**
 * Empty openers and pitches dressed as questions: they spend the customer's first seconds on us
 * rather than on them. Clichés live in cliche-rules.ts.
 */
import { anyOf, gap, group, type AssessmentRule } from './assessment-rule';

const END = '\\s*[?.!]*$';
// Pleasantries that often precede the empty question: "Hi Sam, hope you are well, how is…"
const GREETING = '^(?:(?:hi|hello|hey)\\b[^,?]*,? |hope (?:you are|all is) (?:well|good|doing well),? )*';

// Semantic lexicons for the rules below.
/** Pleasantry topics: the customer's day, week or weekend rather than their work. */
const SMALL_TALK_TOPIC = group('day', 'week', 'weekend', 'morning', 'afternoon', 'evening', 'holidays?', 'vacation', 'summer', 'trip', 'break', 'family', 'kids', 'monday', 'friday', 'start to the \\w+',
  'easter', 'christmas', 'new year', 'bank holiday', 'time off', 'conference', 'flight', 'travels?', 'commute',
);
/** Things the rep sent and now asks about: the customer's attention goes to our paperwork. */
const OUR_MATERIAL = group(
  'e-?mails?', 'mail', 'messages?', 'voice ?mails?', 'notes?', 'proposals?', 'deck', 'slides', 'quotes?', 'invites?',
  'invitations?', 'brochures?', 'one-pagers?', 'case stud(?:y|ies)', 'links?', 'info', 'information', 'materials?', 'pack',
  'pdfs?', 'documents?', 'docs?', 'summary', 'recap', 'follow-up', 'letter', 'package', 'samples?', 'videos?', 'inmail',
  'texts?', 'calendar invite', 'connection request',
);
/** Ways of asking whether that material arrived or was read. */
const RECEIVED = group(
  'get', 'got', 'gotten', 'receive\\w*', 'see', 'seen', 'saw', 'read', 'open\\w*', 'look\\w*(?: (?:at|over|through))?',
  'go(?:ne)? through', 'review\\w*', 'check\\w*(?: out)?', 'come through', 'arrive\\w*', 'land\\w*', 'reach\\w*',
  'watch\\w*', 'listen\\w*', 'chance', 'time',
);
/** What we sell, however it is named. */
const OUR_OFFER = [
  // "The new mobile app", "the latest release": our news, named as if they know it.
  `the (?:new|latest|updated) ${gap(2)}(?:app|feature|release|version|module|dashboard|platform|product|tool|integration|update|plugin)s?\\b`,
  `(?:our|my) ${gap(2)}(?:platform|product|solution|tool|software|app|module|feature|release|dashboard|service|suite|system|offering|plan|integration|add-?on|package|api|ai|assistant|technology|tech|company|approach|method\\w*|framework|programme|program|roadmap|version|update|pricing|customers|clients|case stud\\w*|demo|webinar|results)s?\\b`,
  'what we (?:are |have been |have )?(?:do|doing|done|offer|offering|have|sell|built|building|make|making|provide|launched|released|working on)\\b',
  // "Would you like to see how it works?": the product, unnamed.
  'how (?:it|this|that) works\\b',
  'how we (?:work|help|do it|compare|differ)\\b',
  '(?:like|than) ours\\b',
].join('|');
/** Putting our offer in front of them: showing, telling, hearing, trying, switching. */
const EXPOSE = group(
  'show\\w*', 'walk\\w*', 'demo\\w*', 'tell', 'told', 'telling', 'introduc\\w*', 'hear\\w*', 'see', 'seen', 'saw', 'seeing',
  'try', 'tried', 'trying', 'trial', 'know', 'knew', 'aware', 'familiar', 'come across', 'came across', 'look(?:ed)? at',
  'check\\w*(?: out)?', 'consider\\w*', 'think(?:ing)? about', 'thought about', 'switch\\w*(?: to)?', 'mov(?:e|ing) to',
  'share', 'sharing', 'send you', 'give you', 'explain\\w*', 'present\\w*', 'pitch\\w*', 'interested in', 'test\\w*',
  'pilot\\w*', 'sign(?:ing)? up', 'come across',
);
/** Results verbs a rep uses to claim what we did for others. */
const CLAIM = group(
  'cut', 'cuts', 'helped', 'help', 'helps', 'reduced', 'saved', 'doubled', 'tripled', 'increased', 'grew', 'boosted', 'improved',
  'halved', 'slashed', 'drove', 'delivered', 'work with', 'worked with', 'partner with', 'speciali[sz]e', 'are the',
  '(?:just |recently |have )?(?:launched|released|shipped|added|rolled out)', 'now (?:integrate|offer|support|have|do)',
  'have (?:helped|worked|built)', '(?:typically |usually |often )?(?:see|report|get) (?:a|an|\\d)',
);

export const OPENER_PITCH_RULES: readonly AssessmentRule[] = [
  {
    kind: 'empty_opener',
    topic: 'opener',
    pattern: new RegExp(
      [
        `${GREETING}how are you(?: doing)?(?: today| this (?:morning|afternoon|evening|week)| so far)?${END}`,
        `${GREETING}how (?:is|was) (?:your|the) (?:day|week|morning|afternoon|weekend|holiday|break|trip)(?: going| treating you)?(?: so far)?${END}`,
        `^how (?:have you been|are things|is everything|is it going)(?: going)?(?: over there| on your (?:end|side))?${END}`,
        anyOf(
          '(?:is|was) (?:now|this|it) (?:still )?(?:a|an) (?:good|bad|convenient|ok|okay|inconvenient|great|better|busy) (?:time|moment)',
          'caught you at a (?:good|bad)',
          '(?:bad|good) time to (?:talk|chat)',
          '(?:did|have) you (?:had|have|get|gotten) a chance to (?:\\w+ ){0,3}(?:my|the|our) (?:\\w+ )?(?:email|message|voicemail|note|proposal|deck|quote|invite)',
          '(?:did|have) you (?:get|receive|see|read|open|received|seen|read) (?:my|the|our) (?:\\w+ )?(?:email|message|voicemail|note|proposal|deck|quote|invite)',
          'did my (?:email|message|voicemail|note)',
          '(?:do|have) you (?:have|got) (?:a|an|two|five|a few|one) (?:quick )?(?:minute|moment|second|sec|few minutes|minutes)',
          '(?:two|five|a few|a couple of) minutes of your time',
          'any (?:updates|news)',
          'just (?:checking|following) (?:in|up)',
          'remember me',
          'am i (?:speaking|talking) (?:with|to) the right person',
          '(?:got|have) (?:a|an) (?:quick )?(?:sec|second|minute|moment)',
          '(?:caught|catching|catch) you at (?:a|an) \\w+ time',
          '(?:did|have) you (?:manage|get a chance|had a chance|have a chance|had time|get time) to (?:look|read|review|see|check|open)',
          'what i sent',
          '(?:did|have) you (?:had|have|get|find) (?:time|a moment|a minute) to',
          '(?:a couple of|a few|two|five) minutes to (?:chat|talk)',
          'anything new',
          'how is life',
          '(?:invite|email|message) come through',
          'steal (?:\\w+ )?(?:minutes?|moments?|seconds?)',
        ).source,
        // Small talk in any wording: "Having a good week?", "Good weekend?", "How was your trip?"
        `^(?:are you |you )?having a (?:\\w+ )?(?:good|great|nice|busy|productive|lovely|decent|ok|okay|fun|relaxing) ${SMALL_TALK_TOPIC}\\b`,
        `^how (?:is|was|are|were) (?:your|the) (?:\\w+ )?${SMALL_TALK_TOPIC}(?: (?:going|treating you|been))?(?: so far)?(?:${END}|,)`,
        `\\b(?:do|did|doing|get up to|getting up to|up to) (?:anything|much|something) (?:nice|fun|exciting|good|special|interesting)?\\s*(?:(?:over|at|on|this|for) (?:the )?(?:\\w+ )?${SMALL_TALK_TOPIC})?${END}`,
        `\\bany (?:\\w+ )?plans (?:for|over) (?:the )?${SMALL_TALK_TOPIC}\\b`,
        `^(?:did|have|has) (?:you|the \\w+) ${gap(2)}(?:a |an )?(?:\\w+ )?(?:good|great|nice|lovely|relaxing|fun|restful|decent|busy|quiet) (?:\\w+ )?${SMALL_TALK_TOPIC}\\b`,
        `^(?:i )?hope (?:you|your|the|all|everything)\\b[^,;:]*\\?$`,
        `^(?:have|did) i (?:caught|catch|grabbed|reached|interrupted) you\\b|\\bcaught you (?:mid|in the middle|between|on the)\\b`,
        // Chasing our last conversation: "Did you get a chance to think it over?", "Any more thoughts?"
        `^(?:did|have|had) you (?:get|had|have|got|find|found) (?:a |the )?(?:chance|time|a moment|a minute) to (?:think|mull|sleep|chew|digest|reflect|consider|discuss|talk) (?:it |this |that |things |everything )?(?:over|through|on it|about (?:it|this|that|what (?:we|i)|our|my|the (?:proposal|quote|demo|call|conversation|offer|pricing)))\\b`,
        `^(?:have|did) you (?:had|have|got) (?:any )?(?:more |further |other |new )?(?:thoughts|feedback|updates?|news|decision)\\b`,
        `^(?:is )?(?:now|this) (?:still )?(?:ok|okay|alright|fine|good|convenient)${END}`,
        `^(?:is )?(?:everything|all) (?:good|ok|okay|well|alright|fine)(?: (?:with you|on your (?:end|side)|over there))?${END}`,
        `^any (?:fun |nice |big |exciting )?plans(?: (?:for|over|this) \\w+(?: \\w+)?)?${END}`,
        `^(?:sorry|apologies) (?:to|for) (?:chase|chasing|bother|bothering|pester|pestering|nag|nagging)\\b`,
        `^how is the weather\\b|\\b(?:keeping|staying) busy${END}`,
        // Permission to talk, again: "Is it still ok to chat for a few minutes?"
        `\\b(?:still )?(?:ok|okay|alright|all right|fine|convenient) (?:to|for) (?:(?:have )?a (?:quick )?)?(?:chat|talk|speak|call|word)\\b(?! about)`,
        // Chasing the deal with nothing to offer: "Just touching base…", "Where are we at?", "Anything I can help with?"
        `^(?:i am |i was |i )?(?:just )?(?:(?:wanted|want|calling|ringing|writing|here|emailing|messaging) to )?(?:circl\\w+ back|touch\\w* base|check\\w* in|bump\\w* (?:this|it) up|ping\\w* you|follow\\w* up)\\b`,
        `^(?:so,? )?(?:where (?:are we|are things|do (?:we|things) stand)(?: at)?(?: (?:with|on) (?:this|it|things|everything))?|anything (?:i|we) can (?:help|do) (?:with|for you)|anything (?:else )?you need from (?:me|us)|any (?:thoughts|movement|progress|feedback|word|updates?|news|decision|joy|luck)(?: (?:on|from|about) (?:my|our|the|your|this|that) ?\\w*)?(?: yet)?)${END}`,
        `^(?:good|nice|great|lovely|busy|relaxing|fun) ${SMALL_TALK_TOPIC}${END}`,
        `^(?:you |are you )?(?:doing|keeping) (?:well|ok|okay|good|alright)${END}`,
        `^how (?:are|is) (?:things|life|business|everything|it going|you keeping|tricks)\\b`,
        // Asking for their time: "Can I borrow you for a moment?", "Got two minutes?"
        `^(?:do|did|would|will|have|could|can|may|might) (?:you|i|we) (?:have|got|spare|get|grab|borrow|steal|take) ${gap(3)}(?:minutes?|mins?|moments?|seconds?|secs?)\\b(?! (?:next|tomorrow|on|later|this (?:week|afternoon)))`,
        `\\b(?:catch|caught|catching|reach|reached|reaching|get|got|getting) you at (?:a|an) ${gap(1)}(?:time|moment|point)\\b`,
        `\\b(?:good|bad|ok|okay|convenient|inconvenient|better|right|busy) (?:time|moment) (?:to|for) (?:talk|chat|speak|call|a (?:quick )?(?:chat|call|word))\\b`,
        `\\b(?:still )?(?:a|the) (?:good|right|best) (?:number|line) (?:(?:to|for) (?:reach|call|get|contact)|for you)`,
        // Chasing what we sent: "Did the deck land?", "Have you had time to go through the proposal?"
        `^(?:did|have|has|were|was) ${gap(5)}${RECEIVED} ${gap(4)}(?:my|our|the) ${gap(1)}${OUR_MATERIAL}\\b`,
        `^(?:did|have|has|were|was) ${gap(2)}(?:my|our|the) ${gap(1)}${OUR_MATERIAL} ${gap(1)}(?:come through|arrive|land|reach|get to|make it)`,
        `^(?:did|have|has|were|was) ${gap(8)}(?:i|we) (?:sent|emailed|left|shared|forwarded|mailed|dropped|posted)\\b`,
      ].join('|'),
    ),
    reason: 'An empty opener: it asks for their time or attention without giving them a reason to give it.',
    suggestion: 'Say why you are calling in one sentence, then ask about them: "What has changed on your side since we last spoke?"',
  },
  {
    kind: 'pitch',
    topic: 'pitch',
    matchesStatements: true,
    pattern: anyOf(
      'have you (?:heard|seen|tried) (?:about |of )?our',
      'have you heard of',
      'did you (?:know|hear) (?:\\w+ ){0,6}(?:we|our|us)',
      '(?:did|have) you (?:see|seen|notice|noticed|catch|caught|hear|heard|read) (?:that )?(?:we|our)',
      'are you (?:aware|familiar) (?:\\w+ ){0,3}(?:our|we)',
      'would you be interested in',
      'are you open to (?:hearing|seeing|a demo|learning|trying)',
      'would you like (?:to (?:hear|see|learn|try|get) (?:about |more about )?(?:our|a|the new)|a (?:demo|trial|free))',
      '(?:can|could|may) i (?:show|tell|walk) you',
      'let me (?:show|tell) you',
      'walk you through our',
      'what if i (?:told|showed) you',
      '(?:see|try|look at) our',
      'switching to our',
      'how we (?:have )?helped',
      'have you had a look at our',
      'were you aware',
      '(?:checked|check) out our',
      'catch our',
      '(?:tour|walkthrough|walk-through) of (?:the|our) (?:platform|product|tool|app)',
      'try the (?:premium|pro|enterprise|full|paid)',
      'free (?:for \\d+ days|trial)',
      '^interested in',
      'about our',
      'buy(?:ing)? from us',
      '(?:go|going|sign|signing|partner) with us',
      '(?:our|the) (?:demo video|one-pager|brochure|datasheet|case study)',
      'we posted',
      'we now (?:integrate|offer|support|have|do)',
      'our (?:case stud\\w+|features|overview|demo|webinar|white ?paper|e-?book|brochure|deck|roadmap)',
      '(?:share|give you|send you) (?:a |an )?(?:quick |short )?(?:overview|rundown|demo|tour) of (?:our|what we)',
      '(?:our|my) (?:\\w+ ){0,2}(?:platform|product|solution|tool|software|app|module|feature|release|dashboard|service|suite|system|offering|pricing plan)s? (?:can|will|helps?|gives?|lets?|provides?|offers?|delivers?|reduces?|cuts?|saves?|increases?|improves?|just|has|is|would)',
      '^we (?:help|helped|have helped|work with|offer|provide|are the|won|just (?:launched|released|shipped)|have (?:just )?(?:launched|released|shipped))',
      // Lexicon forms: any way of putting what we sell in front of them, or claiming results.
      `${EXPOSE} ${gap(4)}(?:${OUR_OFFER})`,
      `^(?:we|our (?:customers|clients|users)) ${gap(2)}${CLAIM}`,
      `\\b(?:we|our|us)\\b ${gap(6)}(?:companies|company|teams?|firms?|businesses|customers|clients|organi[sz]ations?) (?:just |exactly )?like yours`,
      `^what if (?:i|we) (?:told|showed|could|can)`,
      // Our promise as a hypothetical anywhere in the question: "What would it mean if I could double your pipeline?"
      `\\bif (?:i|we) (?:could|can|were able to) (?:show|help|get|give|double|triple|cut|halve|save|make|prove|deliver|guarantee|increase|reduce|boost)`,
      // Results claimed for us, or ourselves as the yardstick: "…how much time teams save with us?", "a tool like ours"
      `\\b(?:save|saves|saved|get|gets|see|sees|gain|gains|achieve|achieves|cut|cuts|grow|grows|improve|improves|double|doubles|win|wins|close|closes) ${gap(3)}(?:with|using) (?:us|our \\w+)\\b`,
      '(?:like|than|such as) ours\\b',
      // Offering a look: "Fancy a quick look at the new app?", "Mind if I share how customers use our product?"
      `^(?:(?:would|do|are) you )?(?:fancy|want|like|keen(?: on| for)?|up for|interested in) (?:a |an )?(?:quick |short |brief |sneak )?(?:look|peek|glance|preview)\\b`,
      `(?:mind|okay|ok|alright) if (?:i|we) (?:share|show|tell|walk|send|run)\\b`,
      // About us, or a teaser statistic: "What do you know about us?", "Did you know 80% of teams…?"
      `\\b(?:know|heard|familiar with|aware of) (?:about |of )?(?:us|our company|our business|what we do)\\b`,
      `^did you know (?:that )?(?:\\d+|most|many|more than|over|nearly|almost|half|a third|the average|on average|companies|teams|\\w+ out of)`,
      `^how (?:does|would) (?:a|an|the|our) ${gap(3)}(?:demo|trial|tour|pilot|discount|offer|proposal|deal|package|plan|bundle|walk-?through) sound\\b`,
      // Offering our material: "Want me to send over a case study?"
      `^(?:(?:do you )?want|would you like|shall i|should i|can i|could i|let me|happy to) (?:me to |for me to )?(?:send|share|forward|email|drop|pass)\\b ${gap(2)}(?:a|an|some|the|our|my) (?:\\w+ )?(?:case stud\\w+|deck|brochure|one-pager|info\\w*|details|white ?paper|overview|pricing|proposal|demo|video|datasheet|testimonials?|references?)\\b`,
      // What we sell described as a hypothetical: "How would you feel about a tool that writes your follow-ups?"
      `\\b(?:a|an|some) (?:\\w+ ){0,2}(?:tool|platform|solution|app|system|software|product|service|assistant|dashboard|feature|module|plugin|integration) (?:that|which) (?!(?:you|your|they|their|we|our|i|the|people|everyone|nobody)\\b)(?:\\w+ )?(?:automatically|instantly|could|would|can|will|(?!(?:is|was|has|works|does)\\b)\\w+s)\\b`,
      `^(?:(?:would|do|are|can|could|shall|may|might|will) (?:you|i|we)|want|wanna|fancy|keen|interested|worth|open to|up for) ${gap(4)}(?:a |an )?(?:quick |short |free )?(?:demo|trial|tour|walk-?through|overview|presentation|webinar|sneak peek)s?`,
    ),
    reason: 'A pitch, even when phrased as a question: it talks about us before we know what they need.',
    suggestion: 'What have you tried so far to solve this, and how has it gone?',
  },
];

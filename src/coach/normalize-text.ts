/**
 * One normal form for everything the coach matches on, so rules are written once in plain
 * lowercase English ("do not") and still catch "Don’t", "DON'T" and "dont".
 */

// Order matters: irregular negatives before the generic "n't" rule.
const CONTRACTIONS: readonly (readonly [RegExp, string])[] = [
  [/\bwon't\b/g, 'will not'],
  [/\bcan't\b/g, 'cannot'],
  [/\bshan't\b/g, 'shall not'],
  [/\b(ain)'t\b/g, 'is not'],
  [/n't\b/g, ' not'],
  [/\blet's\b/g, 'let us'],
  [/\b(it|that|what|who|where|how|there|here|when|why|he|she|everything|something|nothing)'s\b/g, '$1 is'],
  [/'re\b/g, ' are'],
  [/'ve\b/g, ' have'],
  [/'ll\b/g, ' will'],
  [/'d\b/g, ' would'],
  [/\bi'm\b/g, 'i am'],
];

// People type contractions without the apostrophe; only unambiguous ones are restored.
const BARE_CONTRACTIONS =
  /\b(dont|doesnt|didnt|isnt|arent|wasnt|werent|wouldnt|couldnt|shouldnt|wont|cant|havent|hasnt|whats|whos|hows|wheres|thats|youre|youd|youve|theyre|im|ive)\b/g;
const BARE_EXPANSIONS: Readonly<Record<string, string>> = {
  dont: 'do not', doesnt: 'does not', didnt: 'did not', isnt: 'is not', arent: 'are not',
  wasnt: 'was not', werent: 'were not', wouldnt: 'would not', couldnt: 'could not',
  shouldnt: 'should not', wont: 'will not', cant: 'cannot', havent: 'have not', hasnt: 'has not',
  whats: 'what is', whos: 'who is', hows: 'how is', wheres: 'where is', thats: 'that is', youre: 'you are',
  youd: 'you would', youve: 'you have', theyre: 'they are', im: 'i am', ive: 'i have',
};

const CURLY_SINGLE = /[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g;
const CURLY_DOUBLE = /[\u201c\u201d\u201e\u201f\u2033]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const SPACES = /\s+/g;
// Tab through tilde: printable ASCII plus the whitespace controls (a range written without a NUL for the linter).
const NON_ASCII = /[^\t-~]/;

/** Lowercase, straight quotes, contractions expanded, single spaces; punctuation kept for splitting. */
export function normalizeText(text: string): string {
  // Plain ASCII (most input) needs no Unicode folding; skipping it keeps the per-keystroke path cheap.
  let out = NON_ASCII.test(text) ? text.normalize('NFKC').toLowerCase() : text.toLowerCase();
  if (NON_ASCII.test(out) || out.includes('`')) out = out.replace(CURLY_SINGLE, "'").replace(CURLY_DOUBLE, '"').replace(DASHES, '-');
  if (out.includes("'")) for (const [pattern, replacement] of CONTRACTIONS) out = out.replace(pattern, replacement);
  out = out.replace(BARE_CONTRACTIONS, (word) => BARE_EXPANSIONS[word] ?? word);
  return out.replace(SPACES, ' ').trim();
}

const NON_WORD = /[^a-z0-9%]+/g;

/**
 * Identity of a question across calls and imports: two texts that differ only in casing,
 * punctuation or contractions are the same question.
 */
export function questionKey(text: string): string {
  return normalizeText(text).replace(NON_WORD, ' ').trim();
}

/**
 * Softeners and pleasantries a rep puts in front of the real question ("Just curious, …", "Quick
 * one: …", "Out of interest, …", "Hi Sam, …", "Can I ask …"). They change the tone, not what is
 * asked, so the rules judge what follows them. "Tell me…" is kept: it is the question itself.
 */
const SEPARATOR = '(?:\\s*[,:;.!\u2014-])+\\s*';
// Fillers that never carry the question, with or without a comma after them.
const BARE_FILLER = '(?:so|and|but|also|oh|um|uh|anyway)(?:\\s*,)?\\s+';
// Lead-ins that only count as one when punctuation sets them off ("Right, …" but not "Right now…").
const SET_OFF = [
  '(?:ok|okay|well|right|alright|now|look|listen|great|perfect|cool|thanks|thank you)',
  '(?:hi|hello|hey)(?: there| all| again| \\w+)?',
  '(?:just )?(?:out of (?:interest|curiosity)|curious|wondering|checking|a quick (?:one|question)|quick (?:one|question|thing)|one (?:more |last |other )?(?:thing|question))',
  '(?:i am|i was|i am just|i was just) (?:curious|wondering)',
  'by the way|btw|honestly|frankly|real quick|before (?:i forget|we start|we wrap up)|to be honest',
  '(?:can|could|may) i (?:just )?ask(?: you)?(?: (?:a quick question|something))?',
  '(?:do you )?mind if i ask(?: you)?',
  'if you do not mind (?:me|my) asking',
  'if i (?:can|may) ask',
  'let me ask(?: you)?(?: (?:this|something))?',
  'hope (?:you are|all is|everything is) (?:well|good|doing well|going well)',
  // Pleasantries before the question: "Good to speak again, how have you been?"
  '(?:good|nice|great) to (?:speak|talk|see you|hear from you|catch up|reconnect)(?: again)?|long time no (?:speak|see|talk)',
  '(?:good )?(?:morning|afternoon|evening)|happy \\w+|sorry (?:i am|for being|to be) (?:a (?:few|couple of) minutes |a bit |a little )?late',
  // Chasing phrases: the question after them is what gets judged ("Just checking in - where are we at?").
  '(?:just )?(?:(?:i )?wanted to |i am |i was )?(?:circl\\w+ back|touch\\w* base|check\\w* in|follow\\w* up|(?:a )?(?:quick )?follow-up|reach\\w* out)(?: (?:on|about|with|re) (?:this|that|it|(?:my|our|the|your) (?:\\w+ ){0,2}\\w+))?',
].join('|');
// "Can I ask / I was wondering / out of interest" also lead straight into an embedded question.
const RUN_ON = '(?:(?:just )?(?:out of (?:interest|curiosity)|curious)|(?:i am|i was|i am just|i was just) (?:curious|wondering)(?: (?:if|whether))?|(?:can|could|may) i (?:just )?ask(?: you)?|(?:do you )?mind if i ask(?: you)?)\\s+';
const LEAD_IN = new RegExp(`^(?:${BARE_FILLER}|(?:${SET_OFF})${SEPARATOR}|${RUN_ON})+`);

/** normalizeText() output without a leading softener, so anchored rules see the question itself. */
export function stripLeadIn(normalized: string): string {
  const stripped = normalized.replace(LEAD_IN, '');
  // Never strip everything: "Quick question?" stays as it was.
  return /[a-z0-9]/.test(stripped) ? stripped : normalized;
}

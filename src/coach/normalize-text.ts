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
const BARE_CONTRACTIONS = /\b(dont|doesnt|didnt|isnt|arent|wasnt|werent|wouldnt|couldnt|shouldnt|wont|cant|havent|hasnt)\b/g;
const BARE_EXPANSIONS: Readonly<Record<string, string>> = {
  dont: 'do not', doesnt: 'does not', didnt: 'did not', isnt: 'is not', arent: 'are not',
  wasnt: 'was not', werent: 'were not', wouldnt: 'would not', couldnt: 'could not',
  shouldnt: 'should not', wont: 'will not', cant: 'cannot', havent: 'have not', hasnt: 'has not',
};

const CURLY_SINGLE = /[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g;
const CURLY_DOUBLE = /[\u201c\u201d\u201e\u201f\u2033]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const SPACES = /\s+/g;

/** Lowercase, straight quotes, contractions expanded, single spaces; punctuation kept for splitting. */
export function normalizeText(text: string): string {
  let out = text.normalize('NFKC').toLowerCase();
  out = out.replace(CURLY_SINGLE, "'").replace(CURLY_DOUBLE, '"').replace(DASHES, '-');
  for (const [pattern, replacement] of CONTRACTIONS) out = out.replace(pattern, replacement);
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

/**
 * Splits what a rep typed or pasted into single utterances, so each question in a line or a call
 * script is judged on its own and a good question cannot hide a bad one.
 */
import { isQuestionLike } from './curious-signals';
import { normalizeText, stripLeadIn } from './normalize-text';

// Sentence ends: ? ! ; and full stops that are not decimals ("2.5") or common abbreviations.
const BOUNDARY = /(?<=[?!;])\s*|(?<=(?<!\b(?:e\.g|i\.e|etc|vs|mr|mrs|ms|dr))\.)(?!\d)\s*|\n+/;
// Bullets and numbering that scripts carry ("1.", "-", "•", "Q3:").
const LIST_MARKER = /^\s*(?:[-*•·–]+|\d{1,3}[.)]|q\d{1,3}[:.)])\s*/i;

/** Every utterance in the text, trimmed, list markers removed, empty pieces dropped. */
export function splitUtterances(text: string): string[] {
  const pieces: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const cleaned = line.replace(LIST_MARKER, '');
    for (const piece of cleaned.split(BOUNDARY)) {
      const trimmed = piece.trim();
      // A lone "?" or "." left by repeated punctuation ("really??") is not an utterance.
      if (/[\p{L}\p{N}]/u.test(trimmed)) pieces.push(trimmed);
    }
  }
  return pieces;
}

/** The questions in a pasted call script, in order; statements and headings are left out. */
export function splitQuestions(script: string): string[] {
  return splitUtterances(script).filter((piece) => isQuestionLike(stripLeadIn(normalizeText(piece))));
}

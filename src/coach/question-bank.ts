/**
 * Team question banks: a JSON file a lead exports and reps import. The file is untrusted input, so it
 * is size-capped, parsed strictly, and every question must pass the same self-serving check as ours.
 */
import * as z from 'zod';
import { assessQuestion } from './assess-question';
import { LibraryQuestion } from './library-question-schema';

export const QUESTION_BANK_FORMAT = 'precall.questions';
export const QUESTION_BANK_VERSION = 1;
/** Far above any real bank (~1 KB per question); keeps a hostile file from freezing the options page. */
export const MAX_QUESTION_BANK_BYTES = 5 * 1024 * 1024;

export const QuestionBankFile = z.strictObject({
  format: z.literal(QUESTION_BANK_FORMAT),
  version: z.literal(QUESTION_BANK_VERSION),
  questions: z.array(LibraryQuestion).max(5000),
});
export type QuestionBankFile = z.infer<typeof QuestionBankFile>;

export type ParseQuestionBankResult =
  | { ok: true; questions: LibraryQuestion[] }
  | { ok: false; error: string };

const fail = (fileName: string, message: string): ParseQuestionBankResult => ({ ok: false, error: `${fileName}: ${message}` });

/** "question 3, field goalTypes[0]" from a zod path like ['questions', 2, 'goalTypes', 0]. */
function describePath(path: readonly PropertyKey[]): string {
  const [root, row, ...rest] = path;
  const field = rest.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('').replace(/^\./, '');
  if (root === 'questions' && typeof row === 'number') {
    return `question ${row + 1}${field ? `, field ${field}` : ''}`;
  }
  return path.length > 0 ? `field ${path.map(String).join('.')}` : 'file';
}

// JSON.parse turns "__proto__" into an own property; rejecting it keeps prototype tricks out of
// anything downstream that spreads or merges these objects.
function hasProtoKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasProtoKey);
  if (value === null || typeof value !== 'object') return false;
  return Object.keys(value).some((key) => key === '__proto__' || hasProtoKey((value as Record<string, unknown>)[key]));
}

/** Parses a question bank file; the error names the file, the 1-based question and the field. */
export function parseQuestionBank(text: string, fileName: string): ParseQuestionBankResult {
  // UTF-16 length is a lower bound on UTF-8 bytes, so check it first and skip encoding huge input.
  if (text.length > MAX_QUESTION_BANK_BYTES || new TextEncoder().encode(text).length > MAX_QUESTION_BANK_BYTES) {
    return fail(fileName, 'file is larger than 5 MB');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail(fileName, 'not valid JSON');
  }
  if (hasProtoKey(json)) return fail(fileName, 'contains a "__proto__" key, which is not allowed');
  const parsed = QuestionBankFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(fileName, issue ? `${describePath(issue.path)}: ${issue.message}` : 'invalid question bank');
  }
  const seen = new Map<string, number>();
  for (const [index, question] of parsed.data.questions.entries()) {
    const first = seen.get(question.id);
    if (first !== undefined) return fail(fileName, `question ${index + 1}, field id: duplicate id "${question.id}" (also question ${first})`);
    seen.set(question.id, index + 1);
    const assessment = assessQuestion(question.text);
    if (assessment.verdict === 'self_serving') {
      return fail(fileName, `question ${index + 1}, field text: self-serving (${assessment.kind ?? 'unknown'}): ${assessment.reasons[0] ?? ''}`);
    }
  }
  return { ok: true, questions: parsed.data.questions };
}

/** Serialises questions as a bank file that parseQuestionBank reads back unchanged. */
export function exportQuestionBank(questions: readonly LibraryQuestion[]): string {
  const file: QuestionBankFile = { format: QUESTION_BANK_FORMAT, version: QUESTION_BANK_VERSION, questions: [...questions] };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Reads the files a manager picked or dropped into text, checking here only what is cheap and must be checked on
 * the bytes: size and UTF-8. Everything else (JSON, keys, every field of every call) is checked once, by the
 * background, which names file, call and field and writes nothing when any file is bad. Parsing 100,000 records
 * here as well would double an import's cost. The batch is all or nothing: one bad file means none is sent.
 */
import { MAX_EXPORT_BYTES } from '../../shared/report/json-export';

export interface PickedFile {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type ReadResult = { ok: true; files: { fileName: string; text: string }[] } | { ok: false; errors: string[] };

function decode(bytes: ArrayBuffer, name: string): string | { error: string } {
  if (bytes.byteLength > MAX_EXPORT_BYTES) return { error: `${name}: larger than ${MAX_EXPORT_BYTES / 1024 / 1024} MB` };
  try {
    // fatal: a broken byte is an error, not a silent U+FFFD in someone's notes. The decoder drops a BOM.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { error: `${name}: not valid UTF-8 text` };
  }
}

export async function readExports(picked: readonly PickedFile[]): Promise<ReadResult> {
  const files: { fileName: string; text: string }[] = [];
  const errors: string[] = [];
  const names = new Set<string>();
  for (const item of picked) {
    if (names.has(item.name)) errors.push(`${item.name}: picked twice in one import; each record keeps its file name, so names must differ`);
    names.add(item.name);
    const text = decode(await item.arrayBuffer(), item.name);
    if (typeof text === 'string') files.push({ fileName: item.name, text });
    else errors.push(text.error);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, files };
}

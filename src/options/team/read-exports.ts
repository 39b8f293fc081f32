/**
 * Reads the files a manager picked or dropped and parses each with parseCallsExport, in the page, so a bad file is
 * named (file, call, field) before anything is sent. The batch is all or nothing: one bad file means none is sent.
 */
import { parseCallsExport, type CallsExport } from '../../shared/report/json-export';

export interface PickedFile {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type ReadResult = { ok: true; files: { fileName: string; file: CallsExport }[] } | { ok: false; errors: string[] };

export async function readExports(picked: readonly PickedFile[]): Promise<ReadResult> {
  const files: { fileName: string; file: CallsExport }[] = [];
  const errors: string[] = [];
  for (const item of picked) {
    // Bytes, not text(): invalid UTF-8 must be an error, not silently replaced characters.
    const result = parseCallsExport(new Uint8Array(await item.arrayBuffer()), item.name);
    if (result.ok) files.push({ fileName: item.name, file: result.file });
    else errors.push(result.error);
  }
  const names = new Set<string>();
  for (const { fileName } of files) {
    if (names.has(fileName)) errors.push(`${fileName}: picked twice in one import; each record keeps its file name, so names must differ`);
    names.add(fileName);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, files };
}

/**
 * Saves text as a file through a Blob, an object URL and an <a download> click: no `downloads` permission needed
 * (promise 10). The URL is revoked a little later, once the browser has started reading it.
 */
export function downloadText(fileName: string, text: string | readonly string[], type: string): void {
  // Parts go to the Blob as they are: joining 100,000 rows into one string first would only copy them.
  const url = URL.createObjectURL(new Blob(typeof text === 'string' ? [text] : [...text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "precall-calls-2026-11-23.csv": sortable, and never clashes with the day's other exports. */
export function exportFileName(kind: string, extension: string, now: number): string {
  return `precall-${kind}-${new Date(now).toISOString().slice(0, 10)}.${extension}`;
}

import { useRef, useState } from 'preact/hooks';

export interface UpdatedNoticeProps {
  /** Everything the rep typed, as plain text, so nothing is lost when they reload. */
  draft: string;
}

export const UPDATED_MESSAGE = 'Precall was updated — reload this page.';

/**
 * Shown when saving fails because the extension was updated or reloaded under this page (promise 27): nothing was
 * saved, and the draft stays on screen with a copy button. The text box is the fallback where the clipboard is refused.
 */
export function UpdatedNotice({ draft }: UpdatedNoticeProps) {
  const [copied, setCopied] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(draft);
    } catch {
      box.current?.select(); // the rep can press Ctrl+C themselves
      return;
    }
    setCopied(true);
  }
  return (
    <div class="updated" role="alert" data-testid="extension-updated">
      <p>
        <strong>{UPDATED_MESSAGE}</strong> Nothing was saved. Your draft is below: copy it, reload, and paste it back.
      </p>
      <textarea ref={box} readOnly rows={4} aria-label="Your unsaved draft" data-testid="draft-copy" value={draft} />
      <button type="button" data-testid="copy-draft" onClick={() => void copy()}>
        {copied ? 'Copied' : 'Copy my draft'}
      </button>
    </div>
  );
}

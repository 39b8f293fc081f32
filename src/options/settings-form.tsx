import { useState } from 'preact/hooks';
import type { GateMode } from '../shared/call-record';
import type { Settings } from '../shared/settings';

export interface SettingsFormProps {
  settings: Settings;
  onSave: (settings: Settings) => Promise<Settings>;
}

const MODES: { value: GateMode; label: string; hint: string }[] = [
  { value: 'strict', label: 'Strict', hint: 'A goal is required before every call.' },
  { value: 'gentle', label: 'Gentle', hint: 'A reminder you can skip with “dial without a goal” (recorded as such).' },
  { value: 'off', label: 'Off', hint: 'Calls go straight through; they are still counted.' },
];

export function SettingsForm({ settings, onSave }: SettingsFormProps) {
  const [draft, setDraft] = useState(settings);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => setDraft({ ...draft, [key]: value });

  async function submit(event: Event) {
    event.preventDefault();
    try {
      setDraft(await onSave(draft));
      setStatus({ ok: true, text: 'Saved.' });
    } catch (error) {
      setStatus({ ok: false, text: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <form onSubmit={submit} data-testid="settings-form" aria-labelledby="settings-heading">
      <h2 id="settings-heading">Settings</h2>
      <fieldset>
        <legend>Goal before dial</legend>
        {MODES.map((mode) => (
          <label key={mode.value} class="choice">
            <input type="radio" name="gate-mode" value={mode.value} data-testid={`mode-${mode.value}`} checked={draft.gateMode === mode.value} onChange={() => set('gateMode', mode.value)} />
            <span><strong>{mode.label}</strong> <span class="muted">{mode.hint}</span></span>
          </label>
        ))}
      </fieldset>
      <label for="window">A goal covers calls to the same contact for (minutes)</label>
      <input id="window" type="number" min={1} max={1440} value={draft.goalWindowMinutes} onInput={(e) => set('goalWindowMinutes', Number(e.currentTarget.value))} />
      <label for="rep-name">Your name (shown in team reports)</label>
      <input id="rep-name" data-testid="rep-name" maxLength={100} value={draft.rep.name} onInput={(e) => set('rep', { ...draft.rep, name: e.currentTarget.value })} />
      <label for="rep-team">Your team</label>
      <input id="rep-team" data-testid="rep-team" maxLength={100} value={draft.rep.team} onInput={(e) => set('rep', { ...draft.rep, team: e.currentTarget.value })} />
      <div class="actions">
        <button type="submit" class="primary" data-testid="save-settings">Save settings</button>
      </div>
      <p role="status" class={`status ${status?.ok ? 'saved' : 'error'}`} data-testid="settings-status">{status?.text}</p>
    </form>
  );
}

import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../shared/settings';
import type { OptionsClient } from './client';
import { SettingsForm } from './settings-form';

export interface AppProps {
  client: OptionsClient;
}

export function App({ client }: AppProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [version, setVersion] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    client.getSettings().then(setSettings, (e: unknown) => setError(String(e)));
    client.version().then(setVersion, () => {});
  }, [client]);

  return (
    <>
      <header>
        <h1>Precall</h1>
        <p class="muted">Goal before dial. Everything stays in this browser. {version && `Version ${version}.`}</p>
      </header>
      {error && <p role="alert" class="status error">{error}</p>}
      {settings && <SettingsForm settings={settings} onSave={client.saveSettings} />}
    </>
  );
}

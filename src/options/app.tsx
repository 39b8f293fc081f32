import { useEffect, useState } from 'preact/hooks';
import type { Dashboard as DashboardData } from '../shared/report/report-schemas';
import type { Settings } from '../shared/settings';
import type { OptionsClient } from './client';
import { CustomDomains } from './custom-domains';
import { Dashboard } from './dashboard/dashboard';
import { DeleteAllData } from './delete-data/delete-all-data';
import { Exports } from './exports';
import { FollowUps } from './follow-ups/follow-ups';
import { QuestionBank } from './questions/question-bank';
import { ScriptCheck } from './questions/script-check';
import { SettingsForm } from './settings-form';
import { TeamImport } from './team/team-import';

export interface AppProps {
  client: OptionsClient;
}

const SECTIONS = [
  ['dashboard-heading', 'Dashboard'],
  ['exports-heading', 'Exports'],
  ['team-heading', 'Team import'],
  ['bank-heading', 'Question bank'],
  ['script-heading', 'Script check'],
  ['domains-heading', 'Custom domains'],
  ['settings-heading', 'Settings'],
] as const;

export function App({ client }: AppProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [version, setVersion] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [refreshKey, setRefreshKey] = useState(0);
  const [dashboard, setDashboard] = useState<DashboardData | null>(null);
  useEffect(() => {
    client.getSettings().then(setSettings, (e: unknown) => setError(String(e)));
    client.version().then(setVersion, () => {});
  }, [client]);

  const saveSettings = async (next: Settings) => {
    const saved = await client.saveSettings(next);
    setSettings(saved);
    return saved;
  };

  return (
    <>
      <header>
        <h1>Precall</h1>
        <p class="muted">Goal before dial. Everything stays in this browser. {version && `Version ${version}.`}</p>
        <nav aria-label="Sections">
          {SECTIONS.map(([id, label]) => (
            <a key={id} href={`#${id}`}>{label}</a>
          ))}
        </nav>
      </header>
      {error && <p role="alert" class="status error">{error}</p>}
      <FollowUps refreshKey={refreshKey} />
      <Dashboard client={client} refreshKey={refreshKey} onLoaded={setDashboard} />
      <Exports client={client} rep={settings?.rep ?? { name: '', team: '' }} dashboard={dashboard} />
      <TeamImport client={client} onImported={() => setRefreshKey((k) => k + 1)} />
      <QuestionBank client={client} />
      <ScriptCheck />
      <CustomDomains client={client} />
      {settings && <SettingsForm settings={settings} onSave={saveSettings} />}
      <DeleteAllData onDeleted={() => setRefreshKey((k) => k + 1)} />
    </>
  );
}

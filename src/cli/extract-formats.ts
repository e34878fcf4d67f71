import type { Commitment, Extraction } from '../extract/index.js';

/** One report's extraction as the command prints it: the contract's JSON plus the file it came from. */
export interface ExtractedReport {
  file: string;
  report: Extraction['report'];
  commitments: Commitment[];
}

/** The CSV columns: the report's fields, then the item's (researchers load one table for a whole corpus). */
const COLUMNS = [
  'file', 'region', 'level', 'year', 'date',
  'kind', 'indicator', 'low', 'high', 'unit', 'op', 'deadline', 'period', 'baseline', 'baseline_period',
  'lead_units', 'units', 'section', 'text', 'span_start', 'span_end',
] as const;

const csvCell = (value: unknown): string => {
  const s = value === undefined || value === null ? '' : Array.isArray(value) ? value.join('、') : String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export const csvHeader = () => COLUMNS.join(',') + '\n';

export function csvRows(r: ExtractedReport): string {
  return r.commitments
    .map((c) => {
      const row: Record<(typeof COLUMNS)[number], unknown> = {
        file: r.file, region: r.report.region, level: r.report.level, year: r.report.year, date: r.report.date,
        kind: c.kind, indicator: c.indicator, low: c.low, high: c.high, unit: c.unit, op: c.op, deadline: c.deadline,
        period: c.period, baseline: c.baseline, baseline_period: c.baseline_period, lead_units: c.lead_units, units: c.units,
        section: c.section, text: c.text, span_start: c.span.start, span_end: c.span.end,
      };
      return COLUMNS.map((k) => csvCell(row[k])).join(',') + '\n';
    })
    .join('');
}

const KIND_NAMES: Record<Commitment['kind'], string> = { target: '目标', milestone: '节点', achievement: '成绩', task: '任务' };
const OP_SIGNS: Record<string, string> = { exact: '', about: '≈', at_least: '≥', at_most: '≤', range: '' };
const mdCell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** A readable Markdown table per report, after a line for each thing to check about its region, level, year, date. */
export function markdown(r: ExtractedReport): string {
  const { region = '?', year = '?', level = '?' } = r.report;
  // a bulletin by the year it reports
  const what = r.report.kind === 'bulletin' ? `${r.report.covers ?? '?'}年统计公报` : year;
  const checks = r.report.warnings.filter((w) => w.severity === 'warning').map((w) => `> 请核对：${w.reason}\n`);
  const head =
    `## ${region} ${what}（${level}） — ${r.file}\n\n` +
    (checks.length ? `${checks.join('')}\n` : '') +
    `| 类型 | 内容 | 指标 | 数值 | 时限/期间 |\n|---|---|---|---|---|\n`;
  const rows = r.commitments.map((c) => {
    const value =
      c.low === undefined ? '' : `${OP_SIGNS[c.op ?? 'exact'] ?? ''}${c.low}${c.high !== undefined ? `–${c.high}` : ''} ${c.unit ?? ''}`.trim();
    return `| ${KIND_NAMES[c.kind]} | ${mdCell(c.text)} | ${c.indicator ?? ''} | ${value} | ${c.deadline ?? c.period ?? ''} |\n`;
  });
  return head + rows.join('') + '\n';
}

export type ExtractFormat = 'json' | 'csv' | 'md';

/** One report of a batch as written out: a JSON array's element (the caller puts the commas), CSV rows, or Markdown. */
export function batchEntry(r: ExtractedReport, format: ExtractFormat): string {
  return format === 'json' ? JSON.stringify(r) : format === 'csv' ? csvRows(r) : markdown(r);
}

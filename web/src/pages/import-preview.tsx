/**
 * The preview of an import: each report field as the text gives it with how sure that is, editable where the
 * office may correct it, what to check (请核对), the evidence on demand and the items each kind counts.
 */
import type { ComponentChildren } from 'preact';
import { CONFIDENCE_LABELS, DOCUMENT_KIND_LABELS, EVIDENCE_RULE_LABELS, KIND_LABELS, KINDS, LEVEL_LABELS, META_FIELD_LABELS } from '../labels';
import { formatDate } from '../format';
import type { Confidence, GivenField, MetaField, ReportPreview } from '../types';
import { detectedValues, lastYear, type FieldValues } from './import-fields';

export function ConfidenceMark({ confidence }: { confidence: Confidence | undefined }) {
  const label = CONFIDENCE_LABELS[confidence ?? 'none'];
  return (
    <span class={`conf conf-${confidence ?? 'none'}`}>
      <span aria-hidden="true">{label.sign}</span> {label.word}
    </span>
  );
}

/** A field's value in words: 2024年, 地市级, 2024年1月16日. */
function shown(field: MetaField, value: string | number): string {
  if (field === 'level') return LEVEL_LABELS[String(value)] ?? String(value);
  if (field === 'year') return `${value}年`;
  if (field === 'date') return formatDate(String(value));
  if (field === 'kind') return DOCUMENT_KIND_LABELS[String(value)] ?? String(value);
  return String(value);
}

interface FieldsProps {
  preview: ReportPreview;
  values: FieldValues;
  problems: Partial<Record<GivenField, string>>;
  /** Show the problems (after the office tried to import). */
  checked: boolean;
  onChange: (field: GivenField, value: string) => void;
}

/** The four fields: what the text says and how sure, and the value the import will use. */
export function MetaFields({ preview, values, problems, checked, onChange }: FieldsProps) {
  const detected = detectedValues(preview);
  const changed = (field: GivenField) => (values[field].trim() && values[field].trim() !== detected[field] ? <span class="changed">已更正</span> : null);
  const row = (field: MetaField, control: ComponentChildren) => {
    const found = preview.detected[field];
    // a field the import needs that the text gives weakly or not at all, until the office corrects it
    const unsure = field !== 'date' && field !== 'kind' && (!found || found.confidence === 'low') && !changed(field);
    return (
      <tr class={unsure ? 'unsure' : undefined}>
        <th scope="row">{META_FIELD_LABELS[field]}</th>
        <td>{found ? shown(field, found.value) : <span class="muted">文中未写明</span>}</td>
        <td>
          <ConfidenceMark confidence={found?.confidence} />
        </td>
        <td>{control}</td>
      </tr>
    );
  };
  const problem = (field: GivenField) =>
    checked && problems[field] ? (
      <span id={`problem-${field}`} class="field-error">
        {problems[field]}
      </span>
    ) : null;
  const invalid = (field: GivenField) => (checked && problems[field] ? { 'aria-invalid': true, 'aria-describedby': `problem-${field}` } : {});
  const control = (field: GivenField, label: string, input: ComponentChildren) => (
    <div class="cell-control">
      <label>
        <span class="visually-hidden">{label}</span>
        {input}
      </label>
      {changed(field)}
      {problem(field)}
    </div>
  );
  return (
    <table class="meta-fields">
      <colgroup>
        <col class="col-field" />
        <col class="col-detected" />
        <col class="col-confidence" />
        <col />
      </colgroup>
      <caption class="visually-hidden">报告信息：文中推断的值、把握和导入时采用的值</caption>
      <thead>
        <tr>
          <th scope="col">项目</th>
          <th scope="col">文中推断</th>
          <th scope="col">把握</th>
          <th scope="col">导入时采用</th>
        </tr>
      </thead>
      <tbody>
        {row(
          'kind',
          preview.detected.kind?.value === 'bulletin' ? (
            <span class="muted">年度记为公报所统计年份的次年，与回顾该年的政府工作报告相同</span>
          ) : (
            <span class="muted">—</span>
          ),
        )}
        {row(
          'region',
          control(
            'region',
            '地区（政府）',
            <input id="field-region" value={values.region} placeholder="如：青岭县" onInput={(e) => onChange('region', e.currentTarget.value)} {...invalid('region')} />,
          ),
        )}
        {row(
          'level',
          control(
            'level',
            '级别',
            <select id="field-level" value={values.level} onChange={(e) => onChange('level', e.currentTarget.value)} {...invalid('level')}>
              <option value="">（请选择）</option>
              {Object.entries(LEVEL_LABELS).map(([k, v]) => (
                <option key={k} value={k}>
                  {v}
                </option>
              ))}
            </select>,
          ),
        )}
        {row(
          'year',
          control(
            'year',
            '年度',
            <input
              id="field-year"
              type="number"
              inputMode="numeric"
              min={1949}
              max={lastYear()}
              value={values.year}
              placeholder="如：2024"
              onInput={(e) => onChange('year', e.currentTarget.value)}
              {...invalid('year')}
            />,
          ),
        )}
        {row('date', <span class="muted">{preview.detected.date ? shown('date', preview.detected.date.value) : '—'}</span>)}
      </tbody>
    </table>
  );
}

/** 请核对: the warnings, each marked once the office has corrected its field. */
export function CheckList({ preview, values }: { preview: ReportPreview; values: FieldValues }) {
  if (preview.warnings.length === 0) return null;
  const detected = detectedValues(preview);
  return (
    <div class="check-list">
      <h3>请核对</h3>
      <ul>
        {preview.warnings.map((w, i) => {
          const field = w.field as MetaField;
          const corrected = field !== 'date' && field !== 'kind' && values[field].trim() !== '' && values[field].trim() !== detected[field];
          return (
            <li key={i} class={corrected ? 'resolved' : `severity-${w.severity}`}>
              <strong>{META_FIELD_LABELS[field] ?? w.field}：</strong>
              {w.reason}
              {corrected ? <span class="changed">已更正为{shown(field, values[field].trim())}</span> : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The words each field was read from, with a little of the text around them. */
export function EvidenceList({ preview }: { preview: ReportPreview }) {
  if (preview.evidence.length === 0) return null;
  return (
    <details class="evidence">
      <summary>查看推断依据（{preview.evidence.length} 条）</summary>
      <ul>
        {preview.evidence.map((e, i) => (
          <li key={i}>
            <span class="evidence-what">
              {META_FIELD_LABELS[e.field as MetaField] ?? e.field} {shown(e.field as MetaField, e.value)} · {EVIDENCE_RULE_LABELS[e.rule] ?? e.rule}
            </span>
            <q class="excerpt">
              {e.excerpt.before ? `…${e.excerpt.before}` : ''}
              <mark>{e.excerpt.text}</mark>
              {e.excerpt.after ? `${e.excerpt.after}…` : ''}
            </q>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** How many items of each kind the report gives, read with the year the counts follow. */
export function ItemCounts({ preview, pending }: { preview: ReportPreview; pending: boolean }) {
  const year = preview.known.year ?? preview.detected.year?.value;
  const total = KINDS.reduce((n, k) => n + preview.items[k], 0);
  return (
    <div class={`item-counts${pending ? ' pending' : ''}`} aria-busy={pending}>
      <h3>
        将导入 {total} 项{year ? `（按${year}年的报告计）` : ''}
      </h3>
      <ul class="counts">
        {KINDS.map((k) => (
          <li key={k}>
            <span class={`badge kind kind-${k}`}>{KIND_LABELS[k]}</span> <span class="count-num">{preview.items[k]}</span> 项
          </li>
        ))}
      </ul>
      <p class="muted small" role="status" aria-live="polite">
        {pending ? '正在按更正后的信息重新计算数量…' : '上一年的数字记为成绩，本年度的记为目标；更正年度后数量随之更新。'}
      </p>
    </div>
  );
}

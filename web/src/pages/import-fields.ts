/**
 * The report fields an office checks before an import: the form's values, what is wrong with them, and which of
 * them to send (a field sent is stored as given by the office, not inferred from the text).
 */
import type { GivenField, ReportPreview } from '../types';

export type FieldValues = Record<GivenField, string>;

/** The years the API takes (src/server/schemas/reports.ts): from 1949 to next year. */
const FIRST_YEAR = 1949;
export const lastYear = () => new Date().getFullYear() + 1;

/** What the text says, as the form writes it. */
export const detectedValues = (p: ReportPreview): FieldValues => ({
  year: p.detected.year ? String(p.detected.year.value) : '',
  region: p.detected.region?.value ?? '',
  level: p.detected.level?.value ?? '',
});

/** The form's first values: what was given at an earlier import of the same file, else what the text says. */
export function initialValues(p: ReportPreview): FieldValues {
  const detected = detectedValues(p);
  return {
    year: p.known.year === undefined ? detected.year : String(p.known.year),
    region: p.known.region ?? detected.region,
    level: p.known.level ?? detected.level,
  };
}

/** What is wrong with each value, in words; a field without a value cannot be imported. */
export function problemsOf(values: FieldValues): Partial<Record<GivenField, string>> {
  const problems: Partial<Record<GivenField, string>> = {};
  const year = Number(values.year);
  if (!values.year.trim()) problems.year = '请填写报告的年度';
  else if (!Number.isInteger(year) || year < FIRST_YEAR || year > lastYear()) problems.year = `年度应为${FIRST_YEAR}至${lastYear()}之间的年份`;
  if (!values.region.trim()) problems.region = '请填写地区（政府）名称';
  else if (!/^\p{Script=Han}{2,30}$/u.test(values.region.trim())) problems.region = '地区请用汉字填写，如：青岭县';
  if (!values.level) problems.level = '请选择级别';
  return problems;
}

/**
 * The fields to send: those the office changed from what the text says and, on import (`vouched`), those it
 * confirmed where the text was not sure — both are the office's word, not the text's.
 */
export function givenOf(values: FieldValues, p: ReportPreview, vouched: boolean): Partial<FieldValues> {
  const detected = detectedValues(p);
  const given: Partial<FieldValues> = {};
  for (const field of ['year', 'region', 'level'] as const) {
    const value = values[field].trim();
    const unsure = p.detected[field]?.confidence !== 'high';
    if (value && (value !== detected[field] || (vouched && unsure))) given[field] = value;
  }
  return given;
}

/** The year as read with a low confidence, kept as it is: the office confirms it before anything is stored. */
export const yearUnconfirmed = (values: FieldValues, p: ReportPreview): boolean =>
  p.detected.year?.confidence === 'low' && values.year.trim() === detectedValues(p).year;

/** A multipart body of the file and the fields given. */
export function formOf(file: File, given: Partial<FieldValues>): FormData {
  const form = new FormData();
  for (const [field, value] of Object.entries(given)) form.append(field, value);
  form.append('file', file, file.name);
  return form;
}

/** Loads shared by several pages, cached for the session where they rarely change. */
import { get } from './api';
import type { Level, Report, ReportDocument, Unit } from './types';

const docs = new Map<number, Promise<ReportDocument>>();

export function reportDocument(id: number, fresh = false): Promise<ReportDocument> {
  let p = docs.get(id);
  if (!p || fresh) {
    p = get(`/api/reports/${id}`);
    docs.set(id, p);
    p.catch(() => docs.delete(id));
  }
  return p;
}

let units: Promise<Unit[]> | undefined;
export function unitList(fresh = false): Promise<Unit[]> {
  if (!units || fresh) {
    units = get('/api/units').then((r) => r.units);
    units.catch(() => (units = undefined));
  }
  return units;
}

export const reportList = () => get('/api/reports').then((r) => r.reports.slice().sort((a, b) => b.year - a.year || b.id - a.id));

/** 临溪县2024年政府工作报告; a bulletin by the year it covers: 临溪县2023年统计公报. */
export const reportTitle = (r: Pick<Report, 'year' | 'government' | 'name' | 'kind'>): string => {
  const title = r.kind === 'bulletin' ? `${r.year - 1}年统计公报` : `${r.year}年政府工作报告`;
  return r.government ? `${r.government.region}${title}` : `${title}（${r.name}）`;
};

/** The one level of the reports' governments (how a page over them words an indicator), or 'mixed'. */
export function levelAcross(reports: readonly Report[]): Level | 'mixed' {
  const levels = new Set(reports.map((r) => r.government?.level));
  const [only] = levels;
  return levels.size === 1 && only ? only : 'mixed';
}

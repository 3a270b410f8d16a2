import {
  compareFigure,
  type FigureComparison,
  type FigureUnit,
  formatFigure,
  previousPeriod,
  type ReportPeriod,
} from '@gonghui/domain';
import type { ReportScope, ReportSection, SectionFigure } from './report-section.js';
import { aidSection } from './sections/aid.js';
import { competitionSection } from './sections/competition.js';
import { honorSection } from './sections/honor.js';
import { innovationSection } from './sections/innovation.js';
import { memberSection } from './sections/member.js';
import { organizationSection } from './sections/organization.js';
import { serviceSection } from './sections/service.js';

/**
 * The sections of the annual work report (年度工作报告), in the order the seeds' reports take
 * them. Each module contributes its own section (src/report/sections/<module>.ts).
 */
export const reportSections: readonly ReportSection[] = [
  organizationSection,
  memberSection,
  honorSection,
  innovationSection,
  competitionSection,
  aidSection,
  serviceSection,
];

export interface ReportFigure extends FigureComparison {
  readonly key: string;
  readonly label: string;
  readonly unit: FigureUnit;
  readonly basis: SectionFigure['basis'];
  readonly listPath: string | null;
  /** How the report writes the value (15.6万人). */
  readonly display: string;
}

export interface ReportSectionResult {
  readonly key: string;
  readonly title: string;
  readonly figures: readonly ReportFigure[];
}

export interface AnnualReport {
  readonly scope: ReportScope;
  readonly organizationName: string;
  readonly period: ReportPeriod;
  readonly previous: ReportPeriod;
  readonly sections: readonly ReportSectionResult[];
}

/**
 * A previous period's list path moved to the report period: lists behind PERIOD figures carry
 * the period as `from` and `to` parameters.
 */
function inPeriod(
  listPath: string | null,
  previous: ReportPeriod,
  period: ReportPeriod,
): string | null {
  if (!listPath) return null;
  const [path, query = ''] = listPath.split('?', 2);
  const params = new URLSearchParams(query);
  if (params.get('from') === previous.from) params.set('from', period.from);
  if (params.get('to') === previous.to) params.set('to', period.to);
  return `${path}?${params.toString()}`;
}

/** One section for the period, each PERIOD figure compared with the previous period's. */
async function sectionResult(
  section: ReportSection,
  scope: ReportScope,
  period: ReportPeriod,
  previous: ReportPeriod,
): Promise<ReportSectionResult> {
  const [now, before] = await Promise.all([
    section.figures(scope, period),
    section.figures(scope, previous),
  ]);
  const previousValues = new Map(
    before.filter((f) => f.basis === 'PERIOD').map((f) => [f.key, f.value]),
  );
  // A figure the previous period had and this one has not (no 省劳动模范 this year) is shown as
  // 0 against its previous value, not left out.
  const keys = new Set(now.map((figure) => figure.key));
  const gone = before
    .filter((figure) => figure.basis === 'PERIOD' && !keys.has(figure.key))
    .map((figure) => ({
      ...figure,
      value: 0,
      listPath: inPeriod(figure.listPath, previous, period),
    }));
  return {
    key: section.key,
    title: section.title,
    figures: [...now, ...gone].map((figure) => ({
      key: figure.key,
      label: figure.label,
      unit: figure.unit,
      basis: figure.basis,
      listPath: figure.listPath,
      display: formatFigure(figure.value, figure.unit),
      ...compareFigure(
        figure.value,
        figure.basis === 'PERIOD' ? (previousValues.get(figure.key) ?? 0) : null,
      ),
    })),
  };
}

/** The report of an organisation's subtree for a checked period. */
export async function buildAnnualReport(
  scope: ReportScope,
  period: ReportPeriod,
  organizationName: string,
  sections: readonly ReportSection[] = reportSections,
): Promise<AnnualReport> {
  const previous = previousPeriod(period);
  const results = await Promise.all(
    sections.map((section) => sectionResult(section, scope, period, previous)),
  );
  return { scope, organizationName, period, previous, sections: results };
}

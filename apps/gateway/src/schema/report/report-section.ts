import { builder } from '../../builder.js';
import type { ReportSectionResult } from '../../report/annual-report.js';
import { ReportFigureRef } from './report-figure.js';

export const ReportSectionRef = builder.objectRef<ReportSectionResult>('ReportSection').implement({
  description: 'A section of the work report, contributed by one module (组织建设, 会员发展 …).',
  fields: (t) => ({
    key: t.exposeString('key'),
    title: t.exposeString('title'),
    figures: t.field({ type: [ReportFigureRef], resolve: (section) => section.figures }),
  }),
});

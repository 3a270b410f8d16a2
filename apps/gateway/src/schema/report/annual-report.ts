import { type CalendarDate, checkReportPeriod } from '@gonghui/domain';
import { organizationVisibility } from '../../auth/access.js';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { NotFoundError, ValidationError } from '../../errors.js';
import { encodeGlobalId, parseGlobalIdOf } from '../../global-id.js';
import { type AnnualReport, buildAnnualReport } from '../../report/annual-report.js';
import { cachedAnnualReport } from '../../report/report-cache.js';
import { ReportSectionRef } from './report-section.js';

const AnnualReportRef = builder.objectRef<AnnualReport>('AnnualReport').implement({
  description:
    '年度工作报告: the figures the unions’ year-end reports quote, for one organisation’s whole subtree and one period, each compared with the previous period. Aggregates only: public.',
  fields: (t) => ({
    organizationId: t.id({
      description: 'The organisation’s global id.',
      resolve: (report) => encodeGlobalId('Organization', report.scope.organizationId),
    }),
    organizationName: t.exposeString('organizationName'),
    from: t.field({ type: 'Date', resolve: (report) => report.period.from }),
    to: t.field({ type: 'Date', resolve: (report) => report.period.to }),
    previousFrom: t.field({
      type: 'Date',
      description: 'The comparison period: as many whole months (or days) just before.',
      resolve: (report) => report.previous.from,
    }),
    previousTo: t.field({ type: 'Date', resolve: (report) => report.previous.to }),
    sections: t.field({ type: [ReportSectionRef], resolve: (report) => report.sections }),
  }),
});

builder.queryField('annualReport', (t) =>
  t.field({
    type: AnnualReportRef,
    description:
      '年度工作报告 of an organisation’s subtree for a period of at most ten years (e.g. 2024-01-01 – 2024-12-31).',
    errors: { types: [ValidationError, NotFoundError], directResult: true },
    args: {
      organizationId: t.arg.id({ required: true }),
      from: t.arg({ type: 'Date', required: true }),
      to: t.arg({ type: 'Date', required: true }),
    },
    resolve: async (_root, args, context) => {
      const id = parseGlobalIdOf('Organization', args.organizationId, 'organizationId');
      const period = checkReportPeriod(args.from as CalendarDate, args.to as CalendarDate);
      if (!period.ok) {
        throw ValidationError.of(period.error.field, period.error.rule, period.error.message);
      }
      const organization = await prisma.organization.findFirst({
        where: { AND: [{ id }, organizationVisibility(context)] },
        select: { id: true, name: true, lineageIds: true },
      });
      if (!organization) throw new NotFoundError('组织', '找不到该组织');
      // Figures per (organisation, period), dropped on any write (src/report/report-cache.ts).
      return cachedAnnualReport(organization.id, period.value, () =>
        buildAnnualReport(
          { organizationId: organization.id, lineageIds: organization.lineageIds },
          period.value,
          organization.name,
        ),
      );
    },
  }),
);

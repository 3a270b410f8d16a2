import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { NotFoundError, ValidationError } from '../../errors.js';
import { parseGlobalIdOf } from '../../global-id.js';
import { type InnovationFigures, innovationFigures } from '../../innovation/figures.js';
import { InnovationCountRef } from './innovation-count.js';

const InnovationFiguresRef = builder.objectRef<InnovationFigures>('InnovationFigures').implement({
  description:
    '职工创新数据: studios (not de-listed) by level and stars, results by type and conversion state, economic benefit, for a union’s subtree.',
  fields: (t) => ({
    studioCount: t.exposeInt('studioCount'),
    studiosByLevel: t.field({ type: [InnovationCountRef], resolve: (f) => f.studiosByLevel }),
    studiosByStars: t.field({ type: [InnovationCountRef], resolve: (f) => f.studiosByStars }),
    resultCount: t.exposeInt('resultCount'),
    resultsByType: t.field({ type: [InnovationCountRef], resolve: (f) => f.resultsByType }),
    resultsByConversionState: t.field({
      type: [InnovationCountRef],
      resolve: (f) => f.resultsByConversionState,
    }),
    totalEconomicBenefitFen: t.field({
      type: 'Fen',
      description: 'Sum of the results’ yearly economic benefit, in fen.',
      resolve: (f) => f.totalEconomicBenefitFen,
    }),
    returnsSecuredFen: t.field({
      type: 'Fen',
      description: 'Sum of the returns secured by conversions, in fen.',
      resolve: (f) => f.returnsSecuredFen,
    }),
  }),
});

builder.queryField('innovationFigures', (t) =>
  t.field({
    type: InnovationFiguresRef,
    description: 'Public figures of any union’s subtree (the whole platform without an id).',
    errors: { types: [ValidationError, NotFoundError], directResult: true },
    args: { organizationId: t.arg.id({ required: false }) },
    resolve: async (_root, args) => {
      if (!args.organizationId) return innovationFigures(null);
      const id = parseGlobalIdOf('Organization', args.organizationId, 'organizationId');
      const organization = await prisma.organization.findUnique({
        where: { id },
        select: { id: true },
      });
      if (!organization) throw new NotFoundError('组织');
      return innovationFigures(organization.id);
    },
  }),
);

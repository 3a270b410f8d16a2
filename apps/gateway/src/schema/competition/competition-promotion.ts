import { isVocationalLevel } from '@gonghui/domain';
import { requireStaff } from '../../auth/access.js';
import { builder } from '../../builder.js';
import { readsCompetition, visibleCompetition } from '../../competition/access.js';
import { prisma } from '../../db.js';
import { NotFoundError, UnauthenticatedError, ValidationError } from '../../errors.js';
import { encodeGlobalId } from '../../global-id.js';
import { VocationalLevelEnum } from './vocational-level.js';

export const CompetitionPromotionRef = builder.prismaObject('CompetitionPromotion', {
  description:
    '晋级推荐 (staff): a promotion the published result earns, or why it was superseded (one promotion a person a year).',
  select: { id: true },
  fields: (t) => ({
    id: t.id({ resolve: (p) => encodeGlobalId('CompetitionPromotion', p.id) }),
    name: t.string({
      select: { entry: { select: { publicName: true } } },
      resolve: (p) => p.entry.publicName,
    }),
    employerName: t.string({
      select: { entry: { select: { employer: { select: { name: true } } } } },
      resolve: (p) => p.entry.employer.name,
    }),
    rank: t.exposeInt('rank'),
    year: t.exposeInt('year'),
    fromLevel: t.field({
      type: VocationalLevelEnum,
      nullable: true,
      select: { fromLevel: true },
      resolve: (p) => (p.fromLevel && isVocationalLevel(p.fromLevel) ? p.fromLevel : null),
    }),
    toLevel: t.field({
      type: VocationalLevelEnum,
      select: { toLevel: true },
      resolve: (p) => (isVocationalLevel(p.toLevel) ? p.toLevel : 'JUNIOR'),
    }),
    technicalExpert: t.exposeBoolean('technicalExpert', { description: '推荐为技术能手.' }),
    recommended: t.exposeBoolean('recommended'),
    basis: t.exposeString('basis'),
    supersededReason: t.exposeString('supersededReason', { nullable: true }),
  }),
});

builder.queryField('competitionPromotions', (t) =>
  t.prismaField({
    type: ['CompetitionPromotion'],
    description:
      '晋级推荐名单 (competition.read at the organiser). The Excel for the human-resources bureau: GET /api/competitions/<id>/promotions.xlsx.',
    authScopes: { permission: 'competition.read' },
    errors: { types: [ValidationError, NotFoundError, UnauthenticatedError] },
    args: { competitionId: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const viewer = requireStaff(context);
      const competition = await visibleCompetition(viewer, args.competitionId, 'competitionId');
      if (!readsCompetition(viewer, competition.lineageIds)) throw new NotFoundError('竞赛');
      return prisma.competitionPromotion.findMany({
        ...query,
        where: { competitionId: competition.id },
        orderBy: [{ recommended: 'desc' }, { rank: 'asc' }],
      });
    },
  }),
);

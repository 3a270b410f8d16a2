import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { NotFoundError, ValidationError } from '../../errors.js';
import { parseGlobalIdOf } from '../../global-id.js';

interface CompetitionFigures {
  held: number;
  published: number;
  participants: number;
  promotions: number;
}

const CompetitionFiguresRef = builder
  .objectRef<CompetitionFigures>('CompetitionFigures')
  .implement({
    description:
      'Public figures of the competitions organised within a union’s subtree (or everywhere).',
    fields: (t) => ({
      held: t.exposeInt('held', { description: 'Competitions organised.' }),
      published: t.exposeInt('published', { description: 'Of which results are published.' }),
      participants: t.exposeInt('participants', { description: 'Eligible registrations.' }),
      promotions: t.exposeInt('promotions', { description: 'Skill-level promotions recommended.' }),
    }),
  });

builder.queryField('competitionFigures', (t) =>
  t.field({
    type: CompetitionFiguresRef,
    description: '竞赛数据 (public): held, participants, promotions, within a subtree.',
    errors: { types: [ValidationError, NotFoundError], directResult: true },
    args: {
      organizationId: t.arg.id({ required: false }),
      year: t.arg.int({ required: false }),
    },
    resolve: async (_root, args) => {
      const organizationId = args.organizationId
        ? parseGlobalIdOf('Organization', args.organizationId, 'organizationId')
        : null;
      if (
        organizationId &&
        !(await prisma.organization.findUnique({
          where: { id: organizationId },
          select: { id: true },
        }))
      ) {
        throw new NotFoundError('组织');
      }
      const where = {
        ...(organizationId ? { lineageIds: { has: organizationId } } : {}),
        ...(typeof args.year === 'number' ? { year: args.year } : {}),
      };
      const [held, published, participants, promotions] = await Promise.all([
        prisma.competition.count({ where }),
        prisma.competition.count({ where: { ...where, resultsPublishedAt: { not: null } } }),
        prisma.competitionEntry.count({ where: { eligible: true, competition: where } }),
        prisma.competitionPromotion.count({ where: { recommended: true, competition: where } }),
      ]);
      return { held, published, participants, promotions };
    },
  }),
);

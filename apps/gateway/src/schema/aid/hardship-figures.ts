import { calendarDateFromParts, HARDSHIP_CATEGORIES, type HardshipCategory } from '@gonghui/domain';
import { organizationForAction, requireStaff } from '../../auth/access.js';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import {
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
  ValidationError,
} from '../../errors.js';
import type { HardshipFileEventType } from '../../generated/prisma/client.js';
import { dateColumn, today } from '../../shared-dates.js';
import { HardshipCategoryEnum } from './hardship-category.js';

interface FiguresShape {
  year: number;
  activeHouseholds: number;
  byCategory: { category: HardshipCategory; households: number }[];
  modelWorkerHouseholds: number;
  registeredThisYear: number;
  exitedThisYear: number;
  reenteredThisYear: number;
  reviewsDue: number;
}

const HardshipCategoryCountRef = builder
  .objectRef<{ category: HardshipCategory; households: number }>('HardshipCategoryCount')
  .implement({
    fields: (t) => ({
      category: t.field({ type: HardshipCategoryEnum, resolve: (row) => row.category }),
      households: t.exposeInt('households'),
    }),
  });

const HardshipFiguresRef = builder.objectRef<FiguresShape>('HardshipFigures').implement({
  description:
    '困难职工档案 figures of a union’s whole subtree: households in the registry by category, and in the year those registered, helped out of hardship (解困脱困) and re-entered.',
  fields: (t) => ({
    year: t.exposeInt('year'),
    activeHouseholds: t.exposeInt('activeHouseholds', { description: '在档困难职工家庭.' }),
    byCategory: t.field({ type: [HardshipCategoryCountRef], resolve: (f) => f.byCategory }),
    modelWorkerHouseholds: t.exposeInt('modelWorkerHouseholds', { description: '在档困难劳模.' }),
    registeredThisYear: t.exposeInt('registeredThisYear'),
    exitedThisYear: t.exposeInt('exitedThisYear', { description: '当年解困脱困户数.' }),
    reenteredThisYear: t.exposeInt('reenteredThisYear'),
    reviewsDue: t.exposeInt('reviewsDue', { description: 'Active files due for review today.' }),
  }),
});

builder.queryField('hardshipFigures', (t) =>
  t.field({
    type: HardshipFiguresRef,
    description: 'Hardship registry figures for a union’s subtree (aid.read there).',
    authScopes: { permission: 'aid.read' },
    errors: {
      types: [ValidationError, ForbiddenError, NotFoundError, UnauthenticatedError],
      directResult: true,
    },
    args: {
      organizationId: t.arg.id({ required: true }),
      year: t.arg.int({ required: false, description: 'Default: this year.' }),
    },
    resolve: async (_root, args, context) => {
      const viewer = requireStaff(context);
      const organization = await organizationForAction(
        viewer,
        'aid.read',
        args.organizationId,
        'organizationId',
      );
      const year = args.year ?? Number(today().slice(0, 4));
      const from = calendarDateFromParts(year, 1, 1, 'year');
      const to = calendarDateFromParts(year, 12, 31, 'year');
      if (!from.ok || !to.ok) {
        throw ValidationError.of('year', 'AID_FIGURES_YEAR', '年份应在 1 到 9999 之间');
      }
      const inSubtree = { lineageIds: { has: organization.id } };
      const active = { ...inSubtree, state: 'ACTIVE' as const };
      const eventsIn = async (type: HardshipFileEventType) =>
        (
          await prisma.hardshipFileEvent.findMany({
            where: {
              ...inSubtree,
              type,
              date: { gte: dateColumn(from.value), lte: dateColumn(to.value) },
            },
            distinct: ['fileId'],
            select: { fileId: true },
          })
        ).length;
      const [groups, modelWorkerHouseholds, reviewsDue, registered, exited, reentered] =
        await Promise.all([
          prisma.hardshipFile.groupBy({ by: ['category'], where: active, _count: { _all: true } }),
          prisma.hardshipFile.count({ where: { ...active, isModelWorker: true } }),
          prisma.hardshipFile.count({
            where: { ...active, nextReviewDue: { lte: dateColumn(today()) } },
          }),
          eventsIn('REGISTERED'),
          eventsIn('EXITED'),
          eventsIn('REENTERED'),
        ]);
      const counts = new Map(groups.map((group) => [group.category, group._count._all]));
      const byCategory = HARDSHIP_CATEGORIES.filter((category) => category !== 'NONE').map(
        (category) => ({ category, households: counts.get(category) ?? 0 }),
      );
      return {
        year,
        activeHouseholds: byCategory.reduce((sum, row) => sum + row.households, 0),
        byCategory,
        modelWorkerHouseholds,
        registeredThisYear: registered,
        exitedThisYear: exited,
        reenteredThisYear: reentered,
        reviewsDue,
      };
    },
  }),
);

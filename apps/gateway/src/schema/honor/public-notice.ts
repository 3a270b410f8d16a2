import { findHonorTitle } from '@gonghui/domain';
import { resolveCursorConnection } from '@pothos/plugin-relay';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { ValidationError } from '../../errors.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { encodeGlobalId } from '../../global-id.js';
import { honorCatalogue } from '../../honor/catalogue.js';
import { dateColumn, today } from '../../shared-dates.js';
import { HonorLevelEnum } from './honor-level.js';

const noticeInclude = {
  campaign: { include: { organization: { select: { name: true } } } },
  organization: { select: { name: true } },
} satisfies Prisma.HonorNominationInclude;

type NoticeRow = Prisma.HonorNominationGetPayload<{ include: typeof noticeInclude }>;

/**
 * A nomination under public notice (公示), as the public sees it: the nominee's name, employer
 * and deeds, the title, and the notice period. Objections go to `submitObjection` with its id.
 */
export const PublicNoticeRef = builder.objectRef<NoticeRow>('PublicNotice').implement({
  description: '公示: a nomination currently under public notice.',
  fields: (t) => ({
    id: t.id({
      description: 'The nomination’s id (for submitObjection).',
      resolve: (row) => encodeGlobalId('Nomination', row.id),
    }),
    name: t.exposeString('name'),
    employerName: t.exposeString('employerName'),
    regionCode: t.exposeString('regionCode'),
    industry: t.exposeString('industry', { nullable: true }),
    citation: t.exposeString('citation', { description: '主要事迹.' }),
    titleName: t.string({
      resolve: (row) =>
        findHonorTitle(honorCatalogue, row.campaign.titleCode)?.name ?? row.campaign.titleCode,
    }),
    level: t.field({
      type: HonorLevelEnum,
      nullable: true,
      resolve: (row) => findHonorTitle(honorCatalogue, row.campaign.titleCode)?.level ?? null,
    }),
    campaignName: t.string({ resolve: (row) => row.campaign.name }),
    year: t.int({ resolve: (row) => row.campaign.year }),
    organizerName: t.string({
      description: 'The union running the campaign (receives objections).',
      resolve: (row) => row.campaign.organization.name,
    }),
    nominatingUnionName: t.string({
      description: '推荐单位.',
      resolve: (row) => row.organization.name,
    }),
    noticeStartsOn: t.field({
      type: 'Date',
      resolve: (row) => row.noticeStartsOn ?? row.createdAt,
    }),
    noticeEndsOn: t.field({
      type: 'Date',
      description: 'The last day objections are received.',
      resolve: (row) => row.noticeEndsOn ?? row.createdAt,
    }),
  }),
});

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Nominations whose notice runs today: started, not yet ended. */
export function currentNoticeWhere(): Prisma.HonorNominationWhereInput {
  const day = dateColumn(today());
  return { state: 'PUBLIC_NOTICE', noticeStartsOn: { lte: day }, noticeEndsOn: { gte: day } };
}

builder.queryField('publicNotices', (t) =>
  t.connection({
    type: PublicNoticeRef,
    description: '公示名单: nominations under public notice today, oldest notice first.',
    errors: { types: [ValidationError] },
    resolve: (_root, args) => {
      for (const name of ['after', 'before'] as const) {
        const cursor = args[name];
        if (cursor && !uuidPattern.test(cursor)) {
          throw ValidationError.of(name, 'CURSOR_INVALID', `“${name}” 不是有效的分页游标`);
        }
      }
      return resolveCursorConnection<Promise<NoticeRow[]>>(
        { args, toCursor: (row: NoticeRow) => row.id, defaultSize: 20, maxSize: 100 },
        ({ before, after, limit, inverted }): Promise<NoticeRow[]> =>
          prisma.honorNomination.findMany({
            include: noticeInclude,
            where: {
              AND: [
                currentNoticeWhere(),
                after ? { id: { gt: after } } : {},
                before ? { id: { lt: before } } : {},
              ],
            },
            orderBy: { id: inverted ? 'desc' : 'asc' },
            take: limit,
          }),
      );
    },
  }),
);

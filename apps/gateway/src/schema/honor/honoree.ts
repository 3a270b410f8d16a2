import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { ValidationError } from '../../errors.js';
import { checkUuidCursors, encodeGlobalId, parseGlobalIdOf } from '../../global-id.js';
import { HONOR_ROLL_ORDER, honorRollAfter, publicAwardWhere } from '../../honor/public-awards.js';
import { honorRollCount, honorRollRows, rollConditions } from '../../honor/public-roll-sql.js';
import { HonorLevelEnum } from './honor-level.js';
import { HonorRollFilter } from './honor-roll-filter.js';
import { HonorSubjectEnum } from './honor-subject.js';

/**
 * A published award as the public sees it. Only public fields exist on this type (no ID
 * number, phone or address is stored with an award at all), and the photo and the citation
 * are shown only when the honoree's consent covers them.
 */
export const HonoreeRef = builder.prismaObject('HonorAward', {
  name: 'Honoree',
  description:
    '劳模工匠风采: one published, unrevoked award with the public fields consent allows.',
  fields: (t) => ({
    id: t.id({
      description: 'Opaque id for `honoree(id)`.',
      resolve: (award) => encodeGlobalId('Honoree', award.id),
    }),
    name: t.exposeString('name', { description: 'The person’s, team’s or employer’s name.' }),
    titleCode: t.exposeString('titleCode'),
    titleName: t.exposeString('titleName', { description: 'e.g. 全国五一劳动奖章.' }),
    level: t.expose('level', { type: HonorLevelEnum }),
    subject: t.expose('subject', { type: HonorSubjectEnum }),
    year: t.exposeInt('year'),
    employerName: t.exposeString('employerName'),
    regionCode: t.exposeString('regionCode', { description: 'GB/T 2260 code.' }),
    industry: t.exposeString('industry', { nullable: true }),
    citation: t.string({
      nullable: true,
      description: '事迹; null unless the consent covers STORY.',
      resolve: (award) => (award.publicScopes.includes('STORY') ? award.citation : null),
    }),
    photoUrl: t.string({
      nullable: true,
      description: 'Null unless the consent covers PHOTO.',
      resolve: (award) => (award.publicScopes.includes('PHOTO') ? award.photoUrl : null),
    }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime' }),
    certificateCode: t.exposeString('certificateCode', {
      description:
        '证书验证码 printed on the certificate (e.g. K7Q2-MX4D-9TRB): public, it only confirms what the roll already shows; `verifyCertificate` checks it.',
    }),
  }),
});

builder.queryFields((t) => ({
  honorRoll: t.prismaConnection({
    type: 'HonorAward',
    cursor: 'id',
    description:
      '荣誉榜: published, unrevoked awards whose honorees consented to publication, newest year first.',
    errors: { types: [ValidationError] },
    args: { filter: t.arg({ type: HonorRollFilter, required: false }) },
    totalCount: (_root, args) => {
      const conditions = rollConditions(args.filter);
      return conditions
        ? honorRollCount(conditions)
        : prisma.honorAward.count({ where: publicAwardWhere(args.filter) });
    },
    resolve: async (query, _root, args) => {
      checkUuidCursors(args);
      const cursorId = (query.cursor as { id?: string } | undefined)?.id;
      // The hot path: forward pages without a text search in hand-written SQL, the same rows
      // as the Prisma path below (honor/public-roll-sql.ts; test/public-roll-sql.test.ts).
      const conditions = rollConditions(args.filter);
      if (conditions && typeof query.take === 'number' && query.take > 0)
        return honorRollRows(conditions, query.take, cursorId ?? null);
      const where = publicAwardWhere(args.filter);
      // Forward pages (first/after) by keyset on the cursor row's values; backward ones
      // (last/before) as Prisma pages them.
      if (cursorId && typeof query.take === 'number' && query.take > 0) {
        const cursor = await prisma.honorAward.findUnique({
          where: { id: cursorId },
          select: { id: true, year: true, level: true, name: true },
        });
        if (cursor) {
          const { cursor: _cursor, skip: _skip, ...page } = query;
          return prisma.honorAward.findMany({
            ...page,
            where: { AND: [where, honorRollAfter(cursor)] },
            orderBy: HONOR_ROLL_ORDER,
          });
        }
      }
      return prisma.honorAward.findMany({ ...query, where, orderBy: HONOR_ROLL_ORDER });
    },
  }),
  honoree: t.prismaField({
    type: 'HonorAward',
    nullable: true,
    description: 'One honoree of the roll; null when it is unknown, revoked or not public.',
    errors: { types: [ValidationError], directResult: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args) =>
      prisma.honorAward.findFirst({
        ...query,
        where: { AND: [{ id: parseGlobalIdOf('Honoree', args.id) }, publicAwardWhere(null)] },
      }),
  }),
}));

import {
  type CalendarDate,
  eligibilityReasons,
  fieldError,
  isVocationalLevel,
  parseCalendarDate,
} from '@gonghui/domain';
import { requireStaff } from '../../auth/access.js';
import { writeAudit } from '../../auth/audit.js';
import { builder } from '../../builder.js';
import {
  competitionToManage,
  readsCompetition,
  visibleCompetition,
} from '../../competition/access.js';
import { eligibilityRulesOf, invalid, reasonsOf, refused } from '../../competition/records.js';
import { prisma } from '../../db.js';
import {
  ForbiddenError,
  NotFoundError,
  RuleViolationError,
  UnauthenticatedError,
  ValidationError,
} from '../../errors.js';
import { Prisma } from '../../generated/prisma/client.js';
import { encodeGlobalId, parseGlobalIdOf } from '../../global-id.js';
import { calendarDateOf, dateColumn } from '../../shared-dates.js';
import { EligibilityReasonRef } from './eligibility-reason.js';
import { RegisterEntryInput } from './register-entry-input.js';
import { VocationalLevelEnum } from './vocational-level.js';

export const CompetitionEntryRef = builder.prismaObject('CompetitionEntry', {
  description:
    '报名 (staff): the contestant, team or unit with its eligibility. The birth date is never shown; only the age-based reasons.',
  select: { id: true },
  fields: (t) => ({
    id: t.id({ resolve: (entry) => encodeGlobalId('CompetitionEntry', entry.id) }),
    bibNumber: t.exposeInt('bibNumber'),
    publicName: t.exposeString('publicName'),
    teamMemberNames: t.exposeStringList('teamMemberNames'),
    employerName: t.string({
      select: { employer: { select: { name: true } } },
      resolve: (entry) => entry.employer.name,
    }),
    isMember: t.boolean({
      select: { memberId: true },
      resolve: (entry) => entry.memberId !== null,
    }),
    skillLevel: t.field({
      type: VocationalLevelEnum,
      nullable: true,
      select: { skillLevel: true },
      resolve: (entry) =>
        entry.skillLevel && isVocationalLevel(entry.skillLevel) ? entry.skillLevel : null,
    }),
    eligible: t.exposeBoolean('eligible'),
    eligibilityReasons: t.field({
      type: [EligibilityReasonRef],
      select: { eligibilityReasons: true },
      resolve: (entry) => reasonsOf(entry.eligibilityReasons),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.queryField('competitionEntries', (t) =>
  t.prismaField({
    type: ['CompetitionEntry'],
    description: '报名名单 (competition.read at the organiser), by bib number.',
    authScopes: { permission: 'competition.read' },
    errors: { types: [ValidationError, NotFoundError, UnauthenticatedError] },
    args: { competitionId: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const viewer = requireStaff(context);
      const competition = await visibleCompetition(viewer, args.competitionId, 'competitionId');
      if (!readsCompetition(viewer, competition.lineageIds)) throw new NotFoundError('竞赛');
      return prisma.competitionEntry.findMany({
        ...query,
        where: { competitionId: competition.id },
        orderBy: { bibNumber: 'asc' },
      });
    },
  }),
);

builder.mutationField('registerCompetitionEntry', (t) =>
  t.prismaField({
    type: 'CompetitionEntry',
    description:
      '报名: needs competition.manage at the organiser. The domain checks eligibility; an ineligible registration is kept with its reasons (eligible = false) and takes no part in scoring.',
    errors: {
      types: [
        ValidationError,
        ForbiddenError,
        NotFoundError,
        RuleViolationError,
        UnauthenticatedError,
      ],
      directResult: true,
    },
    args: { input: t.arg({ type: RegisterEntryInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const viewer = requireStaff(context);
      const competition = await competitionToManage(
        viewer,
        input.competitionId,
        'input.competitionId',
      );
      if (competition.resultsPublishedAt) {
        throw refused(
          fieldError(
            'input.competitionId',
            'COMPETITION_ALREADY_PUBLISHED',
            '成绩已公布，不能再报名',
          ),
        );
      }
      let memberId: string | null = null;
      let publicName = input.publicName?.trim() ?? '';
      let birthDate: CalendarDate | null = null;
      let employerId: string | null = input.employerId
        ? parseGlobalIdOf('Organization', input.employerId, 'input.employerId')
        : null;
      if (input.memberId) {
        memberId = parseGlobalIdOf('Member', input.memberId, 'input.memberId');
        const member = await prisma.member.findFirst({
          where: { id: memberId, status: 'ACTIVE' },
          select: { name: true, birthDate: true, organizationId: true },
        });
        if (!member) throw new NotFoundError('会员');
        publicName = publicName || member.name;
        birthDate = calendarDateOf(member.birthDate);
        employerId ??= member.organizationId;
      } else if (input.birthDate) {
        const parsed = parseCalendarDate(input.birthDate, 'input.birthDate');
        if (!parsed.ok) throw invalid(parsed.error);
        birthDate = parsed.value;
      }
      if (!publicName) {
        throw ValidationError.of(
          'input.publicName',
          'COMPETITION_NAME_REQUIRED',
          '请填写参赛选手、团队或单位名称',
        );
      }
      if (!employerId) {
        throw ValidationError.of(
          'input.employerId',
          'COMPETITION_EMPLOYER_REQUIRED',
          '请选择工作单位',
        );
      }
      const employer = await prisma.organization.findUnique({
        where: { id: employerId },
        select: { id: true, lineageIds: true, name: true },
      });
      if (!employer) throw new NotFoundError('工作单位');
      const reasons =
        competition.kind === 'LABOUR_PROJECT'
          ? []
          : eligibilityReasons(
              {
                birthDate,
                skillLevel: input.skillLevel ?? null,
                employerLineageIds: employer.lineageIds,
              },
              eligibilityRulesOf(competition),
            );
      const alreadyRegistered = () =>
        refused(
          fieldError('input.memberId', 'COMPETITION_ALREADY_REGISTERED', '该会员已报名本竞赛'),
        );
      try {
        return await prisma.$transaction(async (tx) => {
          // 参赛号 are handed out one registration at a time per competition: the competition row is
          // locked (FOR NO KEY UPDATE, which leaves foreign-key checks of other writes alone) before
          // the highest number is read, so two registrations at the same moment get the next two
          // numbers instead of the same one, and a member cannot slip in twice.
          await tx.$queryRaw`
          SELECT id FROM competition WHERE id = ${competition.id}::uuid FOR NO KEY UPDATE`;
          if (memberId) {
            const existing = await tx.competitionEntry.findFirst({
              where: { competitionId: competition.id, memberId },
              select: { id: true },
            });
            if (existing) throw alreadyRegistered();
          }
          const last = await tx.competitionEntry.findFirst({
            where: { competitionId: competition.id },
            orderBy: { bibNumber: 'desc' },
            select: { bibNumber: true },
          });
          const entry = await tx.competitionEntry.create({
            data: {
              competitionId: competition.id,
              employerId: employer.id,
              lineageIds: employer.lineageIds,
              memberId,
              publicName,
              teamMemberNames: (input.teamMemberNames ?? []).map((name) => name.trim()),
              birthDate: birthDate ? dateColumn(birthDate) : null,
              skillLevel: input.skillLevel ?? null,
              bibNumber: (last?.bibNumber ?? 0) + 1,
              eligible: reasons.length === 0,
              eligibilityReasons: reasons.map((r) => ({
                field: r.field,
                rule: r.rule,
                message: r.message,
              })),
              createdByStaffId: viewer.staffId,
            },
          });
          await writeAudit(tx, viewer, {
            action: 'competition.register',
            targetType: 'CompetitionEntry',
            targetId: entry.id,
            organizationId: competition.organizationId,
            lineageIds: competition.lineageIds,
            after: {
              bibNumber: entry.bibNumber,
              eligible: entry.eligible,
              reasons: reasons.map((r) => r.rule),
            },
          });
          return tx.competitionEntry.findUniqueOrThrow({ ...query, where: { id: entry.id } });
        });
      } catch (error) {
        // Only reachable if the lock above were bypassed; answered with a typed error naming the
        // field rather than a masked one.
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
          const target = JSON.stringify(error.meta ?? {});
          if (memberId && /member/i.test(target)) throw alreadyRegistered();
          throw refused(
            fieldError(
              'input.competitionId',
              'COMPETITION_BIB_TAKEN',
              '参赛号已被同时提交的报名占用，请重新提交',
            ),
          );
        }
        throw error;
      }
    },
  }),
);

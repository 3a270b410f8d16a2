import { fieldError, roleHasPermission } from '@gonghui/domain';
import { requireStaff } from '../../auth/access.js';
import { writeAudit } from '../../auth/audit.js';
import { builder } from '../../builder.js';
import {
  competitionToManage,
  readsCompetition,
  visibleCompetition,
} from '../../competition/access.js';
import { invalid, schemeOf } from '../../competition/records.js';
import { prisma } from '../../db.js';
import {
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
  ValidationError,
} from '../../errors.js';
import { encodeGlobalId, parseGlobalIdOf } from '../../global-id.js';
import { AssignJudgeInput } from './assign-judge-input.js';

const JudgeAssignmentRef = builder
  .objectRef<{ stageId: string; aspectCode: string }>('JudgeAssignment')
  .implement({
    fields: (t) => ({
      stageId: t.id({ resolve: (a) => encodeGlobalId('CompetitionStage', a.stageId) }),
      aspectCode: t.exposeString('aspectCode'),
    }),
  });

const RecusedEntryRef = builder
  .objectRef<{ id: string; bibNumber: number; publicName: string }>('CompetitionRecusedEntry')
  .implement({
    description:
      'A registration the judge may not score (回避): it comes from the judge’s employer.',
    fields: (t) => ({
      entryId: t.id({ resolve: (e) => encodeGlobalId('CompetitionEntry', e.id) }),
      bibNumber: t.exposeInt('bibNumber'),
      publicName: t.exposeString('publicName'),
    }),
  });

export const CompetitionJudgeRef = builder.prismaObject('CompetitionJudge', {
  description: '裁判 (staff): who judges which aspects, and their employer for recusal.',
  select: { id: true },
  fields: (t) => ({
    id: t.id({ resolve: (judge) => encodeGlobalId('CompetitionJudge', judge.id) }),
    displayName: t.exposeString('displayName'),
    username: t.string({
      select: { staffAccount: { select: { username: true } } },
      resolve: (judge) => judge.staffAccount.username,
    }),
    employerName: t.string({
      nullable: true,
      select: { employer: { select: { name: true } } },
      resolve: (judge) => judge.employer?.name ?? null,
    }),
    employerId: t.id({
      nullable: true,
      select: { employerId: true },
      resolve: (judge) =>
        judge.employerId ? encodeGlobalId('Organization', judge.employerId) : null,
    }),
    recusedEntries: t.field({
      type: [RecusedEntryRef],
      description:
        'The registrations of this competition from the judge’s employer, which the judge may not score (by bib number).',
      // Read with the judge's own row (the employer's registrations, this competition's kept).
      select: {
        competitionId: true,
        employer: {
          select: {
            competitionEntries: {
              select: { id: true, bibNumber: true, publicName: true, competitionId: true },
              orderBy: { bibNumber: 'asc' },
            },
          },
        },
      },
      resolve: (judge) =>
        (judge.employer?.competitionEntries ?? []).filter(
          (entry) => entry.competitionId === judge.competitionId,
        ),
    }),
    assignments: t.field({
      type: [JudgeAssignmentRef],
      select: { aspects: { select: { stageId: true, aspectCode: true } } },
      resolve: (judge) => judge.aspects,
    }),
  }),
});

builder.queryField('competitionJudges', (t) =>
  t.prismaField({
    type: ['CompetitionJudge'],
    description: '裁判名单 (competition.read at the organiser).',
    authScopes: { permission: 'competition.read' },
    errors: { types: [ValidationError, NotFoundError, UnauthenticatedError] },
    args: { competitionId: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const viewer = requireStaff(context);
      const competition = await visibleCompetition(viewer, args.competitionId, 'competitionId');
      if (!readsCompetition(viewer, competition.lineageIds)) throw new NotFoundError('竞赛');
      return prisma.competitionJudge.findMany({
        ...query,
        where: { competitionId: competition.id },
        orderBy: { createdAt: 'asc' },
      });
    },
  }),
);

builder.mutationField('assignCompetitionJudge', (t) =>
  t.prismaField({
    type: 'CompetitionJudge',
    description: '聘请裁判 / 分配评分项: needs competition.manage at the organiser.',
    errors: {
      types: [ValidationError, ForbiddenError, NotFoundError, UnauthenticatedError],
      directResult: true,
    },
    args: { input: t.arg({ type: AssignJudgeInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const viewer = requireStaff(context);
      const competition = await competitionToManage(
        viewer,
        input.competitionId,
        'input.competitionId',
      );
      const account = await prisma.staffAccount.findFirst({
        where: { username: input.username.trim(), disabledAt: null },
        select: { id: true, displayName: true, roles: { select: { role: true } } },
      });
      if (!account?.roles.some((r) => roleHasPermission(r.role, 'competition.judge'))) {
        throw invalid(
          fieldError(
            'input.username',
            'COMPETITION_JUDGE_ACCOUNT',
            '找不到持有竞赛评分权限的该工作人员账号',
          ),
        );
      }
      const employerId = input.employerId
        ? parseGlobalIdOf('Organization', input.employerId, 'input.employerId')
        : null;
      if (
        employerId &&
        !(await prisma.organization.findUnique({ where: { id: employerId }, select: { id: true } }))
      ) {
        throw new NotFoundError('工作单位');
      }
      const stages = await prisma.competitionStage.findMany({
        where: { competitionId: competition.id },
        select: { id: true, scheme: true, state: true },
      });
      const aspects = input.aspects.map((aspect, index) => {
        const stageId = parseGlobalIdOf(
          'CompetitionStage',
          aspect.stageId,
          `input.aspects.${index}.stageId`,
        );
        const stage = stages.find((s) => s.id === stageId);
        if (!stage) throw new NotFoundError('赛段');
        if (!schemeOf(stage.scheme).aspects.some((a) => a.code === aspect.aspectCode)) {
          throw invalid(
            fieldError(
              `input.aspects.${index}.aspectCode`,
              'COMPETITION_ASPECT_UNKNOWN',
              `赛段没有评分项「${aspect.aspectCode}」`,
            ),
          );
        }
        return { stageId, aspectCode: aspect.aspectCode };
      });
      return prisma.$transaction(async (tx) => {
        const judge = await tx.competitionJudge.upsert({
          where: {
            competitionId_staffAccountId: {
              competitionId: competition.id,
              staffAccountId: account.id,
            },
          },
          create: {
            competitionId: competition.id,
            staffAccountId: account.id,
            displayName: account.displayName,
            employerId,
          },
          update: { employerId },
        });
        // Aspects of open stages are replaced; those of closed stages stay (their marks are locked).
        const openStageIds = stages.filter((s) => s.state === 'OPEN').map((s) => s.id);
        await tx.competitionJudgeAspect.deleteMany({
          where: { judgeId: judge.id, stageId: { in: openStageIds } },
        });
        await tx.competitionJudgeAspect.createMany({
          data: aspects
            .filter((a) => openStageIds.includes(a.stageId))
            .map((a) => ({ judgeId: judge.id, ...a })),
          skipDuplicates: true,
        });
        await writeAudit(tx, viewer, {
          action: 'competition.judge.assign',
          targetType: 'CompetitionJudge',
          targetId: judge.id,
          organizationId: competition.organizationId,
          lineageIds: competition.lineageIds,
          after: { username: input.username.trim(), aspects: aspects.length, employerId },
        });
        return tx.competitionJudge.findUniqueOrThrow({ ...query, where: { id: judge.id } });
      });
    },
  }),
);

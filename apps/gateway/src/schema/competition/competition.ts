import {
  type AwardLevel,
  type AwardScheme,
  aggregationConfigIssues,
  awardSchemeIssues,
  calendarDateParts,
  can,
  checkFilterRange,
  compareDates,
  DEFAULT_AWARD_SCHEME,
  eligibilityRuleIssues,
  type FieldError,
  fieldError,
  LABOUR_DIMENSIONS,
  type LabourWeights,
  labourWeightIssues,
  type MarkingScheme,
  markingSchemeIssues,
  marksToCenti,
  parseCalendarDate,
} from '@gonghui/domain';
import { organizationForAction, requireStaff } from '../../auth/access.js';
import { writeAudit } from '../../auth/audit.js';
import { builder } from '../../builder.js';
import { competitionToManage, competitionVisibility } from '../../competition/access.js';
import { competitionById } from '../../competition/competition-read.js';
import { labourViewOnce } from '../../competition/labour-view.js';
import { writeResults } from '../../competition/publication.js';
import { eligibilityOf, invalid, refused, schemeJson } from '../../competition/records.js';
import type { Context } from '../../context.js';
import { prisma } from '../../db.js';
import {
  ForbiddenError,
  NotFoundError,
  RuleViolationError,
  UnauthenticatedError,
  ValidationError,
} from '../../errors.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { checkUuidCursors, encodeGlobalId, parseGlobalIdOf } from '../../global-id.js';
import { validationFailure } from '../../honor/domain-records.js';
import { dateColumn } from '../../shared-dates.js';
import { CompetitionAwardEnum } from './competition-award.js';
import { CompetitionClassEnum } from './competition-class.js';
import { CompetitionEntryModeEnum } from './competition-entry-mode.js';
import { CompetitionFilter } from './competition-filter.js';
import { CompetitionKindEnum } from './competition-kind.js';
import { CompetitionResultRef } from './competition-result.js';
import './competition-stage.js';
import { CreateCompetitionInput } from './create-competition-input.js';
import { LabourPeriodRef } from './labour-period.js';
import { LabourStandingRef } from './labour-standing.js';
import { VocationalLevelEnum } from './vocational-level.js';

function staffOf(context: Context) {
  return context.viewer.kind === 'staff' ? context.viewer : null;
}

const EligibilityConditionsRef = builder
  .objectRef<ReturnType<typeof eligibilityOf>>('CompetitionEligibility')
  .implement({
    description: '参赛条件 (public).',
    fields: (t) => ({
      minAge: t.exposeInt('minAge', { nullable: true }),
      maxAge: t.exposeInt('maxAge', { nullable: true }),
      minSkillLevel: t.field({
        type: VocationalLevelEnum,
        nullable: true,
        resolve: (e) => e.minSkillLevel,
      }),
      maxSkillLevel: t.field({
        type: VocationalLevelEnum,
        nullable: true,
        resolve: (e) => e.maxSkillLevel,
      }),
      regionRestricted: t.exposeBoolean('regionRestricted'),
    }),
  });

export const CompetitionRef = builder.prismaObject('Competition', {
  description:
    '劳动和技能竞赛. Public: what it is, who organises it, its stages; its results and awards once published (public names and employers only). Staff fields say what the viewer may do.',
  select: { id: true, lineageIds: true, kind: true, resultsPublishedAt: true },
  fields: (t) => ({
    id: t.id({ resolve: (c) => encodeGlobalId('Competition', c.id) }),
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: CompetitionKindEnum }),
    competitionClass: t.expose('competitionClass', { type: CompetitionClassEnum }),
    trade: t.exposeString('trade', { nullable: true }),
    coOrganizers: t.exposeStringList('coOrganizers'),
    entryMode: t.expose('entryMode', { type: CompetitionEntryModeEnum }),
    year: t.exposeInt('year'),
    startsOn: t.expose('startsOn', { type: 'Date' }),
    endsOn: t.expose('endsOn', { type: 'Date' }),
    description: t.exposeString('description', { nullable: true }),
    organizationId: t.id({
      select: { organizationId: true },
      resolve: (c) => encodeGlobalId('Organization', c.organizationId),
    }),
    organizerName: t.string({
      select: { organization: { select: { name: true } } },
      resolve: (c) => c.organization.name,
    }),
    eligibility: t.field({
      type: EligibilityConditionsRef,
      select: { eligibility: true },
      resolve: (c) => eligibilityOf(c.eligibility),
    }),
    trimFromJudges: t.exposeInt('trimFromJudges', {
      nullable: true,
      description: 'Highest and lowest marks dropped from this many judges; null: never.',
    }),
    awardKinds: t.field({
      type: [CompetitionAwardEnum],
      description: 'The awards this competition gives, best first.',
      select: { awardScheme: true },
      resolve: (c) => {
        const scheme = c.awardScheme as { kind?: string } | null;
        const medals: AwardLevel[] = ['GOLD', 'SILVER', 'BRONZE', 'EXCELLENCE'];
        const prizes: AwardLevel[] = ['FIRST_PRIZE', 'SECOND_PRIZE', 'THIRD_PRIZE'];
        return scheme?.kind === 'MEDALS' ? medals : prizes;
      },
    }),
    stages: t.relation('stages', { query: { orderBy: { position: 'asc' } } }),
    resultsPublished: t.boolean({ resolve: (c) => c.resultsPublishedAt !== null }),
    resultsPublishedAt: t.expose('resultsPublishedAt', { type: 'DateTime', nullable: true }),
    results: t.field({
      type: [CompetitionResultRef],
      description: 'Published results, best rank first (empty until published).',
      select: (_args, _ctx, nestedSelection) => ({
        results: nestedSelection({
          orderBy: [{ rank: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
        }),
      }),
      // nestedSelection carries CompetitionResult's type-level selection (its entry), which
      // the inferred row type does not show.
      resolve: (c) => (c.resultsPublishedAt ? (c.results as never[]) : []),
    }),
    labourLeaderboard: t.field({
      type: [LabourStandingRef],
      description:
        '累计排行 of a labour competition over its closed periods (staff with competition.read: every period).',
      resolve: async (c, _args, context) => {
        if (c.kind !== 'LABOUR_PROJECT') return [];
        const viewer = staffOf(context);
        const all = viewer !== null && can(viewer.assignments, 'competition.read', c.lineageIds);
        return (await labourViewOnce(prisma, context, c.id, !all)).leaderboard;
      },
    }),
    labourPeriods: t.field({
      type: [LabourPeriodRef],
      description: 'Each period’s unit scores and red flag (closed periods; staff: all).',
      resolve: async (c, _args, context) => {
        if (c.kind !== 'LABOUR_PROJECT') return [];
        const viewer = staffOf(context);
        const all = viewer !== null && can(viewer.assignments, 'competition.read', c.lineageIds);
        return (await labourViewOnce(prisma, context, c.id, !all)).periods;
      },
    }),
    // Counted in the competition's own query (a list page reads it for every row).
    participantCount: t.relationCount('entries', {
      description: 'Eligible registrations.',
      where: { eligible: true },
    }),
    viewerCanManage: t.boolean({
      description: 'True when the viewer holds competition.manage at the organiser.',
      resolve: (c, _args, context) => {
        const viewer = staffOf(context);
        return viewer !== null && can(viewer.assignments, 'competition.manage', c.lineageIds);
      },
    }),
    viewerCanRead: t.boolean({
      description:
        'True when the viewer holds competition.read at the organiser (registrations, ranking).',
      resolve: (c, _args, context) => {
        const viewer = staffOf(context);
        return viewer !== null && can(viewer.assignments, 'competition.read', c.lineageIds);
      },
    }),
    // The viewer's judge row comes with the competition's own query (one per list page).
    viewerIsJudge: t.boolean({
      select: (_args, context) => ({
        judges: {
          // Nobody's id for an anonymous viewer (the column is a uuid).
          where: {
            staffAccountId:
              staffOf(context as Context)?.staffId ?? '00000000-0000-0000-0000-000000000000',
          },
          select: { id: true },
          take: 1,
        },
      }),
      resolve: (c, _args, context) => staffOf(context) !== null && c.judges.length > 0,
    }),
  }),
});

async function filterWhere(
  filter:
    | {
        year?: number | null;
        kind?: string | null;
        competitionClass?: string | null;
        organizationId?: string | null;
        search?: string | null;
        published?: boolean | null;
        startsFrom?: string | null;
        startsTo?: string | null;
      }
    | null
    | undefined,
): Promise<Prisma.CompetitionWhereInput> {
  const conditions: Prisma.CompetitionWhereInput[] = [];
  const starts = checkFilterRange(filter?.startsFrom, filter?.startsTo, 'filter.startsTo');
  if (!starts.ok) throw validationFailure(starts.error);
  if (starts.value.from) conditions.push({ startsOn: { gte: dateColumn(starts.value.from) } });
  if (starts.value.to) conditions.push({ startsOn: { lte: dateColumn(starts.value.to) } });
  if (typeof filter?.year === 'number') conditions.push({ year: filter.year });
  if (filter?.kind) conditions.push({ kind: filter.kind as Prisma.CompetitionWhereInput['kind'] });
  if (filter?.competitionClass) {
    conditions.push({
      competitionClass: filter.competitionClass as Prisma.CompetitionWhereInput['competitionClass'],
    });
  }
  if (filter?.organizationId) {
    const id = parseGlobalIdOf('Organization', filter.organizationId, 'filter.organizationId');
    conditions.push({ lineageIds: { has: id } });
  }
  if (filter?.search?.trim()) {
    const text = filter.search.trim();
    conditions.push({
      OR: [
        { name: { contains: text, mode: 'insensitive' } },
        { trade: { contains: text, mode: 'insensitive' } },
      ],
    });
  }
  if (filter?.published === true) conditions.push({ resultsPublishedAt: { not: null } });
  if (filter?.published === false) conditions.push({ resultsPublishedAt: null });
  return { AND: conditions };
}

builder.queryFields((t) => ({
  competitions: t.prismaConnection({
    type: 'Competition',
    cursor: 'id',
    description: 'Competitions (public), newest first.',
    errors: { types: [ValidationError] },
    args: { filter: t.arg({ type: CompetitionFilter, required: false }) },
    totalCount: async (_root, args) =>
      prisma.competition.count({ where: await filterWhere(args.filter) }),
    resolve: async (query, _root, args) => {
      checkUuidCursors(args);
      return prisma.competition.findMany({
        ...query,
        where: await filterWhere(args.filter),
        orderBy: [{ startsOn: 'desc' }, { id: 'asc' }],
      });
    },
  }),
  competition: t.prismaField({
    type: 'Competition',
    nullable: true,
    description: 'One competition (public); null when unknown.',
    errors: { types: [ValidationError], directResult: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args) => {
      const id = parseGlobalIdOf('Competition', args.id);
      // One statement when the selection allows it (the public page's); Prisma otherwise.
      const read = await competitionById(query, id);
      if (read !== undefined) return read as never;
      return prisma.competition.findUnique({ ...query, where: { id } });
    },
  }),
  managedCompetitions: t.prismaConnection({
    type: 'Competition',
    cursor: 'id',
    description:
      'Competitions the staff viewer works on: within competition.read, or judged by them.',
    authScopes: { staff: true },
    errors: { types: [ValidationError, UnauthenticatedError] },
    args: { filter: t.arg({ type: CompetitionFilter, required: false }) },
    totalCount: async (_root, args, context) => {
      const viewer = requireStaff(context);
      return prisma.competition.count({
        where: { AND: [competitionVisibility(viewer), await filterWhere(args.filter)] },
      });
    },
    resolve: async (query, _root, args, context) => {
      checkUuidCursors(args);
      const viewer = requireStaff(context);
      return prisma.competition.findMany({
        ...query,
        where: { AND: [competitionVisibility(viewer), await filterWhere(args.filter)] },
        orderBy: [{ startsOn: 'desc' }, { id: 'asc' }],
      });
    },
  }),
}));

function percentToBp(value: number, field: string, issues: FieldError[]): number {
  const centi = marksToCenti(value, field);
  if (!centi.ok) {
    issues.push(centi.error);
    return 0;
  }
  return centi.value;
}

function marksOf(value: number, field: string, issues: FieldError[]): number {
  const centi = marksToCenti(value, field);
  if (!centi.ok) {
    issues.push(centi.error);
    return 0;
  }
  return centi.value;
}

builder.mutationField('createCompetition', (t) =>
  t.prismaField({
    type: 'Competition',
    description: '设置竞赛: needs competition.manage at the organising union.',
    errors: {
      types: [ValidationError, ForbiddenError, NotFoundError, UnauthenticatedError],
      directResult: true,
    },
    args: { input: t.arg({ type: CreateCompetitionInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const viewer = requireStaff(context);
      const organization = await organizationForAction(
        viewer,
        'competition.manage',
        input.organizationId,
        'input.organizationId',
      );
      const issues: FieldError[] = [];
      const startsOn = parseCalendarDate(input.startsOn, 'input.startsOn');
      const endsOn = parseCalendarDate(input.endsOn, 'input.endsOn');
      if (!startsOn.ok) issues.push(startsOn.error);
      if (!endsOn.ok) issues.push(endsOn.error);
      if (startsOn.ok && endsOn.ok && compareDates(startsOn.value, endsOn.value) > 0) {
        issues.push(
          fieldError('input.endsOn', 'COMPETITION_DATES_INVALID', '结束日期不能早于开始日期'),
        );
      }
      const labour = input.kind === 'LABOUR_PROJECT';
      if (input.stages.length < 1 || input.stages.length > (labour ? 24 : 5)) {
        issues.push(
          fieldError(
            'input.stages',
            'COMPETITION_STAGE_COUNT',
            labour ? '劳动竞赛应有 1–24 个考核期' : '竞赛应有 1–5 个赛段',
          ),
        );
      }
      const schemes: MarkingScheme[] = input.stages.map((stage, index) => {
        const field = `input.stages.${index}`;
        if (labour !== (stage.kind === 'PERIOD')) {
          issues.push(
            fieldError(
              `${field}.kind`,
              'COMPETITION_STAGE_KIND',
              labour ? '劳动竞赛的赛段应为考核期' : '技能竞赛的赛段应为初赛、复赛或决赛',
            ),
          );
        }
        const scheme: MarkingScheme = {
          theoryWeightBp: percentToBp(
            stage.theoryWeightPercent,
            `${field}.theoryWeightPercent`,
            issues,
          ),
          practicalWeightBp: percentToBp(
            stage.practicalWeightPercent,
            `${field}.practicalWeightPercent`,
            issues,
          ),
          aspects: stage.aspects.map((aspect, i) => ({
            code: aspect.code,
            name: aspect.name.trim(),
            part: aspect.part,
            maxCenti: marksOf(aspect.maxMarks, `${field}.aspects.${i}.maxMarks`, issues),
          })),
        };
        if (!labour) {
          // The domain counts in centi-marks; the input field a client shows the message under is maxMarks.
          issues.push(
            ...markingSchemeIssues(scheme, field).map((issue) => ({
              ...issue,
              field: issue.field.replace(/\.maxCenti$/, '.maxMarks'),
            })),
          );
        }
        return scheme;
      });
      const eligibility = {
        minAge: input.eligibility?.minAge ?? null,
        maxAge: input.eligibility?.maxAge ?? null,
        minSkillLevel: input.eligibility?.minSkillLevel ?? null,
        maxSkillLevel: input.eligibility?.maxSkillLevel ?? null,
        regionRestricted: input.eligibility?.regionRestricted ?? false,
      };
      // Each finding under the input it is about: the age range under minAge, the level range under minSkillLevel.
      issues.push(
        ...eligibilityRuleIssues(
          { ...eligibility, ageOn: (startsOn.ok ? startsOn.value : '2000-01-01') as never },
          'input.eligibility',
        ).map((issue) => ({
          ...issue,
          field: issue.rule.includes('SKILL')
            ? 'input.eligibility.minSkillLevel'
            : 'input.eligibility.minAge',
        })),
      );
      let awardScheme: AwardScheme = DEFAULT_AWARD_SCHEME;
      if (input.awardScheme) {
        const a = input.awardScheme;
        awardScheme = a.medals
          ? {
              kind: 'MEDALS',
              excellenceToBp: percentToBp(
                a.excellenceToPercent ?? 50,
                'input.awardScheme.excellenceToPercent',
                issues,
              ),
            }
          : {
              kind: 'SHARES',
              firstBp: percentToBp(a.firstPercent ?? 10, 'input.awardScheme.firstPercent', issues),
              secondBp: percentToBp(
                a.secondPercent ?? 20,
                'input.awardScheme.secondPercent',
                issues,
              ),
              thirdBp: percentToBp(a.thirdPercent ?? 30, 'input.awardScheme.thirdPercent', issues),
            };
        issues.push(
          ...awardSchemeIssues(
            awardScheme,
            a.medals ? 'input.awardScheme.excellenceToPercent' : 'input.awardScheme.firstPercent',
          ),
        );
      }
      const trim = input.trimFromJudges === 0 ? null : (input.trimFromJudges ?? 5);
      issues.push(...aggregationConfigIssues({ trimFromJudges: trim }, 'input.trimFromJudges'));
      let labourWeights: LabourWeights | null = null;
      if (labour && input.labourWeights) {
        const w = input.labourWeights;
        const values = [w.quality, w.safety, w.progress, w.innovation, w.civility, w.management];
        labourWeights = Object.fromEntries(
          LABOUR_DIMENSIONS.map((d, i) => [
            d,
            percentToBp(values[i] ?? 0, 'input.labourWeights', issues),
          ]),
        ) as LabourWeights;
        issues.push(...labourWeightIssues(labourWeights, 'input.labourWeights'));
      }
      if (issues.length > 0 || !startsOn.ok || !endsOn.ok) throw invalid(issues);
      return prisma.$transaction(async (tx) => {
        const competition = await tx.competition.create({
          data: {
            organizationId: organization.id,
            lineageIds: organization.lineageIds,
            name: input.name.trim(),
            kind: input.kind,
            competitionClass: input.competitionClass,
            trade: input.trade?.trim() || null,
            coOrganizers: (input.coOrganizers ?? []).map((name) => name.trim()),
            entryMode: labour ? 'TEAM' : input.entryMode,
            year: calendarDateParts(startsOn.value).year,
            startsOn: dateColumn(startsOn.value),
            endsOn: dateColumn(endsOn.value),
            description: input.description?.trim() || null,
            eligibility,
            awardScheme,
            trimFromJudges: trim,
            labourWeights: labourWeights ?? undefined,
            createdByStaffId: viewer.staffId,
            stages: {
              create: input.stages.map((stage, index) => ({
                position: index + 1,
                kind: stage.kind,
                name: stage.name.trim(),
                scheme: schemeJson(schemes[index] as MarkingScheme),
              })),
            },
          },
        });
        await writeAudit(tx, viewer, {
          action: 'competition.create',
          targetType: 'Competition',
          targetId: competition.id,
          organizationId: organization.id,
          lineageIds: organization.lineageIds,
          after: { name: competition.name, kind: competition.kind, stages: input.stages.length },
        });
        return tx.competition.findUniqueOrThrow({ ...query, where: { id: competition.id } });
      });
    },
  }),
);

builder.mutationField('publishCompetitionResults', (t) =>
  t.prismaField({
    type: 'Competition',
    description:
      '公布成绩: the final stage closed and no appeal pending. Freezes ranks and awards, and makes the promotion recommendations.',
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
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const viewer = requireStaff(context);
      const competition = await competitionToManage(viewer, args.id);
      const stages = await prisma.competitionStage.findMany({
        where: { competitionId: competition.id },
        orderBy: { position: 'asc' },
        select: { id: true, state: true, name: true },
      });
      const final = stages[stages.length - 1];
      if (!final) throw new NotFoundError('赛段');
      const labour = competition.kind === 'LABOUR_PROJECT';
      if (labour ? !stages.some((s) => s.state === 'CLOSED') : final.state !== 'CLOSED') {
        throw refused(
          fieldError(
            'id',
            'COMPETITION_FINAL_NOT_CLOSED',
            labour
              ? '尚无已闭赛的考核期，不能公布'
              : `「${final.name}」尚未闭赛，成绩未锁定，不能公布`,
          ),
        );
      }
      const pending = await prisma.competitionAppeal.count({
        where: { stage: { competitionId: competition.id }, state: 'PENDING' },
      });
      if (pending > 0) {
        throw refused(
          fieldError(
            'id',
            'COMPETITION_APPEALS_PENDING',
            `还有 ${pending} 件申诉待复核，复核后才能公布`,
          ),
        );
      }
      return prisma.$transaction(async (tx) => {
        const claimed = await tx.competition.updateMany({
          where: { id: competition.id, resultsPublishedAt: null },
          data: { resultsPublishedAt: new Date() },
        });
        if (claimed.count === 0) {
          throw refused(fieldError('id', 'COMPETITION_ALREADY_PUBLISHED', '成绩已经公布'));
        }
        const written = await writeResults(tx, competition, final.id);
        await writeAudit(tx, viewer, {
          action: 'competition.publish',
          targetType: 'Competition',
          targetId: competition.id,
          organizationId: competition.organizationId,
          lineageIds: competition.lineageIds,
          after: written,
        });
        return tx.competition.findUniqueOrThrow({ ...query, where: { id: competition.id } });
      });
    },
  }),
);

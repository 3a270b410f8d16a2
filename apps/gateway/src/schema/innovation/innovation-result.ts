import {
  availableConversionMoves,
  type CalendarDate,
  calendarDateParts,
  checkConversionMove,
  checkInnovationResult,
} from '@gonghui/domain';
import { organizationForAction, requireStaff } from '../../auth/access.js';
import { writeAudit } from '../../auth/audit.js';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import {
  ForbiddenError,
  NotFoundError,
  RuleViolationError,
  UnauthenticatedError,
  ValidationError,
} from '../../errors.js';
import { checkUuidCursors, encodeGlobalId, parseGlobalIdOf } from '../../global-id.js';
import { ruleViolation, validationFailure } from '../../honor/domain-records.js';
import { fenNumber, resultForAction, studioForAction } from '../../innovation/access.js';
import { resultWhere } from '../../innovation/filters.js';
import { calendarDateOf, dateColumn, today } from '../../shared-dates.js';
import { ConversionMoveEnum } from './conversion-move.js';
import { ConversionStateEnum } from './conversion-state.js';
import { CreateInnovationResultInput } from './create-result-input.js';
import { InnovationResultTypeEnum } from './innovation-result-type.js';
import { InnovationResultFilter } from './result-filter.js';

export const InnovationResultRef = builder.prismaObject('InnovationResult', {
  description: '职工创新成果: public.',
  fields: (t) => ({
    id: t.id({ resolve: (result) => encodeGlobalId('InnovationResult', result.id) }),
    title: t.exposeString('title'),
    type: t.expose('type', { type: InnovationResultTypeEnum }),
    patentNumber: t.exposeString('patentNumber', { nullable: true }),
    team: t.exposeStringList('team', { description: 'First completer first.' }),
    firstCompleter: t.string({ resolve: (result) => result.team[0] ?? '' }),
    year: t.exposeInt('year'),
    economicBenefitFen: t.field({
      type: 'Fen',
      description: 'Yearly economic benefit, in fen.',
      resolve: (result) => fenNumber(result.economicBenefitFen) ?? 0,
    }),
    awards: t.exposeStringList('awards'),
    summary: t.exposeString('summary', { nullable: true }),
    conversionState: t.expose('conversionState', { type: ConversionStateEnum }),
    conversionMovedOn: t.expose('conversionMovedOn', { type: 'Date', nullable: true }),
    returnsFen: t.field({
      type: 'Fen',
      nullable: true,
      description: 'Returns secured by the conversion, in fen.',
      resolve: (result) => fenNumber(result.returnsFen),
    }),
    availableMoves: t.field({
      type: [ConversionMoveEnum],
      description: 'The conversion moves the pipeline allows from here.',
      resolve: (result) => availableConversionMoves(result.conversionState),
    }),
    organizationId: t.id({
      resolve: (result) => encodeGlobalId('Organization', result.organizationId),
    }),
    studio: t.relation('studio', { nullable: true }),
    steps: t.relation('steps', {
      description: 'The conversion history, oldest first.',
      query: { orderBy: [{ movedOn: 'asc' }, { createdAt: 'asc' }] },
    }),
  }),
});

builder.queryFields((t) => ({
  innovationResults: t.prismaConnection({
    type: 'InnovationResult',
    cursor: 'id',
    description: '创新成果展示: public, newest year first.',
    errors: { types: [ValidationError] },
    args: { filter: t.arg({ type: InnovationResultFilter, required: false }) },
    totalCount: (_root, args) => prisma.innovationResult.count({ where: resultWhere(args.filter) }),
    resolve: (query, _root, args) => {
      checkUuidCursors(args);
      return prisma.innovationResult.findMany({
        ...query,
        where: resultWhere(args.filter),
        orderBy: [{ year: 'desc' }, { economicBenefitFen: 'desc' }, { id: 'asc' }],
      });
    },
  }),
  innovationResult: t.prismaField({
    type: 'InnovationResult',
    nullable: true,
    errors: { types: [ValidationError], directResult: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args) =>
      prisma.innovationResult.findUnique({
        ...query,
        where: { id: parseGlobalIdOf('InnovationResult', args.id) },
      }),
  }),
}));

const errors = {
  types: [ValidationError, RuleViolationError, ForbiddenError, NotFoundError, UnauthenticatedError],
  directResult: true as const,
};

builder.mutationFields((t) => ({
  createInnovationResult: t.prismaField({
    type: 'InnovationResult',
    description: '登记创新成果 (innovation.manage at the registering union or the studio’s).',
    errors,
    args: { input: t.arg({ type: CreateInnovationResultInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const viewer = requireStaff(context);
      let owner: { id: string; lineageIds: string[] };
      let studioId: string | null = null;
      if (input.studioId) {
        const studio = await studioForAction(
          viewer,
          'innovation.manage',
          input.studioId,
          'input.studioId',
        );
        owner = { id: studio.organizationId, lineageIds: studio.lineageIds };
        studioId = studio.id;
      } else if (input.organizationId) {
        owner = await organizationForAction(
          viewer,
          'innovation.manage',
          input.organizationId,
          'input.organizationId',
        );
      } else {
        throw ValidationError.of(
          'input.organizationId',
          'INNOVATION_RESULT_OWNER',
          '请选择登记单位或工作室',
        );
      }
      const checked = checkInnovationResult(
        {
          title: input.title,
          type: input.type,
          patentNumber: input.patentNumber ?? null,
          team: input.team,
          economicBenefitFen: input.economicBenefitFen,
          year: input.year,
        },
        calendarDateParts(today()).year,
      );
      if (!checked.ok) {
        throw validationFailure(
          checked.error.map((issue) => ({ ...issue, field: `input.${issue.field}` })),
        );
      }
      const draft = checked.value;
      return prisma.$transaction(async (tx) => {
        const result = await tx.innovationResult.create({
          data: {
            organizationId: owner.id,
            lineageIds: owner.lineageIds,
            studioId,
            title: draft.title,
            type: draft.type,
            patentNumber: draft.patentNumber,
            team: [...draft.team],
            year: draft.year,
            economicBenefitFen: BigInt(draft.economicBenefitFen),
            awards: (input.awards ?? [])
              .map((award) => award.trim())
              .filter((award) => award !== ''),
            summary: input.summary?.trim() || null,
            createdByStaffId: viewer.staffId,
          },
        });
        await writeAudit(tx, viewer, {
          action: 'innovation.result.create',
          targetType: 'InnovationResult',
          targetId: result.id,
          organizationId: owner.id,
          lineageIds: owner.lineageIds,
          after: {
            title: result.title,
            type: result.type,
            economicBenefitFen: draft.economicBenefitFen,
          },
        });
        return tx.innovationResult.findUniqueOrThrow({ ...query, where: { id: result.id } });
      });
    },
  }),
  moveInnovationResult: t.prismaField({
    type: 'InnovationResult',
    description:
      '成果转化: one move of the pipeline, checked by the domain (innovation.manage). ABANDON needs a note; SECURE_RETURNS the returns in fen.',
    errors,
    args: {
      resultId: t.arg.id({ required: true }),
      move: t.arg({ type: ConversionMoveEnum, required: true }),
      movedOn: t.arg({ type: 'Date', required: false, description: 'Default today.' }),
      note: t.arg.string({ required: false }),
      returnsFen: t.arg({ type: 'Fen', required: false }),
    },
    resolve: async (query, _root, args, context) => {
      const viewer = requireStaff(context);
      if (args.note && args.note.length > 500) {
        throw ValidationError.of('note', 'INNOVATION_REASON_TOO_LONG', '说明最多 500 个字');
      }
      const result = await resultForAction(viewer, 'innovation.manage', args.resultId, 'resultId');
      const now = today();
      const movedOn = (args.movedOn ?? now) as CalendarDate;
      const checked = checkConversionMove(
        {
          state: result.conversionState,
          lastMovedOn: result.conversionMovedOn ? calendarDateOf(result.conversionMovedOn) : null,
        },
        {
          move: args.move,
          on: movedOn,
          note: args.note ?? '',
          returnsFen: args.returnsFen ?? null,
        },
        now,
      );
      if (!checked.ok) throw ruleViolation(checked.error, { on: 'movedOn' });
      const step = checked.value;
      return prisma.$transaction(async (tx) => {
        const updated = await tx.innovationResult.updateMany({
          where: { id: result.id, conversionState: result.conversionState },
          data: {
            conversionState: step.to,
            conversionMovedOn: dateColumn(step.on),
            ...(step.returnsFen === null ? {} : { returnsFen: BigInt(step.returnsFen) }),
          },
        });
        if (updated.count !== 1) {
          throw new RuleViolationError(
            'INNOVATION_RESULT_CHANGED',
            '该成果刚被他人办理，请刷新后重试',
          );
        }
        await tx.innovationConversionStep.create({
          data: {
            resultId: result.id,
            move: step.move,
            fromState: step.from,
            toState: step.to,
            movedOn: dateColumn(step.on),
            note: step.note,
            returnsFen: step.returnsFen === null ? null : BigInt(step.returnsFen),
            staffId: viewer.staffId,
          },
        });
        await writeAudit(tx, viewer, {
          action: 'innovation.result.move',
          targetType: 'InnovationResult',
          targetId: result.id,
          organizationId: result.organizationId,
          lineageIds: result.lineageIds,
          before: { state: step.from },
          after: { state: step.to, on: step.on, returnsFen: step.returnsFen },
          ...(step.note ? { reason: step.note } : {}),
        });
        return tx.innovationResult.findUniqueOrThrow({ ...query, where: { id: result.id } });
      });
    },
  }),
}));

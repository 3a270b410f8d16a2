import {
  type CalendarDate,
  checkEvaluationYear,
  checkStarMeasures,
  compareDates,
  computeStarRating,
  STAR_RATING_RULES,
  starRatingChange,
} from '@gonghui/domain';
import { requireStaff } from '../../auth/access.js';
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
import { ruleViolation, validationFailure } from '../../honor/domain-records.js';
import { studioForAction, unlessTaken } from '../../innovation/access.js';
import { innovationConfigFor } from '../../innovation/config-records.js';
import { calendarDateOf, dateColumn, today } from '../../shared-dates.js';
import { StudioEvaluationInput } from './evaluation-input.js';
import { MEASURE_FIELDS, measuresOf } from './star-measures-input.js';

builder.mutationField('recordStudioEvaluation', (t) =>
  t.prismaField({
    type: 'InnovationStudioRating',
    description:
      '星级评定: records a year’s measures and the stars the domain computes from them (innovation.review). A year is evaluated once and never overwritten; the studio’s stars follow its latest evaluated year.',
    errors: {
      types: [
        ValidationError,
        RuleViolationError,
        ForbiddenError,
        NotFoundError,
        UnauthenticatedError,
      ],
      directResult: true,
    },
    args: {
      studioId: t.arg.id({ required: true }),
      input: t.arg({ type: StudioEvaluationInput, required: true }),
    },
    resolve: async (query, _root, { studioId, input }, context) => {
      const viewer = requireStaff(context);
      const studio = await studioForAction(viewer, 'innovation.review', studioId, 'studioId');
      const now = today();
      const evaluatedOn = (input.evaluatedOn ?? now) as CalendarDate;
      if (compareDates(evaluatedOn, now) > 0) {
        throw ValidationError.of(
          'input.evaluatedOn',
          'INNOVATION_DATE_IN_FUTURE',
          '日期不能晚于今天',
        );
      }
      // The configuration in force for the studio's region on the evaluation date; its version
      // is recorded with the rating, so a later edit never changes this evaluation.
      const config = await innovationConfigFor(studio.regionCode, evaluatedOn);
      const measures = checkStarMeasures(measuresOf(input.measures), config.rubric);
      if (!measures.ok) {
        const fields = Object.fromEntries(
          Object.entries(MEASURE_FIELDS).map(([key, field]) => [key, `input.${field}`]),
        );
        throw validationFailure(measures.error, fields);
      }
      const ratings = await prisma.innovationStudioRating.findMany({
        where: { studioId: studio.id },
        select: { year: true, stars: true },
        orderBy: { year: 'desc' },
      });
      const year = checkEvaluationYear({
        year: input.year,
        foundedOn: calendarDateOf(studio.foundedOn),
        status: studio.status,
        evaluatedYears: ratings.map((rating) => rating.year),
        today: now,
      });
      if (!year.ok) throw ruleViolation(year.error, { year: 'input.year' });
      const rating = computeStarRating(measures.value, config.rubric);
      const previous = ratings.find((row) => row.year < input.year) ?? null;
      const latest = ratings[0];
      const isLatest = latest === undefined || input.year > latest.year;
      const change = starRatingChange(previous?.stars ?? null, rating.stars);
      return unlessTaken(
        () =>
          prisma.$transaction(async (tx) => {
            const row = await tx.innovationStudioRating.create({
              data: {
                studioId: studio.id,
                year: input.year,
                evaluatedOn: dateColumn(evaluatedOn),
                measures: measures.value,
                breakdown: rating.breakdown.map((line) => ({ ...line })),
                scoreHundredths: rating.scoreHundredths,
                stars: rating.stars,
                previousStars: previous?.stars ?? null,
                change,
                explanation: rating.explanation,
                configVersion: config.version,
                evaluatedByStaffId: viewer.staffId,
              },
            });
            if (isLatest) {
              await tx.innovationStudio.update({
                where: { id: studio.id },
                data: { stars: rating.stars },
              });
            }
            await writeAudit(tx, viewer, {
              action: 'innovation.studio.evaluate',
              targetType: 'InnovationStudio',
              targetId: studio.id,
              organizationId: studio.organizationId,
              lineageIds: studio.lineageIds,
              before: { stars: studio.stars },
              after: {
                year: input.year,
                stars: rating.stars,
                score: rating.scoreHundredths,
                change,
                configVersion: config.version,
              },
            });
            return tx.innovationStudioRating.findUniqueOrThrow({ ...query, where: { id: row.id } });
          }),
        () =>
          new RuleViolationError(
            STAR_RATING_RULES.YEAR_EVALUATED,
            `${input.year} 年度已评定，评定结果不能覆盖`,
          ),
      );
    },
  }),
);

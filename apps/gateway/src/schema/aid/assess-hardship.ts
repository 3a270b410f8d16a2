import {
  type CalendarDate,
  type HardshipClassification,
  parseAdministrativeDivisionCode,
} from '@gonghui/domain';
import { classifyOrRefuse } from '../../aid/hardship-records.js';
import { rulesInForce } from '../../aid/rule-set-records.js';
import { organizationForAction, requireStaff } from '../../auth/access.js';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import {
  ForbiddenError,
  NotFoundError,
  RuleViolationError,
  UnauthenticatedError,
  ValidationError,
} from '../../errors.js';
import { today } from '../../shared-dates.js';
import { AssessHardshipInput } from './assess-hardship-input.js';
import { householdFactsOf } from './assess-household-facts-input.js';
import { HardshipThresholdsRef } from './assess-thresholds.js';
import { HardshipCategoryEnum } from './hardship-category.js';
import { HardshipExclusionEnum } from './hardship-exclusion.js';

export const HardshipAssessmentRef = builder
  .objectRef<HardshipClassification>('HardshipAssessment')
  .implement({
    description:
      '困难认定结果: the category, the figures and thresholds used, the reasons in plain Chinese and the rule version. Amounts in fen; per-capita figures are monthly.',
    fields: (t) => ({
      category: t.field({ type: HardshipCategoryEnum, resolve: (a) => a.category }),
      categoryLabel: t.exposeString('categoryLabel'),
      householdSize: t.int({ resolve: (a) => a.size }),
      annualIncomeFen: t.field({ type: 'Fen', resolve: (a) => a.annualIncome }),
      deductibleExpenditureFen: t.field({ type: 'Fen', resolve: (a) => a.deductibleExpenditure }),
      nonDeductibleExpenditureFen: t.field({
        type: 'Fen',
        resolve: (a) => a.nonDeductibleExpenditure,
      }),
      annualNetIncomeFen: t.field({ type: 'Fen', resolve: (a) => a.annualNetIncome }),
      perCapitaMonthlyIncomeFen: t.field({ type: 'Fen', resolve: (a) => a.perCapitaMonthlyIncome }),
      perCapitaMonthlyNetIncomeFen: t.field({
        type: 'Fen',
        description: '家庭人均纯收入 (rounded down to the fen).',
        resolve: (a) => a.perCapitaMonthlyNetIncome,
      }),
      perCapitaMonthlyIncomeAfterAccidentFen: t.field({
        type: 'Fen',
        nullable: true,
        resolve: (a) => a.perCapitaMonthlyIncomeAfterAccident,
      }),
      thresholds: t.field({ type: HardshipThresholdsRef, resolve: (a) => a.thresholds }),
      exclusions: t.field({ type: [HardshipExclusionEnum], resolve: (a) => [...a.exclusions] }),
      reasons: t.stringList({ resolve: (a) => [...a.reasons] }),
      ruleVersion: t.exposeString('ruleVersion', {
        description: 'e.g. "000000 v1 / 370200 v2": the rule sets used, national default first.',
      }),
      date: t.field({ type: 'Date', resolve: (a) => a.date }),
    }),
  });

builder.queryField('assessHardship', (t) =>
  t.field({
    type: HardshipAssessmentRef,
    description:
      '困难认定试算: classifies the given household under the rules in force for the region and date. Nothing is stored.',
    authScopes: { permission: 'aid.read' },
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
    args: { input: t.arg({ type: AssessHardshipInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const viewer = requireStaff(context);
      let regionCode: string;
      if (input.organizationId) {
        const organization = await organizationForAction(
          viewer,
          'aid.read',
          input.organizationId,
          'input.organizationId',
        );
        const row = await prisma.organization.findUniqueOrThrow({
          where: { id: organization.id },
          select: { regionCode: true },
        });
        regionCode = row.regionCode;
      } else if (input.regionCode) {
        const parsed = parseAdministrativeDivisionCode(input.regionCode, 'input.regionCode');
        if (!parsed.ok) {
          throw ValidationError.of('input.regionCode', parsed.error.rule, parsed.error.message);
        }
        regionCode = parsed.value.code;
      } else {
        throw ValidationError.of(
          'input.organizationId',
          'AID_ASSESS_REGION_REQUIRED',
          '请选择工会或填写行政区划代码',
        );
      }
      const date = (input.date as CalendarDate | null | undefined) ?? today();
      const rules = await rulesInForce(prisma, regionCode, date);
      return classifyOrRefuse(householdFactsOf(input.household), rules, 'input.household');
    },
  }),
);

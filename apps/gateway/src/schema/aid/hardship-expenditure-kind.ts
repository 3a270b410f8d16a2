import { EXPENDITURE_KIND_LABELS, EXPENDITURE_KINDS, type ExpenditureKind } from '@gonghui/domain';
import { builder } from '../../builder.js';

export const HouseholdExpenditureKindEnum = builder.enumType('HouseholdExpenditureKind', {
  description:
    '家庭支出类别; which ones are deductible rigid expenditure (刚性支出) is a rule-set parameter.',
  values: Object.fromEntries(
    EXPENDITURE_KINDS.map((code) => [code, { description: EXPENDITURE_KIND_LABELS[code] }]),
  ) as Record<ExpenditureKind, { description: string }>,
});

import { INCOME_KIND_LABELS, INCOME_KINDS, type IncomeKind } from '@gonghui/domain';
import { builder } from '../../builder.js';

export const HouseholdIncomeKindEnum = builder.enumType('HouseholdIncomeKind', {
  description: '家庭收入类别.',
  values: Object.fromEntries(
    INCOME_KINDS.map((code) => [code, { description: INCOME_KIND_LABELS[code] }]),
  ) as Record<IncomeKind, { description: string }>,
});

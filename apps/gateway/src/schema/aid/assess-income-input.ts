import { builder } from '../../builder.js';
import { HouseholdIncomeKindEnum } from './hardship-income-kind.js';

export const HouseholdIncomeInput = builder.inputType('HouseholdIncomeInput', {
  description: 'One income of the household over the last 12 months.',
  fields: (t) => ({
    kind: t.field({ type: HouseholdIncomeKindEnum, required: true }),
    annualAmountFen: t.field({
      type: 'Fen',
      required: true,
      description: 'Integer fen over 12 months.',
    }),
  }),
});

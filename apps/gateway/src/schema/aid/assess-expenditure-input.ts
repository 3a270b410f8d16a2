import { builder } from '../../builder.js';
import { HouseholdExpenditureKindEnum } from './hardship-expenditure-kind.js';

export const HouseholdExpenditureInput = builder.inputType('HouseholdExpenditureInput', {
  description: 'One expenditure of the household over the last 12 months.',
  fields: (t) => ({
    kind: t.field({ type: HouseholdExpenditureKindEnum, required: true }),
    annualAmountFen: t.field({
      type: 'Fen',
      required: true,
      description: 'Integer fen over 12 months.',
    }),
  }),
});

import type { CalendarDate, Fen, HouseholdFacts } from '@gonghui/domain';
import { builder } from '../../builder.js';
import { HouseholdAccidentInput } from './assess-accident-input.js';
import { HouseholdExpenditureInput } from './assess-expenditure-input.js';
import { HouseholdIncomeInput } from './assess-income-input.js';
import { MigrantWorkerInput } from './assess-migrant-worker-input.js';

export const HouseholdFactsInput = builder.inputType('HouseholdFactsInput', {
  description: 'What hardship classification needs to know about a household (amounts in fen).',
  fields: (t) => ({
    size: t.int({ required: true, description: '家庭人口.' }),
    incomes: t.field({ type: [HouseholdIncomeInput], required: true }),
    expenditures: t.field({ type: [HouseholdExpenditureInput], required: true }),
    homesOwned: t.int({ required: true, description: '住房套数.' }),
    ownsBusiness: t.boolean({ required: false, defaultValue: false }),
    employsOthers: t.boolean({ required: false, defaultValue: false }),
    childAtHighFeePrivateSchool: t.boolean({ required: false, defaultValue: false }),
    childSelfFundedStudyAbroad: t.boolean({ required: false, defaultValue: false }),
    ownsNonEssentialVehicle: t.boolean({ required: false, defaultValue: false }),
    accident: t.field({ type: HouseholdAccidentInput, required: false }),
    migrantWorker: t.field({ type: MigrantWorkerInput, required: false }),
  }),
});

type FactsInput = typeof HouseholdFactsInput.$inferInput;

/** The input as the domain's HouseholdFacts. */
export function householdFactsOf(input: FactsInput): HouseholdFacts {
  return {
    size: input.size,
    incomes: input.incomes.map((income) => ({
      kind: income.kind,
      annualAmount: income.annualAmountFen as Fen,
    })),
    expenditures: input.expenditures.map((expenditure) => ({
      kind: expenditure.kind,
      annualAmount: expenditure.annualAmountFen as Fen,
    })),
    homesOwned: input.homesOwned,
    ownsBusiness: input.ownsBusiness ?? false,
    employsOthers: input.employsOthers ?? false,
    childAtHighFeePrivateSchool: input.childAtHighFeePrivateSchool ?? false,
    childSelfFundedStudyAbroad: input.childSelfFundedStudyAbroad ?? false,
    ownsNonEssentialVehicle: input.ownsNonEssentialVehicle ?? false,
    accident: input.accident
      ? {
          date: input.accident.date as CalendarDate,
          description: input.accident.description,
          costs: input.accident.costsFen as Fen,
          compensation: input.accident.compensationFen as Fen,
        }
      : null,
    migrantWorker: input.migrantWorker
      ? {
          labourRelationMonths: input.migrantWorker.labourRelationMonths,
          membershipMonths: input.migrantWorker.membershipMonths,
        }
      : null,
  };
}

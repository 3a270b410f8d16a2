import { builder } from '../../builder.js';

export const AidRuleSetInput = builder.inputType('AidRuleSetInput', {
  description:
    'A new version of a region’s hardship rules. Parameters left out are inherited from the region above (the national default must be complete).',
  fields: (t) => ({
    regionCode: t.string({
      required: true,
      description: 'A six-digit division code, or 000000 for the national default.',
    }),
    regionName: t.string({ required: true }),
    effectiveFrom: t.field({ type: 'Date', required: true }),
    effectiveTo: t.field({ type: 'Date', required: false, description: 'Inclusive; none = open.' }),
    parameters: t.field({
      type: 'JSON',
      required: true,
      description:
        'The domain’s PartialHardshipParameters: minimumLivingStandard (fen a month per person), relativeLinePercent, accidentIncomeLinePercent, accidentWindowMonths, deductibleExpenditureKinds, exclusions, migrantWorker, programs.',
    }),
    source: t.string({ required: false, description: 'Where the figures come from.' }),
    changeNote: t.string({ required: false, description: 'What this version changes.' }),
  }),
});

import { builder } from '../../builder.js';

export const HouseholdAccidentInput = builder.inputType('HouseholdAccidentInput', {
  description: '突发事件、意外事故、重大疾病或自然灾害, and what it cost the household.',
  fields: (t) => ({
    date: t.field({ type: 'Date', required: true }),
    description: t.string({ required: true }),
    costsFen: t.field({ type: 'Fen', required: true }),
    compensationFen: t.field({
      type: 'Fen',
      required: true,
      description: 'Compensation, insurance and social assistance received for it.',
    }),
  }),
});

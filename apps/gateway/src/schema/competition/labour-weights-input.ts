import { builder } from '../../builder.js';

export const LabourWeightsInput = builder.inputType('LabourWeightsInput', {
  description: 'Weights of the six dimensions, in percent, summing to 100.',
  fields: (t) => ({
    quality: t.float({ required: true }),
    safety: t.float({ required: true }),
    progress: t.float({ required: true }),
    innovation: t.float({ required: true }),
    civility: t.float({ required: true }),
    management: t.float({ required: true }),
  }),
});

import { builder } from '../../builder.js';

export const LabourScoresInput = builder.inputType('LabourScoresInput', {
  description: 'One unit’s six dimension scores for one period, each 0–100 (two decimals).',
  fields: (t) => ({
    stageId: t.id({ required: true }),
    entryId: t.id({ required: true }),
    quality: t.float({ required: true }),
    safety: t.float({ required: true }),
    progress: t.float({ required: true }),
    innovation: t.float({ required: true }),
    civility: t.float({ required: true }),
    management: t.float({ required: true }),
  }),
});

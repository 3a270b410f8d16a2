import { builder } from '../../builder.js';

export const MigrantWorkerInput = builder.inputType('MigrantWorkerInput', {
  description: '农民工: months of labour relation and of union membership.',
  fields: (t) => ({
    labourRelationMonths: t.int({ required: true }),
    membershipMonths: t.int({
      required: true,
      description: 'For a stored file, replaced by the months since the member joined.',
    }),
  }),
});

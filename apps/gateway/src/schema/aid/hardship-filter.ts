import { builder } from '../../builder.js';
import { searchTextRule } from '../shared/validators.js';
import { HardshipCategoryEnum } from './hardship-category.js';
import { HardshipFileStateEnum } from './hardship-file-state.js';

export const HardshipFileFilter = builder.inputType('HardshipFileFilter', {
  fields: (t) => ({
    organizationId: t.id({
      required: false,
      description: 'Only files within this union’s subtree.',
    }),
    state: t.field({ type: HardshipFileStateEnum, required: false }),
    category: t.field({ type: [HardshipCategoryEnum], required: false }),
    reviewDue: t.boolean({
      required: false,
      description: 'Only active files whose yearly review is due (today or earlier).',
    }),
    isModelWorker: t.boolean({ required: false, description: '困难劳模 households.' }),
    exitedFrom: t.field({
      type: 'Date',
      required: false,
      description: 'Only files helped out of hardship (解困脱困) on or after this date.',
    }),
    exitedTo: t.field({
      type: 'Date',
      required: false,
      description: 'Only files helped out of hardship on or before this date.',
    }),
    search: t.string({
      required: false,
      description: 'Part of the worker’s name.',
      validate: searchTextRule,
    }),
  }),
});

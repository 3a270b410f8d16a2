import { z } from 'zod';
import { builder } from '../../builder.js';
import { regionCodeRule, searchTextRule } from '../shared/validators.js';
import { StudioLevelEnum } from './studio-level.js';
import { StudioStatusEnum } from './studio-status.js';

export const StudioFilter = builder.inputType('StudioFilter', {
  description: 'Filters of the studio directory; all optional, combined with AND.',
  fields: (t) => ({
    level: t.field({ type: StudioLevelEnum, required: false }),
    stars: t.int({
      required: false,
      description: 'The latest rating.',
      validate: z
        .number()
        .int()
        .min(1, 'INNOVATION_STARS_RANGE|星级应在 1–5 之间')
        .max(5, 'INNOVATION_STARS_RANGE|星级应在 1–5 之间'),
    }),
    industryChain: t.string({ required: false, validate: searchTextRule }),
    regionCode: t.string({
      required: false,
      description: 'A GB/T 2260 code; a city code matches its districts.',
      validate: regionCodeRule('filter.regionCode'),
    }),
    search: t.string({
      required: false,
      description: 'Part of the studio’s, the lead’s or the host employer’s name.',
      validate: searchTextRule,
    }),
    status: t.field({
      type: StudioStatusEnum,
      required: false,
      description: 'Default: every studio that is not de-listed (see includeDelisted).',
    }),
    includeDelisted: t.boolean({
      required: false,
      description: 'Without a status: every studio, de-listed ones too (a founding count does).',
    }),
    foundedFrom: t.field({ type: 'Date', required: false, description: 'Founded on or after.' }),
    foundedTo: t.field({
      type: 'Date',
      required: false,
      description:
        'Founded on or before; before foundedFrom is refused (FILTER_RANGE_END_BEFORE_START).',
    }),
    organizationId: t.id({ required: false, description: 'Only studios of this union’s subtree.' }),
  }),
});

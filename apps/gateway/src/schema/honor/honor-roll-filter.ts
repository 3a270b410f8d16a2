import { z } from 'zod';
import { builder } from '../../builder.js';
import { regionCodeRule, searchTextRule } from '../shared/validators.js';
import { HonorLevelEnum } from './honor-level.js';

export const HonorRollFilter = builder.inputType('HonorRollFilter', {
  description: 'Filters of the public honor roll; all optional, combined with AND.',
  fields: (t) => ({
    level: t.field({ type: HonorLevelEnum, required: false }),
    titleCode: t.string({
      required: false,
      description: 'A code of `honorTitles`.',
      validate: z.string().max(60, 'HONOR_TITLE_CODE_TOO_LONG|称号代码过长'),
    }),
    year: t.int({
      required: false,
      validate: z
        .number()
        .int()
        .min(1950, 'HONOR_YEAR_RANGE|年份应在 1950–2100 之间')
        .max(2100, 'HONOR_YEAR_RANGE|年份应在 1950–2100 之间'),
    }),
    regionCode: t.string({
      required: false,
      description: 'A GB/T 2260 code; a province or city code matches every division within it.',
      validate: regionCodeRule('filter.regionCode'),
    }),
    industry: t.string({ required: false, validate: searchTextRule }),
    search: t.string({
      required: false,
      description: 'Part of the name, the employer or the title.',
      validate: searchTextRule,
    }),
  }),
});

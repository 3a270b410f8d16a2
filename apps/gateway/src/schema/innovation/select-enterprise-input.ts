import { z } from 'zod';
import { builder } from '../../builder.js';

export const SelectEnterpriseInput = builder.inputType('SelectEnterpriseInput', {
  fields: (t) => ({
    organizationId: t.id({
      required: true,
      description: 'The selecting city or county federation.',
    }),
    year: t.int({
      required: true,
      validate: z
        .number()
        .int()
        .min(1950, 'INNOVATION_YEAR_RANGE|年份应在 1950–2100 之间')
        .max(2100, 'INNOVATION_YEAR_RANGE|年份应在 1950–2100 之间'),
    }),
    enterpriseName: t.string({
      required: true,
      validate: z.string().max(100, 'INNOVATION_ENTERPRISE_NAME|企业名称最多 100 个字'),
    }),
    selectedOn: t.field({ type: 'Date', required: false, description: 'Default today.' }),
  }),
});

import { z } from 'zod';
import { builder } from '../../builder.js';
import { QuotaBaseEnum } from './quota-base.js';
import { QuotaComparatorEnum } from './quota-comparator.js';

export const QuotaRuleInput = builder.inputType('QuotaRuleInput', {
  description: 'One quota; checked as a whole list by the domain’s checkSlateQuotaRules.',
  fields: (t) => ({
    category: t.string({
      required: true,
      validate: z.string().max(40, 'SLATE_QUOTA_CATEGORY_TOO_LONG|类别代码最多 40 个字符'),
    }),
    comparator: t.field({ type: QuotaComparatorEnum, required: true }),
    shareBasisPoints: t.int({ required: true, description: '3500 = 35 %; 0–10000.' }),
    base: t.field({ type: QuotaBaseEnum, required: true }),
    label: t.string({
      required: false,
      validate: z.string().max(40, 'SLATE_QUOTA_LABEL_TOO_LONG|类别名称最多 40 个字'),
    }),
  }),
});

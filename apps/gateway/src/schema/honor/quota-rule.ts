import { isSlateCategory, SLATE_CATEGORY_LABELS, type SlateQuotaRule } from '@gonghui/domain';
import { builder } from '../../builder.js';
import { QuotaBaseEnum } from './quota-base.js';
import { QuotaComparatorEnum } from './quota-comparator.js';

export const QuotaRuleRef = builder.objectRef<SlateQuotaRule>('QuotaRule').implement({
  description: '推荐人选比例要求: one composition quota of a campaign’s slates.',
  fields: (t) => ({
    category: t.exposeString('category', {
      description: 'A category code (e.g. MIGRANT_WORKER) or the campaign’s own.',
    }),
    label: t.string({
      description: 'The category’s Chinese name.',
      resolve: (rule) =>
        rule.label?.trim() ||
        (isSlateCategory(rule.category) ? SLATE_CATEGORY_LABELS[rule.category] : rule.category),
    }),
    comparator: t.field({ type: QuotaComparatorEnum, resolve: (rule) => rule.comparator }),
    shareBasisPoints: t.exposeInt('shareBasisPoints', { description: '3500 = 35 %.' }),
    base: t.field({ type: QuotaBaseEnum, resolve: (rule) => rule.base }),
  }),
});

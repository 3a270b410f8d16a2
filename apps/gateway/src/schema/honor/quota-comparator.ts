import { builder } from '../../builder.js';

export const QuotaComparatorEnum = builder.enumType('QuotaComparator', {
  description: 'AT_LEAST 不低于, AT_MOST 不超过.',
  values: {
    AT_LEAST: { description: '不低于' },
    AT_MOST: { description: '不超过' },
  },
});

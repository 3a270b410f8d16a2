import { SLATE_QUOTA_BASES } from '@gonghui/domain';
import { builder } from '../../builder.js';

export const QuotaBaseEnum = builder.enumType('QuotaBase', {
  description:
    'Which nominees a quota is a share of: all, or only persons (奖章), collectives (先锋号) or organisations (奖状).',
  values: SLATE_QUOTA_BASES,
});

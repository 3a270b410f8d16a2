import type { EnterpriseQuotaStatus } from '@gonghui/domain';
import { builder } from '../../builder.js';

export const EnterpriseQuotaRef = builder
  .objectRef<EnterpriseQuotaStatus>('EnterpriseQuota')
  .implement({
    description: '全员创新企业名额: a selecting union’s quota for one year and how it stands.',
    fields: (t) => ({
      quota: t.exposeInt('quota'),
      selected: t.exposeInt('selected'),
      remaining: t.exposeInt('remaining'),
      over: t.exposeInt('over', { description: 'How many over the quota (0 when within).' }),
      explanation: t.exposeString('explanation'),
    }),
  });

import { z } from 'zod';
import { builder } from '../../builder.js';
import { QuotaRuleInput } from './quota-rule-input.js';

export const CreateCampaignInput = builder.inputType('CreateCampaignInput', {
  fields: (t) => ({
    organizationId: t.id({ required: true, description: 'The organising union.' }),
    name: t.string({
      required: true,
      description: 'e.g. 2026年青岛市五一劳动奖章推荐评选.',
      validate: z
        .string()
        .trim()
        .min(1, 'HONOR_CAMPAIGN_NAME_EMPTY|请填写评选活动名称')
        .max(100, 'HONOR_CAMPAIGN_NAME_TOO_LONG|活动名称最多 100 个字'),
    }),
    titleCode: t.string({
      required: true,
      description: 'A code of `honorTitles`.',
      validate: z.string().max(60, 'HONOR_TITLE_CODE_TOO_LONG|称号代码过长'),
    }),
    year: t.int({
      required: true,
      validate: z
        .number()
        .int()
        .min(1950, 'HONOR_YEAR_RANGE|年份应在 1950–2100 之间')
        .max(2100, 'HONOR_YEAR_RANGE|年份应在 1950–2100 之间'),
    }),
    quotaRules: t.field({
      type: [QuotaRuleInput],
      required: true,
      validate: z.array(z.unknown()).max(50, 'SLATE_QUOTA_TOO_MANY|比例要求最多 50 条'),
    }),
    nominationDeadline: t.field({ type: 'Date', required: true, description: '推荐截止日期.' }),
    noticeWorkingDays: t.int({
      required: false,
      description: 'Public notice length in working days (5–7, default 5).',
    }),
  }),
});

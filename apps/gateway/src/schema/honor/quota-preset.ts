import {
  NATIONAL_MAY_DAY_2024_QUOTAS,
  type SlateQuotaRule,
  XIAMEN_MAY_DAY_MEDAL_QUOTAS,
} from '@gonghui/domain';
import { builder } from '../../builder.js';
import { QuotaRuleRef } from './quota-rule.js';

interface QuotaPreset {
  code: string;
  name: string;
  rules: readonly SlateQuotaRule[];
}

const presets: readonly QuotaPreset[] = [
  {
    code: 'NATIONAL_MAY_DAY_2024',
    name: '2024年全国五一劳动奖（全总通知）',
    rules: NATIONAL_MAY_DAY_2024_QUOTAS,
  },
  { code: 'XIAMEN_MAY_DAY_MEDAL', name: '厦门市五一劳动奖章', rules: XIAMEN_MAY_DAY_MEDAL_QUOTAS },
];

const QuotaPresetRef = builder.objectRef<QuotaPreset>('QuotaPreset').implement({
  description: 'A real set of quotas a campaign can start from.',
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    rules: t.field({ type: [QuotaRuleRef], resolve: (preset) => preset.rules }),
  }),
});

builder.queryField('honorQuotaPresets', (t) =>
  t.field({
    type: [QuotaPresetRef],
    description: 'The domain’s real quota sets (2024 national May Day, Xiamen May Day medal).',
    authScopes: { permission: 'honor.read' },
    resolve: () => presets,
  }),
);

import type { ResolvedHardshipRules, RuleSetSource } from '@gonghui/domain';
import { builder } from '../../builder.js';

const AidRuleSetSourceRef = builder.objectRef<RuleSetSource>('AidRuleSetSource').implement({
  description: 'One rule set a resolved rule set draws on.',
  fields: (t) => ({
    regionCode: t.exposeString('regionCode'),
    regionName: t.exposeString('regionName'),
    version: t.exposeInt('version'),
  }),
});

export const AidRulesInForceRef = builder
  .objectRef<ResolvedHardshipRules>('AidRulesInForce')
  .implement({
    description:
      'The hardship rules in force for a region on a date: the national default overlaid with each region’s parameters down to the region itself.',
    fields: (t) => ({
      regionCode: t.exposeString('regionCode'),
      date: t.field({ type: 'Date', resolve: (rules) => rules.date }),
      version: t.exposeString('version', { description: 'e.g. "000000 v1 / 370200 v2".' }),
      sources: t.field({ type: [AidRuleSetSourceRef], resolve: (rules) => [...rules.sources] }),
      minimumLivingStandardFen: t.field({
        type: 'Fen',
        resolve: (rules) => rules.minimumLivingStandard,
      }),
      relativeLinePercent: t.exposeInt('relativeLinePercent'),
      accidentIncomeLinePercent: t.exposeInt('accidentIncomeLinePercent'),
      accidentWindowMonths: t.exposeInt('accidentWindowMonths'),
      parameters: t.field({
        type: 'JSON',
        description: 'Every parameter, resolved (the domain’s HardshipParameters).',
        resolve: ({ regionCode: _r, date: _d, sources: _s, version: _v, ...parameters }) =>
          parameters,
      }),
    }),
  });

import { builder } from '../../builder.js';

export const FigureBasisEnum = builder.enumType('FigureBasis', {
  description: 'Whether a report figure describes the period or the state today.',
  values: {
    PERIOD: { description: '报告期内 (compared with the previous period).' },
    TODAY: { description: '截至今日, from the maintained counters (no comparison).' },
  },
});

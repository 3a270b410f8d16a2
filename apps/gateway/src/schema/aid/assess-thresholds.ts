import type { HardshipThresholds } from '@gonghui/domain';
import { builder } from '../../builder.js';

export const HardshipThresholdsRef = builder
  .objectRef<HardshipThresholds>('HardshipThresholds')
  .implement({
    description: 'The monthly per-person thresholds a classification used (fen).',
    fields: (t) => ({
      minimumLivingStandardFen: t.field({
        type: 'Fen',
        description: '低保标准.',
        resolve: (thresholds) => thresholds.minimumLivingStandard,
      }),
      relativeLineFen: t.field({
        type: 'Fen',
        description: '相对困难标准.',
        resolve: (thresholds) => thresholds.relativeLine,
      }),
      relativeLinePercent: t.exposeInt('relativeLinePercent', {
        description: '200 = 2 × the line.',
      }),
      accidentIncomeLineFen: t.field({
        type: 'Fen',
        description: '意外致困收入上限.',
        resolve: (thresholds) => thresholds.accidentIncomeLine,
      }),
      accidentIncomeLinePercent: t.exposeInt('accidentIncomeLinePercent'),
    }),
  });

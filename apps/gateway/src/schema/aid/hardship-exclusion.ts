import {
  HARDSHIP_EXCLUSION_LABELS,
  HARDSHIP_EXCLUSIONS,
  type HardshipExclusion,
} from '@gonghui/domain';
import { builder } from '../../builder.js';

export const HardshipExclusionEnum = builder.enumType('HardshipExclusion', {
  description: '不予帮扶情形.',
  values: Object.fromEntries(
    HARDSHIP_EXCLUSIONS.map((code) => [code, { description: HARDSHIP_EXCLUSION_LABELS[code] }]),
  ) as Record<HardshipExclusion, { description: string }>,
});

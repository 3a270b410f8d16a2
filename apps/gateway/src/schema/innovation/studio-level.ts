import { STUDIO_LEVEL_LABELS, STUDIO_LEVELS } from '@gonghui/domain';
import { builder } from '../../builder.js';

export const StudioLevelEnum = builder.enumType('StudioLevel', {
  description: '工作室级别: national demonstration, provincial, city, district.',
  values: Object.fromEntries(
    STUDIO_LEVELS.map((value) => [value, { description: STUDIO_LEVEL_LABELS[value] }]),
  ) as Record<(typeof STUDIO_LEVELS)[number], { description: string }>,
});

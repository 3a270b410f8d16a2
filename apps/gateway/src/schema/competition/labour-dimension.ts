import { LABOUR_DIMENSION_LABELS, LABOUR_DIMENSIONS } from '@gonghui/domain';
import { builder } from '../../builder.js';

export const LabourDimensionEnum = builder.enumType('LabourDimension', {
  description: '劳动竞赛 six dimensions (比质量、比安全、比进度、比创新、比文明、比管理).',
  values: Object.fromEntries(
    LABOUR_DIMENSIONS.map((value) => [value, { description: LABOUR_DIMENSION_LABELS[value] }]),
  ) as Record<(typeof LABOUR_DIMENSIONS)[number], { description: string }>,
});

import { RESULT_TYPE_LABELS, RESULT_TYPES } from '@gonghui/domain';
import { builder } from '../../builder.js';

export const InnovationResultTypeEnum = builder.enumType('InnovationResultType', {
  description: '成果类型: the five smalls (五小), three patents, 合理化建议, 技术攻关.',
  values: Object.fromEntries(
    RESULT_TYPES.map((value) => [value, { description: RESULT_TYPE_LABELS[value] }]),
  ) as Record<(typeof RESULT_TYPES)[number], { description: string }>,
});

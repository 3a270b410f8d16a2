import { builder } from '../../builder.js';
import { HardshipFileEventType } from '../../generated/prisma/enums.js';

export const HardshipFileEventTypeEnum = builder.enumType(HardshipFileEventType, {
  name: 'HardshipFileEventType',
  description: '建档, 更新, 年度复核, 解困脱困, 重新纳入.',
});

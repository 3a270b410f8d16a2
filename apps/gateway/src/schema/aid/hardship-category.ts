import { builder } from '../../builder.js';
import { HardshipCategory } from '../../generated/prisma/enums.js';

export const HardshipCategoryEnum = builder.enumType(HardshipCategory, {
  name: 'HardshipCategory',
  description:
    '困难类别: DEEP 深度困难, ACCIDENT 意外致困, RELATIVE 相对困难, NONE 不符合认定条件.',
});

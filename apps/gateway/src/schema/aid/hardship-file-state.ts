import { builder } from '../../builder.js';
import { HardshipFileState } from '../../generated/prisma/enums.js';

export const HardshipFileStateEnum = builder.enumType(HardshipFileState, {
  name: 'HardshipFileState',
  description: 'ACTIVE 在档, EXITED 已解困脱困.',
});

import { builder } from '../../builder.js';
import { NewEmploymentGroup } from '../../generated/prisma/enums.js';

export const NewEmploymentGroupEnum = builder.enumType(NewEmploymentGroup, {
  name: 'NewEmploymentGroup',
  description: '新就业形态: the eight groups (八大群体).',
});

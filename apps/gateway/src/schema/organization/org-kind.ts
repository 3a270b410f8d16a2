import { builder } from '../../builder.js';
import { EmployerOwnership, OrgKind } from '../../generated/prisma/enums.js';

export const OrgKindEnum = builder.enumType(OrgKind, {
  name: 'OrgKind',
  description: '组织类型: the kind of a node in the union hierarchy, top to bottom.',
});

export const EmployerOwnershipEnum = builder.enumType(EmployerOwnership, {
  name: 'EmployerOwnership',
  description: '单位性质: ownership of the employer behind a grassroots union.',
});

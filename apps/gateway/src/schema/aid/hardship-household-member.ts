import { builder } from '../../builder.js';
import { HouseholdRelationEnum } from './hardship-relation.js';

export const HardshipHouseholdMemberRef = builder
  .objectRef<{ relation: string; nameMasked: string; idNumberMasked: string | null }>(
    'HardshipHouseholdMember',
  )
  .implement({
    description: 'A household member as lists show it: relation, surname only, masked ID number.',
    fields: (t) => ({
      relation: t.field({
        type: HouseholdRelationEnum,
        resolve: (member) => member.relation as never,
      }),
      nameMasked: t.exposeString('nameMasked', { description: 'e.g. 张*.' }),
      idNumberMasked: t.exposeString('idNumberMasked', { nullable: true }),
    }),
  });

import { findHonorTitle, SKILL_LEVEL_LABELS, type SkillLevel } from '@gonghui/domain';
import { builder } from '../../builder.js';
import { encodeGlobalId } from '../../global-id.js';
import { honorCatalogue } from '../../honor/catalogue.js';
import { SkillLevelEnum } from './skill-level.js';

export interface StudioLead {
  name: string;
  honorCodes: string[];
  skillLevel: SkillLevel | null;
  /** The lead's award when it is on the public roll; null otherwise. */
  publicAwardId: string | null;
}

export interface StudioLeadHonor {
  code: string;
  name: string;
}

const StudioLeadHonorRef = builder.objectRef<StudioLeadHonor>('StudioLeadHonor').implement({
  description: 'An honor title that qualifies the lead.',
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name', { description: 'e.g. 全国劳动模范.' }),
  }),
});

export const StudioLeadRef = builder.objectRef<StudioLead>('StudioLead').implement({
  description:
    '领衔人: the public profile only — the name and what qualifies them; never an ID number, a phone or an address.',
  fields: (t) => ({
    name: t.exposeString('name'),
    honors: t.field({
      type: [StudioLeadHonorRef],
      resolve: (lead) =>
        lead.honorCodes.map((code) => ({
          code,
          name: findHonorTitle(honorCatalogue, code)?.name ?? code,
        })),
    }),
    skillLevel: t.field({
      type: SkillLevelEnum,
      nullable: true,
      resolve: (lead) => lead.skillLevel,
    }),
    honoreeId: t.id({
      nullable: true,
      description:
        'The lead’s profile on the honor roll (`honoree(id)`) when the lead is an honoree whose award is public (published, unrevoked, consent covering the name); null otherwise.',
      resolve: (lead) =>
        lead.publicAwardId === null ? null : encodeGlobalId('Honoree', lead.publicAwardId),
    }),
    skillLevelLabel: t.string({
      nullable: true,
      resolve: (lead) => (lead.skillLevel ? SKILL_LEVEL_LABELS[lead.skillLevel] : null),
    }),
  }),
});

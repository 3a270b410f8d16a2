import {
  checkRevealReason,
  type HardshipClassification,
  type HouseholdFacts,
} from '@gonghui/domain';
import { fileForAction } from '../../aid/hardship-access.js';
import {
  type HouseholdMemberRecord,
  openAssessment,
  openHousehold,
} from '../../aid/hardship-records.js';
import { requireStaff } from '../../auth/access.js';
import { writeAudit } from '../../auth/audit.js';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import {
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
  ValidationError,
} from '../../errors.js';
import { HardshipAssessmentRef } from './assess-hardship.js';
import { HardshipMemberDetailsRef } from './hardship-member-details.js';

interface DetailsShape {
  members: readonly HouseholdMemberRecord[];
  facts: HouseholdFacts;
  documents: readonly string[];
  situation: string | null;
  assessment: HardshipClassification;
}

const HardshipAmountRef = builder
  .objectRef<{ kind: string; annualAmount: number }>('HardshipAmountLine')
  .implement({
    description: 'One income or expenditure line (fen over 12 months).',
    fields: (t) => ({
      kind: t.exposeString('kind', {
        description: 'A HouseholdIncomeKind or HouseholdExpenditureKind code.',
      }),
      annualAmountFen: t.field({ type: 'Fen', resolve: (line) => line.annualAmount }),
    }),
  });

const HardshipFileDetailsRef = builder.objectRef<DetailsShape>('HardshipFileDetails').implement({
  description:
    'The sealed part of a hardship file in full: household members, incomes, expenditures, assets, the accident, documents and the stored classification with its reasons. Every reveal is logged with its reason.',
  fields: (t) => ({
    members: t.field({ type: [HardshipMemberDetailsRef], resolve: (d) => [...d.members] }),
    incomes: t.field({ type: [HardshipAmountRef], resolve: (d) => [...d.facts.incomes] }),
    expenditures: t.field({
      type: [HardshipAmountRef],
      resolve: (d) => [...d.facts.expenditures],
    }),
    homesOwned: t.int({ resolve: (d) => d.facts.homesOwned }),
    ownsBusiness: t.boolean({ resolve: (d) => d.facts.ownsBusiness }),
    employsOthers: t.boolean({ resolve: (d) => d.facts.employsOthers }),
    childAtHighFeePrivateSchool: t.boolean({ resolve: (d) => d.facts.childAtHighFeePrivateSchool }),
    childSelfFundedStudyAbroad: t.boolean({ resolve: (d) => d.facts.childSelfFundedStudyAbroad }),
    ownsNonEssentialVehicle: t.boolean({ resolve: (d) => d.facts.ownsNonEssentialVehicle }),
    accidentDate: t.field({
      type: 'Date',
      nullable: true,
      resolve: (d) => d.facts.accident?.date ?? null,
    }),
    accidentDescription: t.string({
      nullable: true,
      resolve: (d) => d.facts.accident?.description ?? null,
    }),
    accidentCostsFen: t.field({
      type: 'Fen',
      nullable: true,
      resolve: (d) => d.facts.accident?.costs ?? null,
    }),
    accidentCompensationFen: t.field({
      type: 'Fen',
      nullable: true,
      resolve: (d) => d.facts.accident?.compensation ?? null,
    }),
    labourRelationMonths: t.int({
      nullable: true,
      resolve: (d) => d.facts.migrantWorker?.labourRelationMonths ?? null,
    }),
    documents: t.stringList({ resolve: (d) => [...d.documents] }),
    situation: t.string({ nullable: true, resolve: (d) => d.situation }),
    assessment: t.field({ type: HardshipAssessmentRef, resolve: (d) => d.assessment }),
  }),
});

builder.mutationField('revealHardshipFile', (t) =>
  t.field({
    type: HardshipFileDetailsRef,
    description:
      '查看困难档案详情: the household’s sensitive data in full, for a stated reason that is logged (aid.process at the worker’s union).',
    errors: {
      types: [ValidationError, ForbiddenError, NotFoundError, UnauthenticatedError],
      directResult: true,
    },
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => {
      const viewer = requireStaff(context);
      const file = await fileForAction(viewer, args.id, 'id', 'aid.process');
      const reason = checkRevealReason(args.reason);
      if (!reason.ok) {
        throw ValidationError.of(reason.error.field, reason.error.rule, reason.error.message);
      }
      await prisma.$transaction(async (tx) => {
        await writeAudit(tx, viewer, {
          action: 'aid.hardship.reveal',
          targetType: 'HardshipFile',
          targetId: file.id,
          organizationId: file.organizationId,
          lineageIds: file.lineageIds,
          after: { fields: ['members', 'incomes', 'expenditures', 'health', 'assessment'] },
          reason: reason.value,
        });
      });
      const household = openHousehold(file.householdCipher);
      return {
        ...household,
        assessment: openAssessment(file.assessmentCipher),
      };
    },
  }),
);

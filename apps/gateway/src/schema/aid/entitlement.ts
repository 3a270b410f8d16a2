import { AID_PROGRAM_LABELS, HARDSHIP_CATEGORY_LABELS } from '@gonghui/domain';
import type { StoredEntitlement } from '../../aid/application-entitlement.js';
import { builder } from '../../builder.js';
import { HouseholdSchoolLevelEnum } from './hardship-school-level.js';

/** 测算依据: the facts a program's entitlement needs (only those of the chosen program). */
export const AidEntitlementFactsInput = builder.inputType('AidEntitlementFactsInput', {
  description:
    'What the program’s entitlement needs: 金秋助学 schoolLevel; 医疗救助 totalCostFen and insuranceReimbursedFen (otherReimbursedFen 0 when left out); 职工医疗互助 enrolled and outOfPocketFen; 夏送清凉 outdoorWorker. 冬送温暖 needs only the hardship file.',
  fields: (t) => ({
    schoolLevel: t.field({ type: HouseholdSchoolLevelEnum, required: false }),
    totalCostFen: t.field({ type: 'Fen', required: false, description: '医疗费用总额 (fen).' }),
    insuranceReimbursedFen: t.field({
      type: 'Fen',
      required: false,
      description: '医保报销 (fen).',
    }),
    otherReimbursedFen: t.field({
      type: 'Fen',
      required: false,
      description: '其他报销或救助 (fen).',
    }),
    enrolled: t.boolean({ required: false, description: '已参加本年度职工医疗互助.' }),
    outOfPocketFen: t.field({ type: 'Fen', required: false, description: '本次自付费用 (fen).' }),
    outdoorWorker: t.boolean({ required: false, description: '户外或高温作业职工.' }),
  }),
});

/** 核减: a lower amount than the entitlement, with the reason. */
export const AidAmountReductionInput = builder.inputType('AidAmountReductionInput', {
  fields: (t) => ({
    amountFen: t.field({
      type: 'Fen',
      required: true,
      description: 'The reduced amount (fen), below the entitlement.',
    }),
    reason: t.string({ required: true }),
  }),
});

const AidEntitlementLineRef = builder
  .objectRef<{ label: string; amountFen: number }>('AidEntitlementLine')
  .implement({
    description: 'One line of the entitlement’s breakdown (e.g. 个人自付 1,234.50 元).',
    fields: (t) => ({
      label: t.exposeString('label'),
      amountFen: t.expose('amountFen', { type: 'Fen' }),
    }),
  });

export const AidEntitlementRef = builder.objectRef<StoredEntitlement>('AidEntitlement').implement({
  description:
    '测算结果 of an application: the program’s entitlement under the rule version in force on the application date, its breakdown and reasons, and the caseworker’s reduction.',
  fields: (t) => ({
    programLabel: t.string({ resolve: (e) => AID_PROGRAM_LABELS[e.program] }),
    category: t.string({ nullable: true, resolve: (e) => e.category }),
    categoryLabel: t.string({
      nullable: true,
      resolve: (e) => (e.category ? HARDSHIP_CATEGORY_LABELS[e.category] : null),
    }),
    entitlementFen: t.field({ type: 'Fen', resolve: (e) => e.amountFen }),
    breakdown: t.field({ type: [AidEntitlementLineRef], resolve: (e) => [...e.breakdown] }),
    reasons: t.stringList({ resolve: (e) => [...e.reasons] }),
    ruleVersion: t.exposeString('ruleVersion'),
    reductionFen: t.expose('reductionFen', { type: 'Fen' }),
    reductionReason: t.exposeString('reductionReason', { nullable: true }),
  }),
});

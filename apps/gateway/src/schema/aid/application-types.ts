import {
  AID_APPLICATION_MOVE_LABELS,
  AID_APPLICATION_MOVES,
  AID_APPLICATION_STATE_LABELS,
  AID_APPLICATION_STATES,
  type AidApplicationMove,
  type AidApplicationState,
} from '@gonghui/domain';
import { builder } from '../../builder.js';
import { AidAmountReductionInput, AidEntitlementFactsInput } from './entitlement.js';

export const AidApplicationStateEnum = builder.enumType('AidApplicationState', {
  description: '救助申请状态 (the domain’s application workflow).',
  values: Object.fromEntries(
    AID_APPLICATION_STATES.map((s) => [s, { description: AID_APPLICATION_STATE_LABELS[s] }]),
  ) as Record<AidApplicationState, { description: string }>,
});

export const AidApplicationMoveEnum = builder.enumType('AidApplicationMove', {
  description: '救助申请的办理动作. DISBURSE is made by `disburseAid`, never by a bare move.',
  values: Object.fromEntries(
    AID_APPLICATION_MOVES.map((m) => [m, { description: AID_APPLICATION_MOVE_LABELS[m] }]),
  ) as Record<AidApplicationMove, { description: string }>,
});

export interface OverlapWarningShape {
  maskedName: string;
  programName: string;
  unionName: string;
  period: string;
  amountFen: number;
  message: string;
}

export const AidOverlapWarningRef = builder
  .objectRef<OverlapWarningShape>('AidOverlapWarning')
  .implement({
    description:
      'Aid a household member has had or asked for elsewhere (any program, any union). Names masked.',
    fields: (t) => ({
      maskedName: t.exposeString('maskedName'),
      programName: t.exposeString('programName'),
      unionName: t.exposeString('unionName'),
      period: t.exposeString('period'),
      amountFen: t.expose('amountFen', { type: 'Fen' }),
      message: t.exposeString('message'),
    }),
  });

export interface NoticeLineShape {
  applicationId: string;
  maskedName: string;
  programName: string;
  unionName: string;
  amountFen: number;
  startsOn: string;
  endsOn: string;
  text: string;
}

export const AidNoticeLineRef = builder.objectRef<NoticeLineShape>('AidNoticeLine').implement({
  description: '公示 line: the masked name, program, union and amount — nothing else.',
  fields: (t) => ({
    applicationId: t.exposeID('applicationId'),
    maskedName: t.exposeString('maskedName'),
    programName: t.exposeString('programName'),
    unionName: t.exposeString('unionName'),
    amountFen: t.expose('amountFen', { type: 'Fen' }),
    startsOn: t.exposeString('startsOn'),
    endsOn: t.exposeString('endsOn'),
    text: t.exposeString('text'),
  }),
});

export const AidConsentInput = builder.inputType('AidConsentInput', {
  description:
    '个人信息处理同意 (PIPL): who consented and when. Required before anything is stored.',
  fields: (t) => ({
    givenBy: t.string({ required: true }),
    givenOn: t.field({ type: 'Date', required: true }),
  }),
});

export const SubmitAidApplicationInput = builder.inputType('SubmitAidApplicationInput', {
  fields: (t) => ({
    programId: t.id({ required: true }),
    organizationId: t.id({
      required: true,
      description: 'The applicant’s union, within the program union’s subtree.',
    }),
    memberId: t.id({ required: false }),
    applicantName: t.string({ required: true }),
    idNumber: t.string({ required: true }),
    phone: t.string({ required: false }),
    householdIdNumbers: t.stringList({
      required: false,
      description: 'ID numbers of the other household members (kept as blind indexes only).',
    }),
    householdSize: t.int({ required: true }),
    hardshipFileId: t.id({
      required: false,
      description:
        'The applicant’s hardship file (在档): its category sets the entitlement of 冬送温暖, 金秋助学 and 医疗救助.',
    }),
    facts: t.field({
      type: AidEntitlementFactsInput,
      required: false,
      description: 'What the program’s entitlement needs besides the category.',
    }),
    reduction: t.field({
      type: AidAmountReductionInput,
      required: false,
      description:
        '核减: apply for less than the entitlement, with the reason. Without it the amount is the entitlement.',
    }),
    situation: t.string({ required: true, description: '困难情况说明.' }),
    consent: t.field({ type: AidConsentInput, required: true }),
  }),
});

export const AidApplicationFilter = builder.inputType('AidApplicationFilter', {
  fields: (t) => ({
    programId: t.id({ required: false }),
    organizationId: t.id({ required: false }),
    state: t.field({ type: [AidApplicationStateEnum], required: false }),
    search: t.string({ required: false }),
  }),
});

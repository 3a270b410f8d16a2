export {
  isNewEmploymentGroup,
  MIGRANT_WORKER_FLAG_RULES,
  NEW_EMPLOYMENT_GROUP_LABELS,
  NEW_EMPLOYMENT_GROUP_RULES,
  NEW_EMPLOYMENT_GROUP_SYNONYMS,
  NEW_EMPLOYMENT_GROUPS,
  type NewEmploymentGroup,
  parseMigrantWorkerFlag,
  parseNewEmploymentGroup,
} from './employment-groups.js';
export {
  type DuplicateIdNumberGroup,
  findDuplicateIdNumbers,
  memberIdentityKey,
  type RosterIdNumberRow,
} from './identity.js';
export {
  checkJoining,
  checkStatusChangeDate,
  type JoiningInput,
  MEMBER_JOINING_RULES,
  MEMBER_STATUS_DATE_RULES,
} from './joining.js';
export {
  COUNTED_MEMBER_STATUSES,
  checkStatusChange,
  countsAsMember,
  isMemberStatus,
  MEMBER_STATUS_LABELS,
  MEMBER_STATUS_RULES,
  MEMBER_STATUS_TRANSITIONS,
  MEMBER_STATUSES,
  MEMBER_TRANSFER_RULES,
  type MemberStatus,
  type MemberStatusTransition,
  type MemberStatusTransitionMode,
  type MemberTransferEvent,
  membershipYears,
  nextMemberStatuses,
  planTransfer,
  type TransferInput,
  type TransferPlan,
} from './membership.js';
export { type MobilePhone, maskPhone, PHONE_RULES, parseMobilePhone } from './phone.js';
export {
  computeIdNumberCheckCharacter,
  ID_NUMBER_RULES,
  maskIdNumber,
  type ParsedResidentIdNumber,
  parseResidentIdNumber,
  type ResidentIdNumber,
  type Sex,
} from './resident-id-number.js';

export {
  DEFAULT_LOCKOUT_POLICY,
  INITIAL_LOCKOUT_STATE,
  isLocked,
  type LockoutPolicy,
  type LockoutState,
  type LockStatus,
  registerFailedLogin,
  registerSuccessfulLogin,
  remainingLoginAttempts,
} from './lockout.js';
export {
  COMMON_PASSWORDS,
  checkPasswordPolicy,
  DEFAULT_PASSWORD_POLICY,
  PASSWORD_RULES,
  type PasswordPolicy,
  type PasswordPolicyInput,
  passwordCharacterClassCount,
  passwordPolicyIssues,
} from './password.js';
export {
  canReveal,
  checkRevealReason,
  isSensitiveField,
  maskSensitive,
  REVEAL_REASON_LENGTH,
  REVEAL_REASON_RULES,
  SENSITIVE_FIELD_LABELS,
  SENSITIVE_FIELDS,
  type SensitiveField,
} from './personal-data.js';
export {
  type TakeTokenResult,
  type TokenBucket,
  type TokenBucketConfig,
  takeToken,
} from './rate-limit.js';
export {
  isPermission,
  isStaffRole,
  PERMISSION_LABELS,
  PERMISSIONS,
  type Permission,
  permissionsOf,
  ROLE_PERMISSIONS,
  roleHasPermission,
  STAFF_ROLE_LABELS,
  STAFF_ROLES,
  type StaffRole,
} from './roles.js';
export {
  can,
  canAssignRole,
  checkRoleAssignment,
  isWithinSubtree,
  permissionsAt,
  ROLE_ASSIGNMENT_RULES,
  type RoleAssignment,
  scopesFor,
} from './scope.js';
export {
  DEFAULT_SESSION_POLICY,
  isSessionActive,
  type SessionPolicy,
  type SessionTimes,
  sessionExpiresAt,
  shouldRefreshLastSeen,
} from './session.js';

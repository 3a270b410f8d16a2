export {
  type AdministrativeDivision,
  type AdministrativeDivisionCode,
  type DivisionLevel,
  divisionCodePrefix,
  isWithinDivision,
  parentDivisionCode,
  parseAdministrativeDivisionCode,
  REGION_CODE_RULES,
} from './administrative-division-code.js';
export {
  CREDIT_CODE_ALPHABET,
  CREDIT_CODE_RULES,
  computeCreditCodeCheckCharacter,
  type ParsedUnifiedSocialCreditCode,
  parseUnifiedSocialCreditCode,
  requireTradeUnionCreditCode,
  type UnifiedSocialCreditCode,
} from './unified-social-credit-code.js';

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

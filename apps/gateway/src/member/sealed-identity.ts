import { type MobilePhone, maskIdNumber, maskPhone, type ResidentIdNumber } from '@gonghui/domain';
import { blindIndex, encryptPersonalData } from '../auth/personal-data-crypto.js';

/**
 * How a member's identity is stored (one place for the member form and the roster import):
 * the ID number and phone encrypted, a masked copy for lists, and an HMAC blind index of the
 * ID number for exact look-ups and the one-person-one-member unique constraint.
 */

/** The blind index of a normalised ID number (the domain's `memberIdentityKey`). */
export function idNumberIndexOf(idNumber: ResidentIdNumber): string {
  return blindIndex(idNumber, 'member.idNumber');
}

/** The member columns that hold a normalised ID number. */
export function sealIdNumber(idNumber: ResidentIdNumber) {
  return {
    idNumberCipher: encryptPersonalData(idNumber, 'member.idNumber'),
    idNumberIndex: idNumberIndexOf(idNumber),
    idNumberMasked: maskIdNumber(idNumber),
  };
}

/** The member columns that hold a validated mobile number. */
export function sealPhoneNumber(phone: MobilePhone) {
  return {
    phoneCipher: encryptPersonalData(phone, 'member.phone'),
    phoneMasked: maskPhone(phone),
  };
}

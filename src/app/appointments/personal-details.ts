import { NAME_MAX_LENGTH } from '@contract/constants/personal-data';
import { characterLength } from '../shared/character-count/character-count';
import { isMobileNumber, normalizedMobile } from '../shared/mobile-number/mobile-number';
import { type FieldMessage, fieldText } from './appointment-problem';
import type { PersonalDetails } from './data/details-storage';
import { idNumberValid, normalizedIdNumber } from './identity-number';

/** The details as they are sent: the name trimmed, the mobile and document number as read. */
export function normalizedDetails(details: PersonalDetails): PersonalDetails {
  return {
    ...details,
    name: details.name.trim(),
    mobile: normalizedMobile(details.mobile),
    idNumber: normalizedIdNumber(details.idNumber),
  };
}

/**
 * What is missing or wrong in the personal details, in the details page's order, each with the
 * message that page shows beside the field. The one rule for the details page's Continue and
 * for the check page, which reads the details as they were last typed.
 */
export function detailsProblems(details: PersonalDetails): FieldMessage[] {
  const { name, mobile, idType, idNumber } = normalizedDetails(details);
  const problems: FieldMessage[] = [];
  // Counted in characters, as the server counts: a rare name character outside the BMP (𠀀) is
  // two UTF-16 code units, and Validators.maxLength would count it twice.
  if (!name || characterLength(name) > NAME_MAX_LENGTH) {
    problems.push({ field: 'name', text: fieldText('name') });
  }
  if (!isMobileNumber(mobile)) problems.push({ field: 'mobile', text: fieldText('mobile') });
  if (!idNumber) {
    // An empty document number is asked for, not called wrong.
    problems.push({
      field: 'idNumber',
      text: $localize`:@@appointments.error.idNumberMissing:输入证件号码`,
    });
  } else if (!idNumberValid(idType, idNumber)) {
    problems.push({ field: 'idNumber', text: fieldText('idNumber') });
  }
  return problems;
}

import type { IdType } from '@contract/appointments';

/** The document's name as the citizen knows it, in the page's language. */
export function idTypeText(type: IdType): string {
  switch (type) {
    case 'resident-id':
      return $localize`:@@appointments.idType.resident:居民身份证`;
    case 'passport':
      return $localize`:@@appointments.idType.passport:护照`;
    case 'hk-macao-permit':
      return $localize`:@@appointments.idType.hkMacao:港澳居民来往内地通行证`;
    case 'taiwan-permit':
      return $localize`:@@appointments.idType.taiwan:台湾居民来往大陆通行证`;
  }
}

/**
 * Masking of personal data (PIPL) for every answer that shows it back, whichever area sent it:
 * "13812345678" -> "138****5678", enough for the citizen to recognise, too little to call.
 */
export function maskMobile(mobile: string): string {
  return `${mobile.slice(0, 3)}****${mobile.slice(7)}`;
}

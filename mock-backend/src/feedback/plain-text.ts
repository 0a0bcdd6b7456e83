import type { FieldError } from '../../../contract/problem.ts';

// C0 controls other than tab and line breaks, DEL and C1 controls: never part of what a person
// writes, and trouble in every view and export that shows it later.
const controlCharacter = /(?![\t\n\r])\p{Cc}/u;

/**
 * Trims a text field people write (citizens and staff alike); a blank one is none. Adds an
 * error for control characters.
 */
export function plainText(
  value: string | undefined,
  path: string,
  errors: FieldError[],
): string | null {
  if (value === undefined) return null;
  if (controlCharacter.test(value)) {
    errors.push({ path, message: 'must not contain control characters' });
  }
  return value.trim() || null;
}

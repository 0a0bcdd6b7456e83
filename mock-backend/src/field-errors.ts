import type { FieldError } from '../../contract/problem.ts';

/** Fastify's request-part names, as the first segment of an error's JSON pointer. */
const partPointer: Record<string, string> = {
  body: '/body',
  querystring: '/query',
  params: '/params',
  headers: '/headers',
};

export interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
  schemaPath: string;
}

const escapePointer = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');
const literalOption = /^(.*\/anyOf)\/\d+\/const$/;
const listValues = (values: readonly unknown[]) =>
  `must be one of: ${values.map((value) => JSON.stringify(value)).join(', ')}`;

/** Turns ajv's errors into plain-English field errors with a JSON pointer into the request. */
export function fieldErrors(validation: readonly AjvError[], part: string): FieldError[] {
  const prefix = partPointer[part] ?? `/${part}`;
  // A TypeBox union of literals fails once per literal and once more for the anyOf; the citizen
  // needs a single line naming the allowed values.
  const choices = new Map<string, unknown[]>();
  for (const error of validation) {
    const union = error.keyword === 'const' ? literalOption.exec(error.schemaPath)?.[1] : undefined;
    if (union === undefined) continue;
    const key = `${error.instancePath} ${union}`;
    choices.set(key, [...(choices.get(key) ?? []), error.params['allowedValue']]);
  }
  const result: FieldError[] = [];
  const seen = new Set<string>();
  const add = (path: string, message: string) => {
    const key = `${path}\n${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    result.push({ path, message });
  };
  for (const error of validation) {
    const at = prefix + error.instancePath;
    const union =
      error.keyword === 'anyOf'
        ? error.schemaPath
        : error.keyword === 'const'
          ? literalOption.exec(error.schemaPath)?.[1]
          : undefined;
    const choice = union === undefined ? undefined : choices.get(`${error.instancePath} ${union}`);
    if (choice) {
      add(at, listValues(choice));
      continue;
    }
    switch (error.keyword) {
      case 'required':
        add(`${at}/${escapePointer(String(error.params['missingProperty']))}`, 'is required');
        break;
      case 'additionalProperties':
        add(
          `${at}/${escapePointer(String(error.params['additionalProperty']))}`,
          'is not a field this request accepts',
        );
        break;
      case 'enum':
        add(at, listValues((error.params['allowedValues'] as unknown[] | undefined) ?? []));
        break;
      case 'pattern':
        add(at, 'is not in the expected format');
        break;
      default:
        add(at, error.message ?? 'is not valid');
    }
  }
  return result;
}

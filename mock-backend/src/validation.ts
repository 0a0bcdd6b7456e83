import AjvCompiler from '@fastify/ajv-compiler';
import type { FastifyServerOptions } from 'fastify';

const validationOptions = {
  // Unknown properties are rejected by additionalProperties: false, never silently dropped.
  removeAdditional: false,
  useDefaults: true,
  // Report every bad field at once so a form can mark them all. Safe here: bodies are capped at
  // 100 KB and every string in the contract has a bounded length.
  allErrors: true,
} as const;

type Factory = ReturnType<typeof AjvCompiler>;
type ExternalSchemas = Parameters<Factory>[0];
type Plugins = NonNullable<NonNullable<Parameters<Factory>[1]>['plugins']>;

/** Ajv for data that carries its own types (JSON bodies); the server tests check answers with it. */
export function typedDataCompiler(externalSchemas: ExternalSchemas, plugins: Plugins = []) {
  return AjvCompiler()(externalSchemas, {
    plugins,
    customOptions: { ...validationOptions, coerceTypes: false },
  });
}

/**
 * Query strings and path parameters arrive as text, so they are coerced to the schema's types
 * (`?page=2` → 2); JSON bodies already carry types, so a string where a boolean belongs is an
 * error, not a guess.
 */
export const schemaController: FastifyServerOptions['schemaController'] = {
  compilersFactory: {
    buildValidator(externalSchemas, ajvOptions) {
      const plugins = ajvOptions?.plugins ?? [];
      const coercing = AjvCompiler()(externalSchemas, {
        plugins,
        customOptions: { ...validationOptions, coerceTypes: 'array' },
      });
      const strict = typedDataCompiler(externalSchemas, plugins);
      return (route) => (route.httpPart === 'body' ? strict(route) : coercing(route));
    },
  },
};

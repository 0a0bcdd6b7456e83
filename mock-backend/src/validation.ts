import AjvCompiler from '@fastify/ajv-compiler';
import type { FastifyServerOptions } from 'fastify';

const shared = {
  // Unknown properties are rejected by additionalProperties: false, never silently dropped.
  removeAdditional: false,
  useDefaults: true,
  // Report every bad field at once so a form can mark them all. Safe here: bodies are capped at
  // 100 KB and every string in the contract has a bounded length.
  allErrors: true,
} as const;

/**
 * Query strings and path parameters arrive as text, so they are coerced to the schema's types
 * (`?page=2` → 2); JSON bodies already carry types, so a string where a boolean belongs is an
 * error, not a guess.
 */
export const schemaController: FastifyServerOptions['schemaController'] = {
  compilersFactory: {
    buildValidator(externalSchemas, ajvOptions) {
      const factory = AjvCompiler();
      const plugins = ajvOptions?.plugins ?? [];
      const coercing = factory(externalSchemas, {
        plugins,
        customOptions: { ...shared, coerceTypes: 'array' },
      });
      const strict = factory(externalSchemas, {
        plugins,
        customOptions: { ...shared, coerceTypes: false },
      });
      return (route) => (route.httpPart === 'body' ? strict(route) : coercing(route));
    },
  },
};

import { createHash } from 'node:crypto';
import AjvCompiler from '@fastify/ajv-compiler';
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';
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
type SerializerFactory = ReturnType<typeof SerializerSelector>;
type Serializer = ReturnType<ReturnType<SerializerFactory>>;

/**
 * Response serializers, kept by what they were built from. fast-json-stringify checks each
 * schema against the JSON Schema meta-schema and generates code for it: about a second for the
 * portal's ~100 routes, paid again by every app built in the same process. A server builds one
 * app, so this changes nothing there; the server tests build a fresh app on a fresh database for
 * almost every test, and each reused serializer is that second saved. The key is the schema's
 * text with a hash of the shared schemas and the options, so two apps share a serializer only when
 * it would come out the same; the generated function holds no state of its own.
 */
const serializers = new Map<string, Serializer>();
const SERIALIZERS_KEPT = 2_000;

export const buildSerializer: SerializerFactory = (externalSchemas, serializerOptions) => {
  const build = SerializerSelector()(externalSchemas, serializerOptions);
  const context = createHash('sha256')
    .update(JSON.stringify([externalSchemas ?? null, serializerOptions ?? null]))
    .digest('base64');
  return (route) => {
    const key = `${context}\n${JSON.stringify(route.schema)}`;
    let serializer = serializers.get(key);
    if (!serializer) {
      serializer = build(route);
      // A bound, not a leak: a process that builds apps from ever-changing schemas starts over.
      if (serializers.size >= SERIALIZERS_KEPT) serializers.clear();
      serializers.set(key, serializer);
    }
    return serializer;
  };
};

export const schemaController: FastifyServerOptions['schemaController'] = {
  compilersFactory: {
    buildSerializer,
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

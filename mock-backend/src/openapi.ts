import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { contentSecurityPolicy, cspHeader } from './security.ts';

/**
 * The docs pages' policy. swagger-ui loads only its own files from /api/docs/static, sets styles
 * from script and shows data: images, all of which the portal's strict policy allows (checked in
 * Chromium, "Try it out" included, with no violation reported); the validator badge that would
 * reach another origin stays off (validatorUrl null). Kept apart so that a swagger-ui upgrade
 * needing more loosens the docs only.
 */
export const docsContentSecurityPolicy = cspHeader(contentSecurityPolicy);

/** Builds the OpenAPI document from the route schemas; must be registered before the routes. */
export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Jiangcheng public-services portal API',
        description:
          'The mock back-office API behind the portal. Errors are RFC 9457 application/problem+json.',
        version,
      },
      tags: [
        { name: 'system', description: 'Health of the server and its database' },
        { name: 'page-feedback', description: '"Is this page useful?" answers' },
      ],
    },
    // Components are named after the contract's $id rather than def-0, def-1, …
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, index) =>
        typeof json['$id'] === 'string' ? json['$id'] : `def-${index}`,
    },
  });
}

/** The document and its browsable UI, at /openapi.json and /docs of the scope (the API's). */
export async function registerApiDocs(scope: FastifyInstance): Promise<void> {
  await scope.register(swaggerUi, {
    routePrefix: '/docs',
    staticCSP: docsContentSecurityPolicy,
    uiConfig: { deepLinking: true },
  });
  scope.get('/openapi.json', { schema: { hide: true } }, () => scope.swagger());
}

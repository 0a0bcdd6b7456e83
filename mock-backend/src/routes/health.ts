import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Health } from '../../../contract/health.ts';
import type { Store } from '../store/store.ts';
import { problemResponses } from '../schemas.ts';

export interface HealthRouteOptions {
  store: Store;
  version: string;
}

const healthRoutes: FastifyPluginAsyncTypebox<HealthRouteOptions> = async (
  app,
  { store, version },
) => {
  app.get(
    '/health',
    {
      schema: {
        tags: ['system'],
        summary: 'Server and database state',
        description:
          'Runs a query against the database. 200 when it answers, 503 with status "degraded" when it does not.',
        response: {
          200: Health,
          503: Health,
          ...problemResponses(429, 500),
        },
      },
    },
    async (request, reply) => {
      let database: Health['database'];
      try {
        database = { status: 'ok', schemaVersion: store.health.schemaVersion() };
      } catch (error) {
        request.log.error({ err: error }, 'database health check failed');
        database = { status: 'unavailable', schemaVersion: store.schemaVersion };
      }
      const ok = database.status === 'ok';
      return reply.code(ok ? 200 : 503).send({
        status: ok ? 'ok' : 'degraded',
        version,
        uptimeSeconds: Math.round(process.uptime()),
        database,
      });
    },
  );
};

export default healthRoutes;

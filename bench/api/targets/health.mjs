// The cheapest request the portal has: how far this client can push any server on this machine.
import { join } from 'node:path';
import { portalServer } from '../servers.mjs';

/** @returns {import('./index.mjs').GroupDefinition} */
export function healthGroup() {
  return {
    name: 'api',
    group: {},
    targets: [
      portalServer({
        name: 'mock backend (fastify + SQLite)',
        group: 'api',
        env: (_port, scratch) => ({ PORTAL_DB: join(scratch, 'portal.db') }),
        readyPath: '/api/health',
        requests: [{ name: 'GET /api/health', paths: ['/api/health'] }],
      }),
    ],
  };
}

import compress from '@fastify/compress';
import type { FastifyInstance, FastifyReply } from 'fastify';

/**
 * Adds a token to Vary, keeping what a route or plugin already put there. Lower case, because
 * @fastify/compress looks for "accept-encoding" as written and would otherwise add it twice.
 */
export function appendVary(reply: FastifyReply, token: string): void {
  const current = reply.getHeader('vary');
  const tokens = (Array.isArray(current) ? current.join(',') : String(current ?? ''))
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (tokens.some((part) => part === '*' || part.toLowerCase() === token.toLowerCase())) return;
  reply.header('vary', [...tokens, token].join(', '));
}

/**
 * Compresses the answers of the scope it is registered in (the API) for clients that accept it.
 * A search answer is ~18 KB of bilingual JSON: on a phone's slow connection the transfer, not the
 * server, decides when results appear. @fastify/compress weighs the client's q-values; brotli at
 * quality 4 (its default) costs well under a millisecond, and answers under 1 KB are left as they
 * are. Pages and assets are precompressed at build time instead (see pages.ts).
 */
export async function registerCompression(scope: FastifyInstance): Promise<void> {
  // Every answer varies with Accept-Encoding, the uncompressed ones too, or a shared cache could
  // hand brotli to a client that asked for none; the plugin marks only what it compresses.
  scope.addHook('onSend', async (_request, reply, payload) => {
    appendVary(reply, 'accept-encoding');
    return payload;
  });
  await scope.register(compress, {
    encodings: ['br', 'gzip'],
    threshold: 1024,
    // Request bodies are small JSON; accepting compressed ones would only widen what a client can send.
    globalDecompression: false,
  });
}

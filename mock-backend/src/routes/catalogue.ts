import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type TSchema } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  Department,
  Hall,
  ServiceGuidePage,
  ServiceSearchQuery,
  ServiceSearchResult,
  Theme,
} from '../../../contract/catalogue.ts';
import type { FieldError } from '../../../contract/problem.ts';
import { CACHED_GUIDES, type Catalogue } from '../catalogue/catalogue.ts';
import { RecentlyUsed } from '../catalogue/recently-used.ts';
import { ProblemError, validationProblem } from '../problems.ts';
import { problemResponses } from '../schemas.ts';

export interface CatalogueRouteOptions {
  catalogue: Catalogue;
}

/**
 * Catalogue answers change only when the catalogue does, so browsers and caches may keep them a
 * few minutes and then revalidate with the catalogue's version as ETag.
 */
const CACHE_CONTROL = 'public, max-age=300';

const catalogueRoutes: FastifyPluginAsyncTypebox<CatalogueRouteOptions> = async (
  app,
  { catalogue },
) => {
  const etag = `W/"${catalogue.version}"`;
  const guidePages = new RecentlyUsed<string, string>(CACHED_GUIDES);

  /** Marks the answer cacheable; true when the client's copy is current and 304 has been sent. */
  const notModified = (request: FastifyRequest, reply: FastifyReply): boolean => {
    reply.header('etag', etag).header('cache-control', CACHE_CONTROL);
    const held = request.headers['if-none-match'];
    if (!held || !held.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')) {
      return false;
    }
    void reply.code(304).send();
    return true;
  };

  const readResponses = problemResponses(400, 429, 500);

  app.get(
    '/services',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'Search and browse service guides',
        description:
          'Matches Chinese (characters and words such as 社保), English (case-insensitive word prefixes) and pinyin (full, e.g. "shebao", or the initials of a word, e.g. "sb"). Services whose name matches rank first. When no service matches every word, filler words are dropped, synonyms and one-character typos accepted, and the services matching the most words are listed with `match: "some"`. Facet counts give, per value, the number of results that choosing it leads to. Unknown theme or department ids are refused with 400.',
        querystring: ServiceSearchQuery,
        response: { 200: ServiceSearchResult, 304: Type.Null(), ...readResponses },
      },
    },
    async (request, reply) => {
      const { theme, department } = request.query;
      const errors: FieldError[] = [];
      if (theme !== undefined && !catalogue.hasTheme(theme)) {
        errors.push({ path: '/query/theme', message: 'is not a known theme' });
      }
      if (department !== undefined && !catalogue.hasDepartment(department)) {
        errors.push({ path: '/query/department', message: 'is not a known department' });
      }
      if (errors.length > 0) throw validationProblem(errors);
      if (notModified(request, reply)) return reply;
      return catalogue.search(request.query);
    },
  );

  app.get(
    '/services/:code',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'One service guide (办事指南)',
        params: Type.Object({ code: Type.String({ minLength: 1, maxLength: 40 }) }),
        response: {
          200: ServiceGuidePage,
          304: Type.Null(),
          ...problemResponses(400, 404, 429, 500),
        },
      },
    },
    async (request, reply) => {
      const guide = catalogue.guide(request.params.code);
      if (!guide) {
        throw new ProblemError({
          type: '/problems/not-found',
          title: 'Not found',
          status: 404,
          detail: `There is no service with the code "${request.params.code.slice(0, 40)}".`,
        });
      }
      if (notModified(request, reply)) return reply;
      // A guide only changes with the catalogue, so its JSON is written once and reused while
      // the guide stays among the most read.
      let body = guidePages.get(guide.code);
      if (body === undefined) {
        body = JSON.stringify({ guide, related: catalogue.related(guide) });
        guidePages.set(guide.code, body);
      }
      // Fastify sends a string as it is, without running it through the schema's serializer.
      return reply.type('application/json; charset=utf-8').send(body as never);
    },
  );

  const list = (path: string, summary: string, schema: TSchema, items: () => readonly unknown[]) =>
    app.get(
      path,
      {
        schema: {
          tags: ['catalogue'],
          summary,
          response: { 200: Type.Array(schema), 304: Type.Null(), ...readResponses },
        },
      },
      async (request, reply) => (notModified(request, reply) ? reply : reply.send([...items()])),
    );
  list(
    '/themes',
    'Themes and life events, in the order citizens see them',
    Theme,
    () => catalogue.themes,
  );
  list(
    '/departments',
    'Departments that deliver services',
    Department,
    () => catalogue.departments,
  );
  list('/halls', 'Service halls, with addresses and opening hours', Hall, () => catalogue.halls);
};

export default catalogueRoutes;

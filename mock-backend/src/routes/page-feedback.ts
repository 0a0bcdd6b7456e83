import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { PageFeedbackInput, PageFeedbackReceipt } from '../../../contract/page-feedback.ts';
import { validationProblem } from '../problems.ts';
import { problemResponses } from '../schemas.ts';
import type { Store } from '../store/store.ts';

export interface PageFeedbackRouteOptions {
  store: Store;
}

const pageFeedbackRoutes: FastifyPluginAsyncTypebox<PageFeedbackRouteOptions> = async (
  app,
  { store },
) => {
  app.post(
    '/page-feedback',
    {
      schema: {
        tags: ['page-feedback'],
        summary: 'Answer "Is this page useful?"',
        description:
          'Stores one answer from the footer survey. A comment is taken only with a "not useful" answer; a blank comment counts as none.',
        body: PageFeedbackInput,
        response: {
          201: PageFeedbackReceipt,
          ...problemResponses(400, 413, 415, 429, 500),
        },
      },
    },
    async (request, reply) => {
      const comment = request.body.comment?.trim() || undefined;
      if (comment !== undefined && request.body.useful) {
        throw validationProblem([
          { path: '/body/comment', message: 'is only taken when the page was not useful' },
        ]);
      }
      const receipt = store.pageFeedback.add({ ...request.body, comment });
      return reply.code(201).send(receipt);
    },
  );
};

export default pageFeedbackRoutes;

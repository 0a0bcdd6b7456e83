import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { PageFeedbackInput, PageFeedbackReceipt } from '../../../contract/page-feedback.ts';
import type { FieldError } from '../../../contract/problem.ts';
import { SERVICE_CODE_PATTERN } from '../../../contract/constants/catalogue-limits.ts';
import { validationProblem } from '../problems.ts';
import { problemResponses } from '../schemas.ts';
import type { Store } from '../store/store.ts';

/** A service guide's path, the only page whose fields a "no" may point at. */
const guidePath = new RegExp(`^/services/${SERVICE_CODE_PATTERN.slice(1)}`);

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
          'Stores one answer from the footer survey. A comment is taken only with a "not useful" answer; a blank comment counts as none. On a service guide a "not useful" answer may name the field that is wrong (`field`), with a comment saying what.',
        body: PageFeedbackInput,
        response: {
          201: PageFeedbackReceipt,
          ...problemResponses(400, 413, 415, 429, 500),
        },
      },
    },
    async (request, reply) => {
      const comment = request.body.comment?.trim() || undefined;
      const { field, path, useful } = request.body;
      const errors: FieldError[] = [];
      if (comment !== undefined && useful) {
        errors.push({
          path: '/body/comment',
          message: 'is only taken when the page was not useful',
        });
      }
      if (field !== undefined) {
        // Editors fix a guide's field from these answers, so one must say which guide and what.
        if (useful) {
          errors.push({
            path: '/body/field',
            message: 'is only taken when the page was not useful',
          });
        }
        if (!guidePath.test(path)) {
          errors.push({ path: '/body/field', message: 'is only taken on a service guide' });
        }
        if (!useful && comment === undefined) {
          errors.push({ path: '/body/comment', message: 'is required to say what is wrong' });
        }
      }
      if (errors.length > 0) throw validationProblem(errors);
      const receipt = store.pageFeedback.add({ ...request.body, comment });
      return reply.code(201).send(receipt);
    },
  );
};

export default pageFeedbackRoutes;

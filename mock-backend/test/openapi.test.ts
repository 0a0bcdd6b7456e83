import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { testApp } from './test-app.ts';

describe('OpenAPI', () => {
  test('/api/openapi.json describes the API from the route schemas', async (t) => {
    const { app } = await testApp(t);
    const response = await app.inject({ url: '/api/openapi.json' });
    assert.equal(response.statusCode, 200);
    const document = response.json();
    assert.match(document.openapi, /^3\./);
    assert.deepEqual(Object.keys(document.paths).sort(), [
      '/api/appointments',
      '/api/appointments/lookup',
      '/api/appointments/{reference}/cancel',
      '/api/appointments/{reference}/reschedule',
      '/api/calendar',
      '/api/departments',
      '/api/feedback/rating-invitations/{token}',
      '/api/feedback/ratings',
      '/api/feedback/results',
      '/api/feedback/results/services/{code}',
      '/api/feedback/submissions',
      '/api/feedback/track',
      '/api/feedback/track/resolution',
      '/api/halls',
      '/api/halls/{id}/availability',
      '/api/health',
      '/api/open-data/satisfaction.csv',
      '/api/open-data/satisfaction.json',
      '/api/page-feedback',
      '/api/services',
      '/api/services/{code}',
      '/api/staff/accounts',
      '/api/staff/accounts/{userName}',
      '/api/staff/accounts/{userName}/password',
      '/api/staff/closures',
      '/api/staff/closures/preview',
      '/api/staff/colleagues',
      '/api/staff/dashboard',
      '/api/staff/departments',
      '/api/staff/halls',
      '/api/staff/halls/{hallId}/days/{date}',
      '/api/staff/halls/{hallId}/days/{date}.csv',
      '/api/staff/halls/{hallId}/days/{date}/appointments/{reference}/no-show',
      '/api/staff/halls/{hallId}/days/{date}/check-ins',
      '/api/staff/halls/{hallId}/days/{date}/walk-ins',
      '/api/staff/halls/{hallId}/windows',
      '/api/staff/halls/{hallId}/windows/{departmentId}/capacity',
      '/api/staff/items',
      '/api/staff/items/{id}',
      '/api/staff/items/{id}/assign',
      '/api/staff/items/{id}/audit',
      '/api/staff/items/{id}/claim',
      '/api/staff/items/{id}/close',
      '/api/staff/items/{id}/fix',
      '/api/staff/items/{id}/follow-up',
      '/api/staff/items/{id}/hide',
      '/api/staff/items/{id}/notes',
      '/api/staff/items/{id}/reply',
      '/api/staff/items/{id}/reveal-mobile',
      '/api/staff/items/{id}/start-review',
      '/api/staff/items/{id}/unhide',
      '/api/staff/items/{id}/verify',
      '/api/staff/password',
      '/api/staff/review/export.csv',
      '/api/staff/session',
      '/api/themes',
    ]);
    const post = document.paths['/api/page-feedback'].post;
    assert.deepEqual(post.requestBody.content['application/json'].schema, {
      $ref: '#/components/schemas/PageFeedbackInput',
    });
    assert.deepEqual(post.responses['201'].content['application/json'].schema, {
      $ref: '#/components/schemas/PageFeedbackReceipt',
    });
    assert.deepEqual(post.responses['400'].content['application/problem+json'].schema, {
      $ref: '#/components/schemas/Problem',
    });
    assert.ok(
      document.paths['/api/staff/review/export.csv'].get.responses['200'].content['text/csv'],
      'the queue export is documented as a CSV download',
    );
    assert.ok(
      document.paths['/api/open-data/satisfaction.csv'].get.responses['200'].content['text/csv'],
    );
    assert.ok(document.paths['/api/open-data/satisfaction.json'].get.responses['200']);
    for (const name of ['Problem', 'Health', 'PageFeedbackInput', 'PageFeedbackReceipt']) {
      assert.ok(document.components.schemas[name], name);
    }
    // Pages, docs and the document itself are not part of the API description.
    assert.ok(
      !Object.keys(document.paths).some((path) =>
        /^\/(zh|en)(\/|$)|\/docs|openapi|robots/.test(path),
      ),
    );
  });

  test('/api/docs serves the browsable UI', async (t) => {
    const { app } = await testApp(t);
    const response = await app.inject({ url: '/api/docs' });
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /swagger-ui/);
    const spec = await app.inject({ url: '/api/docs/json' });
    assert.equal(spec.statusCode, 200);
    assert.ok(spec.json().paths['/api/health']);
  });
});

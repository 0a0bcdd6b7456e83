import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSerializer } from '../src/validation.ts';

// Every server test builds its own app; response serializers are built once per schema and
// shared, but only between apps whose schemas would give the same serializer.

const Shared = {
  $id: 'Shared',
  type: 'object',
  properties: { name: { type: 'string' } },
};
const route = (schema: object) => ({ schema, method: 'GET', url: '/x', httpStatus: '200' });
const answer = {
  type: 'object',
  properties: { item: { $ref: 'Shared' }, count: { type: 'integer' } },
};

test('two apps with the same schemas share one serializer, and it serializes', () => {
  const first = buildSerializer({ Shared }, {})(route(answer) as never);
  const second = buildSerializer(
    { Shared: structuredClone(Shared) },
    {},
  )(route(structuredClone(answer)) as never);
  assert.equal(second, first);
  assert.equal(
    first({ item: { name: '公积金', secret: 1 }, count: 2 }),
    '{"item":{"name":"公积金"},"count":2}',
  );
});

test('a different route schema or shared schema gets a serializer of its own', () => {
  const base = buildSerializer({ Shared }, {})(route(answer) as never);
  const otherRoute = buildSerializer(
    { Shared },
    {},
  )(route({ ...answer, properties: { count: { type: 'integer' } } }) as never);
  const SharedWithCode = {
    ...Shared,
    properties: { ...Shared.properties, code: { type: 'string' } },
  };
  const otherShared = buildSerializer({ Shared: SharedWithCode }, {})(route(answer) as never);
  assert.notEqual(otherRoute, base);
  assert.notEqual(otherShared, base);
  assert.equal(
    otherShared({ item: { name: 'a', code: 'b' }, count: 1 }),
    '{"item":{"name":"a","code":"b"},"count":1}',
  );
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import swagger from '@fastify/swagger';
import { Type } from '@sinclair/typebox';
import Fastify from 'fastify';
import { Department, Hall, ServiceGuide, Theme } from '../../contract/catalogue.ts';
import { hoistSchemas, registerContractSchemas } from '../src/schemas.ts';

describe('contract schemas', () => {
  test('named schemas embedded in others are shared once and referenced', () => {
    const shared = hoistSchemas([ServiceGuide, Hall, Theme, Department]);
    assert.deepEqual([...shared.keys()].sort(), [
      'Audience',
      'Department',
      'Hall',
      'Localized',
      'MaterialForm',
      'ServiceGuide',
      'Theme',
    ]);
    const hall = shared.get('Hall') as { properties: Record<string, unknown> };
    assert.deepEqual(hall.properties['name'], { $ref: 'Localized' });
    // The contract itself is left as it is; the SPA and the types still use it.
    assert.equal((Hall.properties.name as { $id?: string }).$id, 'Localized');
  });

  test('refuses two different schemas under one $id', () => {
    const a = Type.Object({ x: Type.String() }, { $id: 'Twin' });
    const b = Type.Object({ y: Type.String() }, { $id: 'Twin' });
    assert.throws(() => hoistSchemas([a, b]), /Twin/);
  });

  test('routes can validate and serialize catalogue schemas that embed shared ones', async (t) => {
    const app = Fastify();
    t.after(() => app.close());
    await app.register(swagger, { openapi: { info: { title: 'test', version: '0' } } });
    registerContractSchemas(app, [ServiceGuide, Hall, Theme, Department]);
    app.get('/halls', { schema: { response: { 200: Type.Array(Hall) } } }, () => [
      {
        id: 'hall-1',
        name: { zh: '市民中心', en: 'Citizen Centre' },
        district: { zh: '江澄区', en: 'Jiangcheng District' },
        address: { zh: '人民路1号', en: '1 Renmin Road' },
        phone: '0520-12345678',
        hours: [{ days: [1, 2, 3, 4, 5], open: '09:00', close: '17:00' }],
        notes: { zh: '午休12:00–13:30', en: 'Closed 12:00–13:30' },
        accessible: true,
        internalNote: 'dropped by the serializer',
      },
    ]);
    app.post('/themes', { schema: { body: Theme } }, (request) => request.body);
    const halls = await app.inject({ url: '/halls' });
    assert.equal(halls.statusCode, 200);
    assert.equal(halls.json()[0].name.en, 'Citizen Centre');
    assert.equal(halls.json()[0].internalNote, undefined);
    const badTheme = await app.inject({
      method: 'POST',
      url: '/themes',
      payload: {
        id: 't',
        name: { zh: '出行' },
        description: { zh: '出行', en: 'Travel' },
        audience: 'individual',
      },
    });
    assert.equal(badTheme.statusCode, 400);
  });
});

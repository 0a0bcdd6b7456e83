import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { testApp } from '../test-app.ts';
import { loadMigrations } from '../../src/store/migrations.ts';

describe('GET /api/health', () => {
  test('reports the server and its database as ok', async (t) => {
    const { app } = await testApp(t);
    const response = await app.inject({ url: '/api/health' });
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^application\/json/);
    const body = response.json();
    assert.equal(body.status, 'ok');
    assert.equal(body.database.status, 'ok');
    assert.equal(body.database.schemaVersion, loadMigrations().length);
    assert.match(body.version, /^\d+\.\d+\.\d+/);
    assert.equal(typeof body.uptimeSeconds, 'number');
  });

  test('is degraded with a 503 when the database cannot answer', async (t) => {
    const { app, dbPath } = await testApp(t);
    assert.equal((await app.inject({ url: '/api/health' })).statusCode, 200);

    const other = new Database(dbPath);
    other.exec('DROP TABLE schema_migrations');
    other.close();

    const response = await app.inject({ url: '/api/health' });
    assert.equal(response.statusCode, 503);
    const body = response.json();
    assert.equal(body.status, 'degraded');
    assert.deepEqual(body.database, {
      status: 'unavailable',
      schemaVersion: loadMigrations().length,
    });
    assert.doesNotMatch(response.body, /schema_migrations|SQLITE|no such table/i);
  });
});

import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { ESLint } from 'eslint';

// The import boundaries of eslint.config.js, tried on sources that must be refused and on
// sources that must pass. Each fixture names the path it is linted as (the rule judges by path)
// and whether the boundary rule must refuse it.

const root = resolve(import.meta.dirname, '..');
const fixtures = join(import.meta.dirname, 'fixtures');
const eslint = new ESLint({ cwd: root });

interface Fixture {
  file: string;
  source: string;
  lintAs: string;
  expect: 'refused' | 'allowed';
}

function readFixture(file: string): Fixture {
  const source = readFileSync(join(fixtures, file), 'utf8');
  const lintAs = /^\/\/ lint as: (\S+)$/m.exec(source)?.[1];
  const expect = /^\/\/ expect: (refused|allowed)$/m.exec(source)?.[1];
  assert.ok(lintAs && expect, `${file} names the path it is linted as and what to expect`);
  return { file, source, lintAs, expect: expect as Fixture['expect'] };
}

describe('the import boundary rule', () => {
  const all = readdirSync(fixtures)
    .filter((file) => file.endsWith('.ts'))
    .sort()
    .map(readFixture);

  test('has fixtures it must refuse and fixtures it must allow', () => {
    assert.ok(all.some((fixture) => fixture.expect === 'refused'));
    assert.ok(all.some((fixture) => fixture.expect === 'allowed'));
  });

  for (const fixture of all) {
    test(`${fixture.expect === 'refused' ? 'refuses' : 'allows'} ${fixture.file} as ${fixture.lintAs}`, async () => {
      const [result] = await eslint.lintText(fixture.source, {
        filePath: join(root, fixture.lintAs),
      });
      assert.ok(result, 'ESLint linted the fixture');
      const boundary = result.messages.filter((m) => m.ruleId === 'portal/restricted-paths');
      // Any other finding would mean the fixture is broken, not that the boundary held.
      const others = result.messages.filter((m) => m.ruleId !== 'portal/restricted-paths');
      assert.deepEqual(
        others.map((m) => `${m.ruleId}: ${m.message}`),
        [],
      );
      if (fixture.expect === 'refused') {
        assert.equal(boundary.length, 1, `one boundary error in ${fixture.file}`);
        assert.equal(boundary[0]?.severity, 2);
      } else {
        assert.deepEqual(
          boundary.map((m) => m.message),
          [],
        );
      }
    });
  }
});
